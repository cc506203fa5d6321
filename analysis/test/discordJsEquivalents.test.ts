import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DiscordJsEquivalents, EquivalentImports, EquivalentReceivers, isClassRow, type DiscordJsEquivalent } from '@ovenjs/analysis';
import { equivalentsCoverage } from '../scripts/_coverage.js';
import { EQUIVALENTS_PAGE, readCorpusUses, renderEquivalents } from '../scripts/renderEquivalents.js';

const here = dirname(fileURLToPath(import.meta.url));

/** A module that declares the receivers and returns each row's expression from its own function, one row per line. */
function moduleOf(rows: readonly DiscordJsEquivalent[]): { text: string; firstRowLine: number } {
	const typeNames = new Set<string>();
	for (const type of Object.values(EquivalentReceivers)) {
		const name = /^([A-Z]\w*)/.exec(type)?.[1];
		if (name !== undefined && !(EquivalentImports as readonly string[]).includes(name)) typeNames.add(name);
	}
	const head = [
		`import { ${EquivalentImports.join(', ')} } from 'ovenjs';`,
		`import type { ${[...typeNames].join(', ')} } from 'ovenjs';`,
		...Object.entries(EquivalentReceivers).map(([name, type]) => `declare const ${name}: ${type};`),
	];
	// A class row names a type (`Member`, or `Collection` from its own package); any other row is an expression.
	const body = rows.map((row, i) =>
		isClassRow(row) && row.ovenjs !== null
			? `import type { ${row.ovenjs} as Row${i} } from '${row.module ?? 'ovenjs'}';`
			: `export async function row${i}() { return (${row.ovenjs ?? 'undefined'}); }`,
	);
	return { text: [...head, ...body].join('\n'), firstRowLine: head.length };
}

/** The diagnostics of each row's expression when type-checked against ovenjs, by row. */
function typeCheck(rows: readonly DiscordJsEquivalent[]): Map<number, string[]> {
	const { text, firstRowLine } = moduleOf(rows);
	const fileName = join(here, '__equivalents__.ts');
	const options: ts.CompilerOptions = {
		strict: true,
		exactOptionalPropertyTypes: true,
		noUncheckedIndexedAccess: true,
		target: ts.ScriptTarget.ES2022,
		module: ts.ModuleKind.ESNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		customConditions: ['@ovenjs/source'],
		lib: ['lib.es2023.d.ts'],
		types: ['node'],
		skipLibCheck: true,
		noEmit: true,
	};
	const host = ts.createCompilerHost(options);
	const read = host.getSourceFile.bind(host);
	host.getSourceFile = (name, version, ...rest) =>
		name === fileName ? ts.createSourceFile(name, text, version, true) : read(name, version, ...rest);
	host.fileExists = (
		(exists) => (name: string) =>
			name === fileName || exists(name)
	)(host.fileExists.bind(host));
	const program = ts.createProgram({ rootNames: [fileName], options, host });
	const file = program.getSourceFile(fileName)!;
	const byRow = new Map<number, string[]>();
	for (const diagnostic of [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]) {
		const line = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
		const row = line - firstRowLine;
		byRow.set(row, [...(byRow.get(row) ?? []), ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')]);
	}
	return byRow;
}

describe('the discord.js → OvenJS equivalents table', () => {
	it('type-checks every OvenJS expression against ovenjs', () => {
		const problems = typeCheck(DiscordJsEquivalents);
		const named = [...problems].map(([row, messages]) => `${DiscordJsEquivalents[row]?.member ?? `line ${row}`}: ${messages.join('; ')}`);
		expect(named).toEqual([]);
	}, 60_000);

	it('has a type check that catches an expression ovenjs would reject', () => {
		const problems = typeCheck([
			{ member: 'Message.reply', ovenjs: "message.reply('ok')" },
			{ member: 'Message.nope', ovenjs: 'message.nope()' },
			{ member: 'GuildMember.roles', ovenjs: 'member.roles.add(channelId)' },
			{ member: 'GuildMember', ovenjs: 'Member' },
			{ member: 'GuildMemberManager', ovenjs: 'GuildMemberz' },
		]);
		expect([...problems.keys()]).toEqual([1, 2, 4]);
	}, 60_000);

	it('has one row per member, and a row for every member two bots of the corpus use', () => {
		const members = DiscordJsEquivalents.map((row) => row.member);
		expect(members.length).toBe(new Set(members).size);
		const uses = readCorpusUses();
		expect(uses.length).toBeGreaterThan(300);
		expect(equivalentsCoverage(uses).missing).toEqual([]);
	});

	it('covers at least 90 % of those uses by call count', () => {
		expect(equivalentsCoverage(readCorpusUses()).ratio).toBeGreaterThanOrEqual(0.9);
	});

	it('is rendered in docs/coming-from-discord.js.md (node --import tsx analysis/scripts/renderEquivalents.ts)', () => {
		expect(readFileSync(EQUIVALENTS_PAGE, 'utf8')).toBe(renderEquivalents(readCorpusUses()));
	});
});
