import { describe, expect, it } from 'vitest';
import { customIdMatches, readCustomIds, readHandledCustomIds, readProducedCustomIds } from '@ovenjs/analysis';
import { parse, ts } from './_parse.js';

const produced = (text: string): [string, boolean, string][] => {
	const file = parse(text);
	return readProducedCustomIds(ts, file).map((p) => [p.id, p.dynamic, p.kind]);
};
const handled = (text: string): [string, string, string][] => {
	const file = parse(text);
	return readHandledCustomIds(ts, file).map((h) => [h.id, h.match, h.kind]);
};

describe('readProducedCustomIds', () => {
	it('reads builder chains and object literals, with their kinds', () => {
		expect(
			produced(`
new ButtonBuilder().setCustomId('confirm').setLabel('OK');
new StringSelectMenuBuilder().setCustomId('pick-role');
new ModalBuilder().setTitle('Report').setCustomId('report');
new TextInputBuilder().setCustomId('reason');
const raw = { type: 2, custom_id: 'raw-button', label: 'x' };
interaction.showModal({ custom_id: 'feedback', title: 'F', components: [] });
const ovenButton = { type: ComponentType.Button, customId: 'oven' };
`),
		).toEqual([
			['confirm', false, 'button'],
			['pick-role', false, 'select'],
			['report', false, 'modal'],
			['reason', false, 'textInput'],
			['raw-button', false, 'button'],
			['feedback', false, 'modal'],
			['oven', false, 'button'],
		]);
	});

	it('turns templates and concatenation with a static part into patterns', () => {
		expect(
			produced("new ButtonBuilder().setCustomId(`ticket:close:${ticket.id}`);\nnew ButtonBuilder().setCustomId('vote:' + choice);"),
		).toEqual([
			['ticket:close:{id}', true, 'button'],
			['vote:{choice}', true, 'button'],
		]);
		expect(produced("const PREFIX = 'page';\nnew ButtonBuilder().setCustomId(`${PREFIX}:next`);")).toEqual([
			['page:next', false, 'button'],
		]);
		expect(produced("customId('ticket:open:{user}', { user });")).toEqual([['ticket:open:{user}', true, 'unknown']]);
	});

	it('ignores ids with no static part and objects that read a custom_id', () => {
		expect(produced('new ButtonBuilder().setCustomId(makeId());\nnew ButtonBuilder().setCustomId(`${a}${b}`);')).toEqual([]);
		expect(produced('log({ customId: interaction.customId });')).toEqual([]);
	});

	it('reports positions of the id expression', () => {
		const file = parse("new ButtonBuilder().setCustomId('confirm');");
		const [first] = readProducedCustomIds(ts, file);
		expect(file.text.slice(first?.start, first?.end)).toBe("'confirm'");
	});
});

describe('readHandledCustomIds', () => {
	it('reads comparisons, string tests and switch cases', () => {
		expect(
			handled(`
if (interaction.customId === 'confirm') {}
if ('cancel' == i.customId) {}
if (interaction.customId.startsWith('ticket:')) {}
if (interaction.data.custom_id.endsWith(':close')) {}
const id = interaction.customId;
switch (id) { case 'a': break; case 'b': break; default: }
if (['x', 'y'].includes(interaction.customId)) {}
const reason = interaction.fields.getTextInputValue('reason');
`),
		).toEqual([
			['confirm', 'exact', 'unknown'],
			['cancel', 'exact', 'unknown'],
			['ticket:', 'prefix', 'unknown'],
			[':close', 'suffix', 'unknown'],
			['a', 'exact', 'unknown'],
			['b', 'exact', 'unknown'],
			['x', 'exact', 'unknown'],
			['y', 'exact', 'unknown'],
			['reason', 'exact', 'textInput'],
		]);
	});

	it('reads OvenJS router registrations and modal fields', () => {
		expect(
			handled(`
router.button('ticket:close:{id}', (ctx, { id }) => {})
	.stringSelect('pick-role', (ctx) => {})
	.modal('report', { fields: ['reason'] }, (ctx) => {});
`),
		).toEqual([
			['ticket:close:{id}', 'pattern', 'button'],
			['pick-role', 'pattern', 'select'],
			['report', 'pattern', 'modal'],
			['reason', 'exact', 'textInput'],
		]);
	});

	it('ignores comparisons that do not involve a custom_id', () => {
		expect(
			handled(
				`if (interaction.commandName === 'ping') {}\nif (name.startsWith('x')) {}\nlist.includes(interaction.customId);\narray.button(a, b);`,
			),
		).toEqual([]);
	});
});

describe('customIdMatches', () => {
	const both = readCustomIds(
		ts,
		parse(`
new ButtonBuilder().setCustomId(\`ticket:close:\${id}\`);
new ModalBuilder().setCustomId('report');
router.button('ticket:close:{id}', h);
router.modal('report', h);
router.button('report', h);
if (interaction.customId.startsWith('ticket:')) {}
if (interaction.customId === 'ticket:open') {}
`),
	);

	it('matches a produced pattern with routes, prefixes and exact ids of the same kind', () => {
		const [ticket, report] = both.produced;
		const [route, modal, wrongKind, prefix, exact] = both.handled;
		if (
			ticket === undefined ||
			report === undefined ||
			route === undefined ||
			modal === undefined ||
			wrongKind === undefined ||
			prefix === undefined ||
			exact === undefined
		) {
			throw new Error('fixture not read');
		}
		expect(customIdMatches(ticket, route)).toBe(true);
		expect(customIdMatches(ticket, prefix)).toBe(true);
		expect(customIdMatches(ticket, exact)).toBe(false);
		expect(customIdMatches(report, modal)).toBe(true);
		expect(customIdMatches(report, wrongKind)).toBe(false);
		expect(customIdMatches(report, route)).toBe(false);
	});

	it('compares literal ids exactly and parameters as any text', () => {
		expect(customIdMatches({ id: 'a:{x}', dynamic: false, kind: 'button' }, { id: 'a:{x}', match: 'exact', kind: 'unknown' })).toBe(true);
		expect(customIdMatches({ id: 'a:b', dynamic: false, kind: 'button' }, { id: 'a:{x}', match: 'pattern', kind: 'component' })).toBe(true);
		expect(customIdMatches({ id: 'a:{x}:c', dynamic: true, kind: 'select' }, { id: '{y}:c', match: 'pattern', kind: 'select' })).toBe(true);
		expect(customIdMatches({ id: 'a:{x}:c', dynamic: true, kind: 'select' }, { id: ':d', match: 'suffix', kind: 'unknown' })).toBe(false);
		expect(customIdMatches({ id: 'vote', dynamic: false, kind: 'button' }, { id: 'ote', match: 'contains', kind: 'unknown' })).toBe(true);
	});
});
