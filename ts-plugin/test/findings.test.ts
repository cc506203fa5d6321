import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CHECKS, mentionsDiscord, runChecks, type Check } from '../src/findings.js';

const parse = (text: string): ts.SourceFile => ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
const codes = (text: string): string[] =>
	runChecks(ts, parse(text), undefined, CHECKS, (name, error) => {
		throw new Error(`check ${name} failed: ${String(error)}`);
	}).map((f) => f.code);

describe('runChecks', () => {
	it('runs every check on a file that mentions Discord', () => {
		expect(
			codes(
				`import { EmbedBuilder } from 'discord.js';\nnew EmbedBuilder().setTitle('x'.repeat(300));\nexport const id = 175928847299117063;`,
			),
		).toEqual(['embed-text-too-long', 'snowflake-precision']);
	});

	it('runs only the checks that apply anywhere on other files', () => {
		const text = `export const title = { title: 'x'.repeat(300) };\nexport const id = 175928847299117063;`;
		expect(mentionsDiscord(parse(text))).toBe(false);
		expect(codes(text)).toEqual(['snowflake-precision']);
		const ran: string[] = [];
		const spy = (name: string, anyFile: boolean): Check => ({ name, anyFile, run: () => (ran.push(name), []) });
		runChecks(ts, parse(text), undefined, [spy('discord-only', false), spy('anywhere', true)], () => {});
		expect(ran).toEqual(['anywhere']);
		runChecks(ts, parse(`import 'discord.js';`), undefined, [spy('discord-only', false), spy('anywhere', true)], () => {});
		expect(ran).toEqual(['anywhere', 'discord-only', 'anywhere']);
		expect(mentionsDiscord(parse(`export const e = { embeds: [] };`))).toBe(true);
	});
});
