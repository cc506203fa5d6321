import { describe, expect, it } from 'vitest';
import { slashCommands } from '@ovenjs/migrate';
import { run } from './_transform.js';

const PLACEHOLDER = expect.stringContaining('`run: () => undefined` is a placeholder');

describe('slash-commands', () => {
	it('rewrites a v14 SlashCommandBuilder chain to defineCommand with typed options', () => {
		const text =
			"import { SlashCommandBuilder } from 'discord.js';\nexport const data = new SlashCommandBuilder()\n\t.setName('ban')\n\t.setDescription('Ban a member')\n\t.setDefaultMemberPermissions('BanMembers')\n\t.setDMPermission(false)\n\t.addUserOption((o) => o.setName('user').setDescription('Who').setRequired(true))\n\t.addStringOption((o) => o.setName('reason').setDescription('Why').addChoices({ name: 'Spam', value: 'spam' }, { name: 'Abuse', value: 'abuse', name_localizations: { fr: 'Abus' } }))\n\t.addIntegerOption((o) => o.setName('days').setDescription('Days').setMinValue(0).setMaxValue(7));\n";
		expect(run(slashCommands, text)).toEqual({
			text: "import { SlashCommandBuilder } from 'discord.js';\nexport const data = defineCommand({ name: 'ban', description: 'Ban a member', defaultMemberPermissions: ['BanMembers'], contexts: ['Guild'], options: { user: option.user({ description: 'Who', required: true }), reason: option.string({ description: 'Why', choices: [{ name: 'Spam', value: 'spam' }, { name: 'Abuse', value: 'abuse', nameLocalizations: { fr: 'Abus' } }] }), days: option.integer({ description: 'Days', minValue: 0, maxValue: 7 }) }, run: () => undefined });\n",
			todos: [PLACEHOLDER],
		});
	});

	it('rewrites subcommands and groups, and keeps a final toJSON()', () => {
		const text =
			"import { SlashCommandBuilder, ChannelType } from 'discord.js';\nconst json = new SlashCommandBuilder().setName('ticket').setDescription('Tickets').addSubcommand((s) => s.setName('open').setDescription('Open one').addChannelOption((o) => o.setName('where').setDescription('Where').addChannelTypes(ChannelType.GuildText))).addSubcommandGroup((g) => g.setName('admin').setDescription('Admin').addSubcommand((s) => s.setName('purge').setDescription('Purge'))).toJSON();\n";
		expect(run(slashCommands, text).text).toBe(
			"import { SlashCommandBuilder, ChannelType } from 'discord.js';\nconst json = defineCommand({ name: 'ticket', description: 'Tickets', subcommands: { open: subcommand({ description: 'Open one', options: { where: option.channel({ description: 'Where', channelTypes: [ChannelType.GuildText] }) }, run: () => undefined }) }, groups: { admin: subcommandGroup({ description: 'Admin', subcommands: { purge: subcommand({ description: 'Purge', run: () => undefined }) } }) } }).toJSON();\n",
		);
	});

	it('reads v13 forms from @discordjs/builders in a CommonJS module: addChoice, setDefaultPermission, context menus by number', () => {
		const text =
			"const { SlashCommandBuilder, ContextMenuCommandBuilder } = require('@discordjs/builders');\nconst { ApplicationCommandType } = require('discord-api-types/v9');\nmodule.exports = {\n\tdata: new SlashCommandBuilder().setName('roll').setDescription('Roll').addIntegerOption((o) => o.setName('sides').setDescription('Sides').addChoice('six', 6)).setDefaultPermission(false),\n\tquote: new ContextMenuCommandBuilder().setName('Quote').setType(3),\n\twho: new ContextMenuCommandBuilder().setName('Who').setType(ApplicationCommandType.User),\n};\n";
		const { text: out, todos } = run(slashCommands, text, 'v13');
		expect(out).toContain(
			"data: defineCommand({ name: 'roll', description: 'Roll', defaultMemberPermissions: [], options: { sides: option.integer({ description: 'Sides', choices: [{ name: 'six', value: 6 }] }) }, run: () => undefined }),",
		);
		expect(out).toContain("quote: defineMessageCommand({ name: 'Quote', run: () => undefined }),");
		expect(out).toContain("who: defineUserCommand({ name: 'Who', run: () => undefined }),");
		expect(todos).toEqual([PLACEHOLDER, PLACEHOLDER, PLACEHOLDER]);
	});

	it('marks autocomplete with a placeholder handler and retypes SlashCommandBuilder annotations', () => {
		const text =
			"import { SlashCommandBuilder } from 'discord.js';\ninterface Command { data: SlashCommandBuilder }\nconst find = new SlashCommandBuilder().setName('find').setDescription('Find').addStringOption(function (o) { return o.setName('q').setDescription('Query').setAutocomplete(true); });\n";
		const { text: out, todos } = run(slashCommands, text);
		expect(out).toContain('interface Command { data: ChatInputCommand }');
		expect(out).toContain("options: { q: option.string({ description: 'Query', autocomplete: () => undefined }) }");
		expect(todos).toEqual([PLACEHOLDER, expect.stringContaining('autocomplete: () => undefined is a placeholder')]);
	});

	it('writes ovenOption when the file declares option itself', () => {
		const text =
			"import { SlashCommandBuilder } from 'discord.js';\nconst option = 'x';\nconst c = new SlashCommandBuilder().setName('a').setDescription('b').addBooleanOption((o) => o.setName('flag').setDescription('f'));\n";
		expect(run(slashCommands, text).text).toContain("options: { flag: ovenOption.boolean({ description: 'f' }) }");
	});

	it('leaves a chain it cannot read whole, with a todo that says what to write', () => {
		const text =
			"import { SlashCommandBuilder } from 'discord.js';\nconst a = new SlashCommandBuilder().setName('x').setDescription('y').addStringOption((o) => { o.setName('q'); return o; });\nconst b = new SlashCommandBuilder();\nb.setName('later');\nconst c = new SlashCommandBuilder().setName(name).setDescription('d');\n";
		const { text: out, todos } = run(slashCommands, text);
		expect(out).toBe(text);
		expect(todos).toEqual([
			expect.stringMatching(
				/^new SlashCommandBuilder\(\) not rewritten \(the string option is not a one-expression callback\); write it as defineCommand/,
			),
			expect.stringContaining('(the builder is configured across statements)'),
			expect.stringContaining('(the command has no literal setName())'),
		]);
	});

	it('leaves a SlashCommandBuilder that is not discord.js alone', () => {
		const text = "import { SlashCommandBuilder } from './mine';\nconst c = new SlashCommandBuilder().setName('x');\n";
		expect(run(slashCommands, text)).toEqual({ text, todos: [] });
	});
});
