import { describe, expect, it } from 'vitest';
import { CHECKS } from '@ovenjs/analysis';
import { parse, ts } from './_parse.js';

/** Runs the registry row `id` over `text`: the codes and the text each finding spans. */
function check(id: string, text: string): string[] {
	const row = CHECKS.find((c) => c.id === id);
	if (row === undefined) throw new Error(`no check ${id}`);
	const file = parse(text);
	return row.run(ts, file, {}).map((f) => `${f.code}: ${file.text.slice(f.start, f.end)}`);
}

describe('no-double-reply', () => {
	it('reports a second reply and a reply after deferReply in one run of statements', () => {
		expect(
			check(
				'no-double-reply',
				`async function execute(interaction) {\n\tawait interaction.reply('a');\n\tawait interaction.reply('b');\n}`,
			),
		).toEqual([`reply-after-reply: interaction.reply('b')`]);
		expect(
			check(
				'no-double-reply',
				`client.on('interactionCreate', async (i) => {\n\tawait i.deferReply();\n\tconst s = await load();\n\tawait i.reply(s);\n});`,
			),
		).toEqual(['reply-after-defer: i.reply(s)']);
	});

	it('leaves answers in different branches, after a return, and followUp/editReply alone', () => {
		const text = `async function execute(interaction) {\n\tif (a) { await interaction.reply('a'); return; }\n\tawait interaction.reply('b');\n\tawait interaction.followUp('c');\n}\nasync function run(interaction) { await interaction.deferReply(); await interaction.editReply('x'); }`;
		expect(check('no-double-reply', text)).toEqual([]);
	});
});

describe('no-duplicate-custom-id', () => {
	it('reports a static custom_id written twice in one message', () => {
		const text = `await interaction.reply({ components: [new ActionRowBuilder().addComponents(new ButtonBuilder().setCustomId('page'), new ButtonBuilder().setCustomId('page'))] });`;
		expect(check('no-duplicate-custom-id', text)).toEqual([`duplicate-custom-id: 'page'`]);
		const objects = `channel.send({ components: [{ type: 1, components: [{ type: 2, custom_id: 'a' }] }, { type: 1, components: [{ type: 2, custom_id: 'a' }] }] });`;
		expect(check('no-duplicate-custom-id', objects)).toEqual([`duplicate-custom-id: 'a'`]);
	});

	it('leaves distinct and run-time ids alone', () => {
		const text = `reply({ components: [row.addComponents(b.setCustomId('prev'), b.setCustomId('next'), b.setCustomId(\`v:\${n}\`), b.setCustomId(\`v:\${m}\`))] });`;
		expect(check('no-duplicate-custom-id', text)).toEqual([]);
	});
});

describe('require-dm-partials', () => {
	it('reports a discord.js client with DirectMessages, a message listener and no Channel partial', () => {
		const text = `import { Client, GatewayIntentBits } from 'discord.js';\nconst client = new Client({ intents: [GatewayIntentBits.DirectMessages] });\nclient.on('messageCreate', () => {});`;
		expect(check('require-dm-partials', text)).toEqual(['dm-without-channel-partial: [GatewayIntentBits.DirectMessages]']);
	});

	it('accepts the Channel partial, no message listener, and OvenJS clients', () => {
		const withPartial = `import { Client, GatewayIntentBits, Partials } from 'discord.js';\nconst client = new Client({ intents: [GatewayIntentBits.DirectMessages], partials: [Partials.Channel] });\nclient.on('messageCreate', () => {});`;
		expect(check('require-dm-partials', withPartial)).toEqual([]);
		expect(check('require-dm-partials', `import { Client } from 'discord.js';\nnew Client({ intents: ['DirectMessages'] });`)).toEqual([]);
		expect(
			check(
				'require-dm-partials',
				`import { createClient } from 'ovenjs';\nconst c = createClient({ intents: ['DirectMessages'] });\nc.on('messageCreate', () => {});`,
			),
		).toEqual([]);
	});
});

describe('no-privileged-intent-bitfield', () => {
	it('reports a number that includes privileged intents, naming them', () => {
		const [found] = CHECKS.find((c) => c.id === 'no-privileged-intent-bitfield')!.run(
			ts,
			parse(`const client = new Client({ intents: 32767 });`),
			{},
		);
		expect(found?.code).toBe('privileged-intent-in-number');
		expect(found?.data['names']).toBe('GuildMembers, GuildPresences');
		expect(check('no-privileged-intent-bitfield', `new Client({ intents: new IntentsBitField(3276799) });`)).toHaveLength(1);
	});

	it('leaves named intents and numbers without privileged bits alone', () => {
		expect(
			check('no-privileged-intent-bitfield', `new Client({ intents: 513 });\nnew Client({ intents: [GatewayIntentBits.GuildMembers] });`),
		).toEqual([]);
	});
});

describe('no-unbounded-list-in-loop', () => {
	it('reports one field per item of a list of unknown length', () => {
		expect(
			check('no-unbounded-list-in-loop', `for (const m of role.members.values()) embed.addFields({ name: m.displayName, value: m.id });`),
		).toEqual(['unbounded-list-in-loop: embed.addFields({ name: m.displayName, value: m.id })']);
		expect(check('no-unbounded-list-in-loop', `rows.forEach((r) => menu.addOptions({ label: r.name, value: r.id }));`)).toHaveLength(1);
	});

	it('leaves capped lists and loops that stop on a count alone', () => {
		const text = `for (const m of members.slice(0, 25)) embed.addFields({ name: m, value: m });\nfor (const m of list) { if (n++ >= 25) break; embed.addFields({ name: m, value: m }); }\nfor (const m of ['a', 'b']) embed.addFields({ name: m, value: m });`;
		expect(check('no-unbounded-list-in-loop', text)).toEqual([]);
	});
});

describe('no-unbounded-list-in-loop with types', () => {
	const typed = (text: string): string[] => {
		const host = ts.createCompilerHost({});
		const original = host.getSourceFile;
		host.getSourceFile = (name, target) => (name === 'bot.ts' ? ts.createSourceFile(name, text, target, true) : original(name, target));
		const program = ts.createProgram(['bot.ts'], { noLib: true, types: [] }, host);
		const file = program.getSourceFile('bot.ts');
		if (file === undefined) throw new Error('no file');
		const row = CHECKS.find((c) => c.id === 'no-unbounded-list-in-loop');
		return (row?.run(ts, file, { checker: program.getTypeChecker() }) ?? []).map((f) => file.text.slice(f.start, f.end));
	};
	const prelude = `interface Map<K, V> { set(k: K, v: V): this; entries(): Iterable<[K, V]> }\ninterface Iterable<T> { x: T }\ndeclare const embed: { addFields(f: object): void };\n`;

	it('takes a Map keyed by a small enum (or literal union) as capped, and one keyed by strings as not', () => {
		const byCategory = `${prelude}enum Category { Slur, Spam, Other }\ndeclare const grouped: Map<Category, string[]>;\nfor (const [cat, words] of grouped) embed.addFields({ name: String(cat), value: words.join() });`;
		expect(typed(byCategory)).toEqual([]);
		const byKind = `${prelude}declare const grouped: Map<'a' | 'b', string[]>;\nfor (const [k, v] of grouped.entries()) embed.addFields({ name: k, value: v.join() });`;
		expect(typed(byKind)).toEqual([]);
		const byUser = `${prelude}declare const grouped: Map<string, string[]>;\nfor (const [id, v] of grouped) embed.addFields({ name: id, value: v.join() });`;
		expect(typed(byUser)).toEqual(['embed.addFields({ name: id, value: v.join() })']);
	});
});

describe('require-permission-check on the invoker', () => {
	it('leaves self-service roles and actions on whoever ran the command alone, and still reports others', () => {
		const self = `export async function handle(interaction) {\n\tconst user = interaction.member as GuildMember;\n\tawait user.roles.add(config.roles.noPing);\n\tawait interaction.member.roles.add(role);\n\tawait interaction.reply('Done');\n}`;
		expect(check('require-permission-check', self)).toEqual([]);
		const other = `export async function handle(interaction) {\n\tconst target = interaction.options.getMember('user');\n\tawait target.roles.add(role);\n\tawait interaction.reply('Done');\n}`;
		expect(check('require-permission-check', other)).toEqual(['moderation-without-permission-check: target.roles.add(role)']);
		const message = `client.on('messageCreate', async (message) => { await message.member.timeout(60_000); await message.mentions.members.first().kick(); });`;
		expect(check('require-permission-check', message)).toEqual([
			'moderation-without-permission-check: message.mentions.members.first().kick()',
		]);
	});
});

describe('require-permission-check', () => {
	it('reports a ban in a command handler of a file that never checks permissions', () => {
		const text = `export async function execute(interaction) {\n\tawait interaction.options.getMember('user').ban();\n\tawait interaction.reply('Banned.');\n}`;
		expect(check('require-permission-check', text)).toEqual([
			`moderation-without-permission-check: interaction.options.getMember('user').ban()`,
		]);
		expect(
			check(
				'require-permission-check',
				`client.on('messageCreate', async (message) => { await message.mentions.members.first().roles.add(role); });`,
			),
		).toHaveLength(1);
	});

	it('accepts default member permissions, a permission test, and automatic moderation', () => {
		const restricted = `export const data = new SlashCommandBuilder().setName('ban').setDefaultMemberPermissions(PermissionFlagsBits.BanMembers);\nexport async function execute(interaction) { await target.ban(); await interaction.reply('ok'); }`;
		expect(check('require-permission-check', restricted)).toEqual([]);
		expect(check('require-permission-check', `client.on('guildMemberAdd', async (member) => { if (raid) await member.kick(); });`)).toEqual(
			[],
		);
	});
});

describe('method tables are looked up as own keys only', () => {
	it('never takes toString() or constructor for an action, an adder or a deprecated option', () => {
		expect(
			check(
				'require-permission-check',
				`async function execute(interaction) { const s = (x ?? 0).toString(); await interaction.reply(s); }`,
			),
		).toEqual([]);
		expect(check('no-unbounded-list-in-loop', `for (const x of list) embed.constructor({ a: 1 });`)).toEqual([]);
	});
});

describe('no-unbounded-list-in-loop and pages', () => {
	it('takes a page of a list (slice with bounds from a config) as capped, through a variable too', () => {
		const text = `const page = commands.slice(n * config.perPage, n * config.perPage + config.perPage);\npage.forEach((cmd) => embed.addFields({ name: cmd.name, value: cmd.description }));`;
		expect(check('no-unbounded-list-in-loop', text)).toEqual([]);
		expect(
			check(
				'no-unbounded-list-in-loop',
				`const all = commands.filter((c) => c.ok);\nall.forEach((c) => embed.addFields({ name: c.name, value: c.d }));`,
			),
		).toHaveLength(1);
	});

	it('takes the last items of a list (slice(-25), slice(-count)) as capped, but not the rest after the first (slice(1))', () => {
		const last = (slice: string): string[] =>
			check(
				'no-unbounded-list-in-loop',
				`for (const s of data.sanctions.slice(${slice})) embed.addFields({ name: s.type, value: s.reason });`,
			);
		expect(last('-25')).toEqual([]);
		expect(last('-count')).toEqual([]);
		expect(last('-30')).toHaveLength(1);
		expect(last('1')).toHaveLength(1);
	});
});
