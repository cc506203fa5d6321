// The e2e's discord.js bot: unmodified discord.js v14 against its own mock Discord, made
// inspectable only by how run.sh starts it: `node --import @ovenjs/inspect discordjs-bot.mjs`.
// Once ready it sends one message, so the Gateway Inspector has a REST call to show.
import { createMockDiscord, DefaultIds } from '@ovenjs/mock-discord';
import { Client, Events, GatewayIntentBits } from 'discord.js';

const mock = await createMockDiscord({ gateway: { heartbeatInterval: 1000, identifyWindow: 0 } });
const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: mock.api } });
client.once(Events.ClientReady, async () => {
	const channel = await client.channels.fetch(DefaultIds.general);
	await channel.send('fresh from discord.js');
	process.stdout.write('discord.js bot ready\n');
});
const stop = async () => {
	await client.destroy();
	await mock.close();
	process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
await client.login(mock.token);
