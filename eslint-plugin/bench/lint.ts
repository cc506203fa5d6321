/**
 * Lint time per 1,000 bot files: ESLint with typescript-eslint's parser and no rules (the
 * baseline a project pays anyway) against the same plus `oven.configs.recommended`.
 *
 *   npm run bench -w @ovenjs/eslint-plugin            # 1,000 files
 *   BENCH_FILES=200 npm run bench -w @ovenjs/eslint-plugin
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import oven from '@ovenjs/eslint-plugin';

const files = Number(process.env['BENCH_FILES'] ?? 1000);
const fixtures = ['discordjs-v14.ts', 'oven-bot.js', 'discordjs-v13.cjs'].map((name) => ({
	name,
	text: readFileSync(new URL(`../test/fixtures/bots/${name}`, import.meta.url), 'utf8'),
}));

const base: Linter.Config[] = [
	{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
	{ files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
];

async function time(label: string, config: Linter.Config[]): Promise<number> {
	const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config });
	// One warm-up pass so module loading and JIT are not measured.
	for (const fixture of fixtures) await eslint.lintText(fixture.text, { filePath: `warm/${fixture.name}` });
	const start = performance.now();
	for (let i = 0; i < files; i++) {
		const fixture = fixtures[i % fixtures.length]!;
		// A distinct path per file, so nothing is cached across files.
		await eslint.lintText(`${fixture.text}\n// file ${i}\n`, { filePath: `bot${i}/${fixture.name}` });
	}
	const ms = performance.now() - start;
	console.log(`${label.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms for ${files} files  (${((ms / files) * 1000).toFixed(0)} ms per 1,000)`);
	return ms;
}

// Alternating rounds and keeping each side's best damp the noise of a shared machine.
let plain = Infinity;
let withPlugin = Infinity;
for (let round = 0; round < 2; round++) {
	plain = Math.min(plain, await time('plain ESLint (parser only)', base));
	withPlugin = Math.min(withPlugin, await time('+ oven recommended', [...base, oven.configs.recommended as Linter.Config]));
}
console.log(`plugin overhead: ${(((withPlugin - plain) / plain) * 100).toFixed(0)} %`);
