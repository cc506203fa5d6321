/**
 * `npm start`: a bot against the local mock, with no token and no network.
 *
 * Starts `@ovenjs/mock-discord`, logs a discord.js v14 bot into it, then plays a user who
 * says `!ping` and watches the bot answer. The OvenJS client replaces discord.js here once
 * it exists; the mock is the same either way.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { createMockDiscord } from '@ovenjs/mock-discord';
import { ControlClient, eventually } from '../support/control.js';

const mock = await createMockDiscord();
console.log(`mock Discord on ${mock.api} (gateway ${mock.gateway}, control ${mock.control})`);

const client = new Client({
	intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
	rest: { api: mock.api },
});
client.on(Events.MessageCreate, async (message) => {
	if (message.content === '!ping') await message.reply('pong');
});

try {
	const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
	await client.login(mock.token);
	await ready;
	const guild = client.guilds.cache.first();
	console.log(`bot ${client.user?.tag} is ready in ${client.guilds.cache.size} guild(s): ${guild?.name}`);

	const control = new ControlClient(mock.control);
	const state = await control.state();
	const human = state.users.find((user) => !user.bot);
	const channel = state.guilds[0]?.channels.find((candidate) => candidate.type === 0);
	if (!human || !channel) throw new Error('the default world has no human user or text channel');

	console.log(`#${channel.name} ${human.username}: !ping`);
	await control.sendMessage({ author_id: human.id, channel_id: channel.id, content: '!ping' });
	const reply = await eventually(
		async () => (await control.messages(channel.id)).find((message) => message.author.id === client.user?.id),
		'the bot to answer',
	);
	console.log(`#${channel.name} ${client.user?.username}: ${reply.content}`);
	console.log('demo finished: the bot answered through the mock.');
} finally {
	await client.destroy();
	await mock.close();
}
