import ts from 'typescript';
import { customIdCompletions, customIdSiteAt, readProducedCustomIds } from '@ovenjs/analysis';
import { describe, expect, it } from 'vitest';

const parse = (text: string): ts.SourceFile => ts.createSourceFile('bot.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
const siteAt = (marked: string): ReturnType<typeof customIdSiteAt> =>
	customIdSiteAt(ts, parse(marked.replace('|', '')), marked.indexOf('|'));

const made = readProducedCustomIds(
	ts,
	parse(`
new ButtonBuilder().setCustomId('confirm');
new ButtonBuilder().setCustomId(\`page:\${n}\`);
new ModalBuilder().setCustomId('report');
new TextInputBuilder().setCustomId('reason');
`),
).map((id) => ({ id, fileName: '/p/components.ts' }));
const offered = (marked: string): string[] => {
	const site = siteAt(marked);
	return site === undefined ? [] : customIdCompletions(site, made).map((c) => c.name);
};

describe('custom_id completions', () => {
	it('offers static ids for an exact comparison, prefixes for startsWith', () => {
		expect(offered("if (interaction.customId === '|') {}")).toEqual(['confirm', 'report']);
		expect(offered("switch (i.customId) { case '|': }")).toEqual(['confirm', 'report']);
		expect(offered("if (i.customId.startsWith('|')) {}")).toEqual(['confirm', 'page:', 'report']);
	});

	it('offers patterns of the right kind to a router, text inputs to field reads', () => {
		expect(offered("router.button('|', h);")).toEqual(['confirm', 'page:{n}']);
		expect(offered("createRouter().modal('|', h);")).toEqual(['report']);
		expect(offered("i.fields.getTextInputValue('|');")).toEqual(['reason']);
	});

	it('finds no site in other strings', () => {
		expect(siteAt("if (interaction.commandName === '|') {}")).toBeUndefined();
		expect(siteAt("emitter.button('|', h);")).toBeUndefined();
	});
});
