import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readCustomIdMap } from '@ovenjs/analysis';

function findings(...texts: string[]): string[] {
	const files = texts.map((text, i) => ts.createSourceFile(`f${i}.ts`, text, ts.ScriptTarget.Latest, true));
	return readCustomIdMap(ts, files).findings.map((f) => `${f.code} ${f.data['id']}`);
}

describe('readCustomIdMap', () => {
	it('matches ids produced in one file with handlers in another', () => {
		expect(findings(`new ButtonBuilder().setCustomId('ok');`, `if (i.customId === 'ok') {}`)).toEqual([]);
		expect(findings(`new ButtonBuilder().setCustomId('ok');`, `if (i.customId === 'OK') {}`)).toEqual([
			`custom-id-not-handled 'ok'`,
			`custom-id-not-produced 'OK'`,
		]);
	});

	it('understands template ids, startsWith and switch', () => {
		const produce = `new ButtonBuilder().setCustomId(\`vote:\${id}\`); const row = { type: 2, custom_id: 'page-2' }; new ModalBuilder().setCustomId('form');`;
		const handle = `if (i.customId.startsWith('vote:')) {}\nif (i.customId === 'page-2') {}\nswitch (i.customId) { case 'form': break; }`;
		expect(findings(produce, handle)).toEqual([]);
		expect(findings(produce, `switch (i.customId) { case 'form': break; }`)).toEqual([
			`custom-id-not-handled 'vote:{id}'`,
			`custom-id-not-handled 'page-2'`,
		]);
	});

	it('counts modal field reads as handlers of text input ids', () => {
		expect(findings(`new TextInputBuilder().setCustomId('reason');`, `interaction.fields.getTextInputValue('reason');`)).toEqual([]);
	});

	it('stays silent on a side that is dynamic', () => {
		// A lookup table handles anything; a computed id could be anything.
		expect(findings(`new ButtonBuilder().setCustomId('a');`, `handlers.get(i.customId)?.(i);`)).toEqual([]);
		expect(findings(`new ButtonBuilder().setCustomId('a');`, `const [action] = i.customId.split(':');`)).toEqual([]);
		expect(findings(`new ButtonBuilder().setCustomId(makeId());`, `if (i.customId === 'b') {}`)).toEqual([]);
	});
});
