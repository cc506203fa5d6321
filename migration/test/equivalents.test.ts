import { describe, expect, it } from 'vitest';
import { createEquivalentsTable, equivalents, familyOf, fromExamples, OVEN_RECEIVERS, OVENJS_EQUIVALENTS } from '@ovenjs/migrate';
import { typeCheck } from './_typeCheck.js';

describe('the equivalents table', () => {
	it('type-checks every OvenJS expression against ovenjs, on a receiver of the OvenJS type its row stands for', () => {
		const lines: string[] = [];
		const imports = new Set<string>(Object.values(OVEN_RECEIVERS));
		const checked: string[] = [];
		for (const [index, entry] of equivalents.entries.entries()) {
			if (entry.oven === undefined || !entry.oven.includes('$')) continue;
			const owner = entry.member.split('.')[0] ?? '';
			const type = OVEN_RECEIVERS[owner] ?? OVEN_RECEIVERS[familyOf(owner) ?? ''];
			expect(type, `${entry.member} has an OvenJS expression but no receiver type to check it on`).toBeDefined();
			for (const [, name] of entry.oven.matchAll(/@\{(\w+)\}/g)) if (name !== undefined) imports.add(name);
			const expression = entry.oven
				.replace(/@\{(\w+)\}/g, '$1')
				.replace(/\$args/g, '(undefined as never)')
				.replace(/\$\d/g, '(undefined as never)')
				.replace(/\$(?![\w$])/g, 'receiver');
			lines.push(`export function check${index}(receiver: ${type}) {\n\treturn ${expression};\n}`);
			checked.push(entry.member);
		}
		const text = `import { ${[...imports].sort().join(', ')} } from 'ovenjs';\n${lines.join('\n')}\n`;
		expect(typeCheck(text), text).toEqual([]);
		expect(checked.length).toBeGreaterThan(60);
		expect(checked).toEqual(
			expect.arrayContaining([
				'User.tag',
				'Interaction.isAnySelectMenu',
				'GuildMemberRoleManager.cache.has',
				'Client.application.commands.set',
			]),
		);
	});

	it('has a check that fails on an expression ovenjs would reject', () => {
		expect(typeCheck("import { User } from 'ovenjs';\nexport const f = (receiver: User) => receiver.discriminator;\n")).toEqual([
			expect.stringContaining("Property 'discriminator' does not exist on type 'User'"),
		]);
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
			ChatInputCommandInteraction: 'Interaction',
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
				{ member: 'new Client', ovenjs: "createClient({ token: 'token', intents: [] })" },
			],
			new Set(['user', 'member', 'attachment', 'any', 'message', 'client', 'guild']),
		);
		expect(rows).toEqual(
			[
				{ member: 'User.tag', oven: '$.tag' },
				{ member: 'GuildMember.kick', oven: '$.kick', note: 'The reason in the options object.' },
				{ member: 'Attachment.name', oven: '$.filename', use: 'read', example: 'attachment.filename' },
				{ member: 'Interaction.isCommand', oven: '$.isChatInputCommand', use: 'call', example: 'any.isChatInputCommand()' },
				{ member: 'Base.toJSON', oven: '$.raw', use: 'read', example: 'message.raw' },
				{ member: 'GuildMember.roles', oven: '$.roles' },
				{ member: 'Client.ws', oven: undefined, example: 'client.shards[0]?.latency', note: 'Each shard.' },
				{ member: 'DataManager.cache', example: 'guild.members.list()' },
				{ member: 'ClientApplication.commands', example: 'syncCommands(client.api, client.applicationId!, [slash])' },
				{ member: 'Client.token', note: 'Keep it where you read it from.' },
			].map((row) => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined))),
		);
	});
});
