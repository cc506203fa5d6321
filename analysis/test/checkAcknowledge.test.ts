import { describe, expect, it } from 'vitest';
import { findSlowWorkBeforeAcknowledge } from '@ovenjs/analysis';
import { parse, run, ts } from './_parse.js';

describe('findSlowWorkBeforeAcknowledge', () => {
	it('reports an await before the first response, with a defer suggestion', () => {
		const text = `client.on('interactionCreate', async (interaction) => {\n\tconst data = await fetchStats();\n\tawait interaction.reply(data);\n});`;
		const findings = findSlowWorkBeforeAcknowledge(ts, parse(text));
		expect(findings.map((f) => f.code)).toEqual(['slow-work-before-acknowledge']);
		expect(findings[0]?.fixes?.[0]?.edits[0]?.text).toBe('await interaction.deferReply();\n\t');
	});

	it('accepts handlers that answer or defer first', () => {
		expect(
			run(findSlowWorkBeforeAcknowledge, `async function execute(interaction) { await interaction.deferReply(); await slow(); }`),
		).toEqual([]);
		expect(run(findSlowWorkBeforeAcknowledge, `async function execute(interaction) { if (x) return interaction.reply('no'); }`)).toEqual(
			[],
		);
		expect(run(findSlowWorkBeforeAcknowledge, `async function other(message) { await slow(); }`)).toEqual([]);
	});
});

describe('findSlowWorkBeforeAcknowledge on the patterns of real bots', () => {
	const codes = (text: string): string[] => run(findSlowWorkBeforeAcknowledge, text).map((f) => f.text);

	it('leaves dispatchers alone: the command they hand the interaction to answers it', () => {
		expect(
			codes(`client.on(Events.InteractionCreate, async (interaction) => {
	const command = interaction.client.commands.get(interaction.commandName);
	try { await command.execute(interaction); } catch { await interaction.reply({ content: 'error' }); }
});`),
		).toEqual([]);
		expect(codes(`async function run(interaction) { await paginator.send({ context: interaction }); }`)).toEqual([]);
		expect(codes(`async function run(interaction) { return await handlers.join(client, interaction); }`)).toEqual([]);
	});

	it('counts followUp and editReply as answers of a handler deferred before it ran', () => {
		expect(
			codes(`async function ping(interaction: CommandInteraction) { const m = await load(); await interaction.followUp(m); }`),
		).toEqual([]);
		expect(codes(`async function ping(interaction) { await interaction.editReply(await load()); }`)).toEqual([]);
	});

	it('ignores functions that take an interaction and never answer it (loggers, guards)', () => {
		expect(codes(`async function logUsage(interaction) { await db.insert({ user: interaction.user.id }); }`)).toEqual([]);
		expect(codes(`export const guard = async (interaction: CommandInteraction, client, next) => { await next(); };`)).toEqual([]);
	});

	it('never suggests deferReply in an autocomplete handler, which cannot defer', () => {
		expect(
			codes(`const cmd = { autocomplete: async (interaction) => { const r = await fetch(url); await interaction.respond([]); } };`),
		).toEqual([]);
		expect(
			codes(
				`client.on('interactionCreate', async (interaction) => { if (interaction.isAutocomplete()) { await load(); return interaction.respond([]); } });`,
			),
		).toEqual([]);
	});

	it('still reports a handler that awaits work, typed or named like one, before its own first reply', () => {
		expect(codes(`async function run(cmd: ButtonInteraction) { const t = await prisma.ticket.find(); await cmd.reply(t); }`)).toEqual([
			'await prisma.ticket.find()',
		]);
		expect(codes(`async function execute(interaction) { await log(interaction.user.id); await interaction.reply('ok'); }`)).toEqual([
			'await log(interaction.user.id)',
		]);
	});
});

describe('findSlowWorkBeforeAcknowledge on helpers and values', () => {
	const codes = (text: string): string[] => run(findSlowWorkBeforeAcknowledge, text).map((f) => f.text);

	it('leaves helpers that answer a message or an interaction alike to their callers', () => {
		expect(
			codes(
				`async function sendPing(target: Message | ChatInputCommandInteraction) { await target.channel.send('Ping?'); await target.reply('Pong'); }`,
			),
		).toEqual([]);
	});

	it('does not count awaiting a value started elsewhere (a module-level promise) as slow work', () => {
		expect(
			codes(
				`const books = load();\nconst cmd = { handler: async (interaction) => { const all = await books; await interaction.reply(all[0]); } };`,
			),
		).toEqual([]);
	});
});
