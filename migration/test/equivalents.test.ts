import { describe, expect, it } from 'vitest';
import { DiscordJsEquivalents } from '@ovenjs/analysis';
import { createEquivalentsTable, equivalents, familyOf, fromExamples, OVENJS_EQUIVALENTS } from '@ovenjs/migrate';

describe('the equivalents table', () => {
	it("is the object model's table (one table): a row for each of its members, and the class rows for imports", () => {
		const members = new Set(DiscordJsEquivalents.filter((row) => !row.member.startsWith('new ')).map((row) => row.member));
		expect(equivalents.entries.map((row) => row.member).sort()).toEqual([...members].sort());
		// The class rows come from the same table: what an import of GuildMember becomes, with the package when it is not ovenjs.
		expect(equivalents.lookup(['GuildMember'], [])?.oven).toBe('Member');
		expect(equivalents.lookup(['Collection'], [])).toMatchObject({ oven: 'Collection', module: '@discordjs/collection' });
		// Where OvenJS has the member under discord.js's name, the migration keeps it; elsewhere the todo gives the table's example.
		expect(equivalents.lookup(['User'], ['tag'])?.oven).toBe('$.tag');
		expect(equivalents.lookup(['BaseInteraction'], ['isButton'])?.oven).toBe('$.isButton');
		expect(equivalents.lookup(['ApplicationCommandManager'], ['set'])?.example).toBe(
			'syncCommands(client.api, client.applicationId!, [slash])',
		);
	});

	it('looks a member up by where discord.js declares it, then the receiver, then their family, and a chain before its last link', () => {
		const table = createEquivalentsTable([
			{ member: 'Interaction.reply', oven: '$.reply' },
			{ member: 'CommandInteraction.reply', oven: '$.answer' },
			{ member: 'GuildMemberRoleManager.cache.has', oven: '$.has' },
		]);
		expect(table.lookup(['CommandInteraction', 'ChatInputCommandInteraction'], ['reply'])?.oven).toBe('$.answer');
		expect(table.lookup(['MessageComponentInteraction', 'ButtonInteraction'], ['reply'])?.oven).toBe('$.reply');
		expect(table.lookup(['GuildMemberRoleManager'], ['cache', 'has'])?.oven).toBe('$.has');
		expect(table.lookup(['GuildMemberRoleManager'], ['cache'])).toBeUndefined();
		// A member named like Object.prototype's finds nothing.
		expect(table.lookup(['Interaction'], ['toString'])).toBeUndefined();
		expect(familyOf('TextChannel')).toBe('Channel');
		expect(familyOf('StringSelectMenuInteraction')).toBe('Interaction');
		expect(familyOf('InteractionCollector')).toBeUndefined();
	});

	it('gives the import names of the classes rows', () => {
		expect(OVENJS_EQUIVALENTS).toMatchObject({
			GuildMember: 'Member',
			ChatInputCommandInteraction: 'ChatInputCommandInteraction',
			MessageEmbed: 'EmbedBuilder',
			Collection: 'Collection',
		});
	});

	it("reads the object model's examples: kept where OvenJS has the member, renamed where it is used alike, an example for a person otherwise", () => {
		const rows = fromExamples(
			[
				{ member: 'User.tag', ovenjs: 'user.tag' },
				{ member: 'GuildMember.kick', ovenjs: "member.kick({ reason: 'bye' })", note: 'The reason in the options object.' },
				{ member: 'Attachment.name', ovenjs: 'attachment.filename' },
				{ member: 'Interaction.isCommand', ovenjs: 'any.isChatInputCommand()' },
				{ member: 'Base.toJSON', ovenjs: 'message.raw' },
				{ member: 'GuildMember.roles', ovenjs: 'member.roles.ids' },
				{ member: 'Client.ws', ovenjs: 'client.shards[0]?.latency', note: 'Each shard.' },
				{ member: 'DataManager.cache', ovenjs: 'guild.members.list()' },
				{ member: 'ClientApplication.commands', ovenjs: 'syncCommands(client.api, client.applicationId!, [slash])' },
				{ member: 'Client.token', ovenjs: null, note: 'Keep it where you read it from.' },
				{ member: 'Message.createMessageComponentCollector', ovenjs: 'handler.collectComponents({ messageId })' },
				{ member: 'new Client', ovenjs: "createClient({ token: 'token', intents: [] })" },
				{ member: 'Interaction', ovenjs: 'Interaction' },
				{ member: 'Message', ovenjs: 'Message' },
				{ member: 'User', ovenjs: 'User' },
				{ member: 'GuildMember', ovenjs: 'Member' },
				{ member: 'Collection', ovenjs: 'Collection', module: '@discordjs/collection' },
			],
			new Map([
				['user', 'User'],
				['member', 'Member'],
				['attachment', 'APIAttachment'],
				['any', 'Interaction'],
				['message', 'Message'],
				['client', 'Client'],
				['guild', 'Guild'],
				['handler', 'InteractionHandler'],
			]),
		);
		expect(rows).toEqual(
			[
				{ member: 'User.tag', oven: '$.tag' },
				{ member: 'GuildMember.kick', oven: '$.kick', note: 'The reason in the options object.' },
				{ member: 'Attachment.name', oven: '$.filename', use: 'read', example: 'attachment.filename' },
				{ member: 'Interaction.isCommand', oven: '$.isChatInputCommand', use: 'call', example: 'any.isChatInputCommand()' },
				{ member: 'Base.toJSON', example: 'message.raw' },
				{ member: 'GuildMember.roles', oven: '$.roles' },
				{ member: 'Client.ws', oven: undefined, example: 'client.shards[0]?.latency', note: 'Each shard.' },
				{ member: 'DataManager.cache', example: 'guild.members.list()' },
				{ member: 'ClientApplication.commands', example: 'syncCommands(client.api, client.applicationId!, [slash])' },
				{ member: 'Client.token', note: 'Keep it where you read it from.' },
				{ member: 'Message.createMessageComponentCollector', example: 'handler.collectComponents({ messageId })' },
				{ member: 'Interaction', oven: 'Interaction' },
				{ member: 'Message', oven: 'Message' },
				{ member: 'User', oven: 'User' },
				{ member: 'GuildMember', oven: 'Member' },
				{ member: 'Collection', oven: 'Collection', module: '@discordjs/collection' },
			].map((row) => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined))),
		);
	});
});
