import { describe, expect, it } from 'vitest';
import { discordMembers, interactionReplies } from '@ovenjs/migrate';
import { migrateText } from './_migrateText.js';

const steps = [interactionReplies, discordMembers];

/** The guide's loader: commands on the client, events from their modules, `execute(...args, client)`. */
const INDEX = `const { Client, Collection, Events, GatewayIntentBits } = require('discord.js');
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });
client.commands = new Collection();
for (const file of ['./commands/ping.js', './commands/say.js']) {
	const command = require(file);
	client.commands.set(command.data.name, command);
}
for (const file of ['./events/ready.js', './events/interactionCreate.js']) {
	const event = require(file);
	if (event.once) client.once(event.name, (...args) => event.execute(...args, client));
	else client.on(event.name, (...args) => event.execute(...args, client));
}
client.login(process.env.TOKEN);
`;

describe("handler modules: parameters typed from the bot's structure, so untyped JavaScript is migrated too", () => {
	it("types a command module's execute by its SlashCommandBuilder, an event module's by its event, and what the loader passes after", async () => {
		const ping = `const { MessageFlags, SlashCommandBuilder } = require('discord.js');
module.exports = {
	data: new SlashCommandBuilder().setName('ping').setDescription('Ping'),
	async execute(interaction) {
		await interaction.deferReply({ ephemeral: true });
		await interaction.editReply(\`pong from \${interaction.user.tag}\`);
		await interaction.followUp({ content: 'more', allowedMentions: { repliedUser: false }, flags: MessageFlags.Ephemeral });
	},
};
`;
		const ready = `const { Events } = require('discord.js');
module.exports = {
	name: Events.ClientReady,
	once: true,
	execute(readyClient) {
		console.log(\`ready as \${readyClient.user.tag}\`);
	},
};
`;
		const interactionCreate = `module.exports = {
	name: 'interactionCreate',
	async execute(interaction, client) {
		if (!interaction.isChatInputCommand()) return;
		const command = client.commands.get(interaction.commandName);
		if (!command) return interaction.reply({ content: 'unknown', ephemeral: true });
		await command.execute(interaction);
		console.log(client.ws.ping);
	},
};
`;
		const out = await migrateText(ping, {
			fileName: 'commands/ping.js',
			files: { 'index.js': INDEX, 'events/ready.js': ready, 'events/interactionCreate.js': interactionCreate },
			transforms: steps,
		});
		// Typed as discord.js's interaction: its body gets Discord's keys, the ephemeral flag is written ephemeral: true.
		expect(out.text).toContain(
			"await interaction.followUp({ content: 'more', allowed_mentions: { replied_user: false }, ephemeral: true });",
		);
		expect(out.text).toContain('await interaction.deferReply({ ephemeral: true });');
		const events = out.file('events/interactionCreate.js');
		expect(events).toContain('if (!interaction.isChatInputCommand()) return;');
		// The loader passes the client after the event's arguments: `client.ws.ping` is discord.js's, read as the table says.
		expect(events).toContain('console.log(client.shards[0]?.latency);');
	});

	it('types message commands from what the messageCreate listener passes them (command.run(client, message, args))', async () => {
		const index = `const { Client } = require('discord.js');
const client = new Client({ intents: ['GUILDS', 'GUILD_MESSAGES'] });
const commands = new Map([['hi', require('./commands/hi.js')]]);
client.on('messageCreate', async (message) => {
	const [name, ...args] = message.content.split(' ');
	const command = commands.get(name);
	if (command) await command.run(client, message, args);
});
`;
		const hi = `exports.help = { name: 'hi' };
exports.run = async (client, message, args) => {
	await message.reply({ content: \`hi \${message.author.tag}\`, allowedMentions: { repliedUser: false } });
};
`;
		const out = await migrateText(hi, { fileName: 'commands/hi.js', files: { 'index.js': index }, transforms: steps });
		expect(out.text).toContain('await message.reply({ content: `hi ${message.author.tag}`, allowed_mentions: { replied_user: false } });');
	});

	it('leaves a module alone when its call sites disagree, or nothing explains its parameters', async () => {
		const index = `const { Client } = require('discord.js');
const client = new Client({ intents: [] });
const handlers = [require('./a.js')];
client.on('messageCreate', (message) => handlers[0].run(message));
client.on('interactionCreate', (interaction) => handlers[0].run(interaction));
`;
		const a = "module.exports = { name: 'a', run(x) { return x.reply({ content: 'x', ephemeral: true }); } };\n";
		const out = await migrateText(a, { fileName: 'a.js', files: { 'index.js': index }, transforms: steps });
		expect(out.text).toBe(a);
	});
});
