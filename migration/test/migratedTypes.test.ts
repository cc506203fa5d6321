import { describe, expect, it } from 'vitest';
import { migrateText as migrateInProject } from './_migrateText.js';
import { typeCheck } from './_typeCheck.js';

/** Every transform in order over one TypeScript file of a bot with discord.js installed, as migrate() runs them; todos as `transform: message`. */
async function migrateText(text: string, from: 'v13' | 'v14' = 'v14'): Promise<{ text: string; todos: string[] }> {
	const { result } = await migrateInProject(text, { discordJs: from });
	const file = result.files[0];
	return {
		text: (file?.after ?? '').replace(/^[\t ]*\/\/ oven-migrate: .*\n/gm, ''),
		todos: file?.todos.map((todo) => `${todo.transform}: ${todo.message}`) ?? [],
	};
}

/** A discord.js v14 bot that uses what the command, deploy, component, collection and enum transforms rewrite. */
const BOT = `import { ActionRowBuilder, ActivityType, ApplicationCommandType, AttachmentBuilder, ButtonBuilder, ButtonStyle, ChannelSelectMenuBuilder, ChannelType, Client, Collection, ContextMenuCommandBuilder, GatewayIntentBits, ModalBuilder, PermissionFlagsBits, REST, Routes, SlashCommandBuilder, StringSelectMenuBuilder, TextInputBuilder, TextInputStyle, UserSelectMenuBuilder } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });
const cooldowns = new Collection<string, number>();
cooldowns.set('ping', Date.now());
const oldest = cooldowns.first();
const recent = cooldowns.filter((at) => at > Date.now() - 1000);

const ping = new SlashCommandBuilder()
	.setName('ping')
	.setDescription('Pong')
	.setDefaultMemberPermissions(PermissionFlagsBits.BanMembers | PermissionFlagsBits.KickMembers)
	.addStringOption((o) => o.setName('mode').setDescription('How').setRequired(true).addChoices({ name: 'Fast', value: 'fast' }, { name: 'Slow', value: 'slow' }))
	.addChannelOption((o) => o.setName('where').setDescription('Where').addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement))
	.addIntegerOption((o) => o.setName('count').setDescription('How many').setMinValue(1).setMaxValue(10));
const admin = new SlashCommandBuilder().setName('admin').setDescription('Admin').addSubcommand((s) => s.setName('purge').setDescription('Purge').addUserOption((o) => o.setName('who').setDescription('Who'))).addSubcommandGroup((g) => g.setName('roles').setDescription('Roles').addSubcommand((s) => s.setName('add').setDescription('Add')));
const inspect = new ContextMenuCommandBuilder().setName('Inspect').setType(ApplicationCommandType.User);

const rest = new REST({ version: '10' }).setToken(process.env.DISCORD_TOKEN!);
await rest.put(Routes.applicationCommands(process.env.APP_ID!), { body: [ping.toJSON(), admin.toJSON(), inspect.toJSON()] });
await rest.put(Routes.applicationGuildCommands('1', '2'), { body: [ping, admin] });

const button = new ButtonBuilder().setCustomId('ok').setLabel('OK').setStyle(ButtonStyle.Success).setEmoji('👍');
const row = new ActionRowBuilder<ButtonBuilder>().addComponents(button, new ButtonBuilder().setURL('https://example.com').setLabel('Docs').setStyle(ButtonStyle.Link));
const select = new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(new StringSelectMenuBuilder().setCustomId('s').setPlaceholder('Pick').setMinValues(1).addOptions({ label: 'A', value: 'a' }, { label: 'B', value: 'b', emoji: '🅱' }));
const users = new ActionRowBuilder<UserSelectMenuBuilder>().addComponents(new UserSelectMenuBuilder().setCustomId('u').setMaxValues(3));
const channels = new ActionRowBuilder<ChannelSelectMenuBuilder>().addComponents(new ChannelSelectMenuBuilder().setCustomId('c').setChannelTypes(ChannelType.GuildText));
const input = new TextInputBuilder().setCustomId('reason').setLabel('Reason').setStyle(TextInputStyle.Paragraph).setRequired(true).setMaxLength(500);
const modal = new ModalBuilder().setCustomId('m').setTitle('Report').addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input));
const file = new AttachmentBuilder(Buffer.from('hi'), { name: 'hi.txt' });

client.on('messageCreate', async (message) => {
	if (message.channel.type === ChannelType.GuildText) await message.reply({ content: 'pick', components: [row, select, users, channels.toJSON()] });
});
console.log(oldest, recent.size, modal, file, ActivityType.Watching);
client.login(process.env.DISCORD_TOKEN);
`;

/** The same in v13 forms: @discordjs/builders and /rest, string styles and channel types, Modal and TextInputComponent. */
const V13_BOT = `import { Client, Intents, MessageActionRow, MessageButton, MessageSelectMenu, Modal, TextInputComponent, Collection, Constants } from 'discord.js';
import { SlashCommandBuilder } from '@discordjs/builders';
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v9';

const client = new Client({ intents: [Intents.FLAGS.GUILDS, Intents.FLAGS.GUILD_MESSAGES] });
const roll = new SlashCommandBuilder().setName('roll').setDescription('Roll a die').addIntegerOption((o) => o.setName('sides').setDescription('Sides').addChoice('six', 6).addChoice('twenty', 20)).setDefaultPermission(false);
const rest = new REST({ version: '9' }).setToken(process.env.DISCORD_TOKEN!);
await rest.put(Routes.applicationGuildCommands('1', '2'), { body: [roll.toJSON()] });
const seen = new Collection<string, number>();
const row = new MessageActionRow().addComponents(new MessageButton().setCustomId('yes').setLabel('Yes').setStyle('SUCCESS'), new MessageButton().setLabel('Docs').setStyle('LINK').setURL('https://example.com'));
const menu = new MessageActionRow().addComponents(new MessageSelectMenu().setCustomId('color').addOptions([{ label: 'Red', value: 'red' }]));
const form = new Modal().setCustomId('form').setTitle('Form').addComponents(new MessageActionRow<TextInputComponent>().addComponents(new TextInputComponent().setCustomId('name').setLabel('Name').setStyle('SHORT')));
client.on('messageCreate', async (message) => {
	if (message.channel.type === 'GUILD_TEXT') await message.reply({ content: \`seen \${seen.size}\`, components: [row, menu] });
});
client.on('interactionCreate', async (interaction) => {
	if (interaction.isButton()) await interaction.showModal(form);
	if (interaction.isModalSubmit()) await interaction.reply({ content: interaction.fields.getTextInputValue('name'), ephemeral: true });
});
console.log(Constants.ChannelTypes.GUILD_VOICE);
client.login(process.env.DISCORD_TOKEN);
`;

describe('migrated output type-checks against ovenjs', () => {
	it('rewrites commands, deploys, components, Collection and enums into code with no type errors', async () => {
		const { text, todos } = await migrateText(BOT);
		expect(text).not.toContain('discord.js');
		expect(text).toContain(
			"import { REST, createClient, option, defineCommand, subcommand, subcommandGroup, defineUserCommand, API, syncCommands, button as ovenButton, actionRow, stringSelect, userSelect, channelSelect, textInput, modal as ovenModal } from 'ovenjs';",
		);
		// Collection is @discordjs/collection's: first() and filter() keep working as they are.
		expect(text).toContain("import { Collection } from '@discordjs/collection';\n");
		expect(text).toContain('const oldest = cooldowns.first();\nconst recent = cooldowns.filter((at) => at > Date.now() - 1000);');
		expect(text).toContain("defaultMemberPermissions: ['BanMembers', 'KickMembers']");
		expect(text).toContain('channelTypes: [0 /* GuildText */, 5 /* GuildAnnouncement */]');
		expect(text).toContain('await syncCommands(new API(rest), process.env.APP_ID!, [ping.toJSON(), admin.toJSON(), inspect.toJSON()]);');
		expect(text).toContain('components: [row, select, users, channels]');
		expect(todos.map((t) => t.split(':')[0])).toEqual(['slash-commands', 'slash-commands', 'slash-commands', 'components']);
		expect(typeCheck(text)).toEqual([]);
	}, 60_000);

	it('does the same for v13 forms', async () => {
		const { text, todos } = await migrateText(V13_BOT, 'v13');
		expect(text).not.toMatch(/discord\.js|@discordjs\/(?!collection)|discord-api-types/);
		expect(text).toContain(
			"const form = modal({ custom_id: 'form', title: 'Form', components: [actionRow({ ...textInput({ custom_id: 'name', style: 'short', required: false }), label: 'Name' })] });",
		);
		expect(text).toContain("await interaction.reply({ content: interaction.fields.getTextInputValue('name'), ephemeral: true });");
		expect(
			todos.map((t) => t.split(':')[0]),
			todos.join('\n'),
		).toEqual(['slash-commands']);
		expect(typeCheck(text)).toEqual([]);
	}, 60_000);

	it('has a check that fails on output ovenjs would reject', async () => {
		const { text } = await migrateText(BOT);
		const broken = text.replace("style: 'success'", "style: 'loud'");
		expect(broken).not.toBe(text);
		expect(typeCheck(broken)).toEqual([expect.stringMatching(/^\d+: /)]);
	}, 60_000);
});
