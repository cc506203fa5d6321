/**
 * Precision of the `recommended` rules on real discord.js bots.
 *
 *   npm run corpus -w @ovenjs/eslint-plugin -- <corpus folder> [--list] [--repos other.tsv] [--labels other.tsv]
 *
 * The bots are listed in `corpus/repos.tsv` (repository, commit, subpaths); fetch each into
 * `<corpus folder>/<name>` (for example `git archive <commit> <subpaths> | tar -x -C
 * <corpus folder>/<name>` from a clone). Their code is never committed here: only the labels.
 * The script lints every script file of the corpus with `oven.configs.recommended`
 * (TypeScript files through typescript-eslint's parser, no type information), matches each
 * finding with `corpus/labels.tsv` (repo, commit, file, line, rule, verdict, reason; verdict
 * `tp` or `fp`) and prints, per rule, the findings, the labelled ones and the precision
 * (true positives / labelled). `--list` prints every finding, labelled or not, as TSV rows
 * ready to label. Exits 1 when a rule with at least 5 labels is under 90 %.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import oven from '@ovenjs/eslint-plugin';

interface Repo {
	readonly repo: string;
	readonly commit: string;
	readonly name: string;
}

interface Label {
	readonly verdict: 'tp' | 'fp';
	readonly reason: string;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
	const at = args.indexOf(name);
	return at < 0 ? undefined : args[at + 1];
};
const here = (path: string): string => new URL(`../corpus/${path}`, import.meta.url).pathname;
const rows = (path: string): string[][] =>
	readFileSync(path, 'utf8')
		.split('\n')
		.slice(1)
		.filter((line) => line.trim() !== '')
		.map((line) => line.split('\t'));

const repos: Repo[] = rows(option('--repos') ?? here('repos.tsv')).map(([repo = '', commit = '']) => ({
	repo,
	commit,
	name: repo.split('/')[1] ?? repo,
}));
const labels = new Map<string, Label>();
for (const [repo, , file, line, rule, verdict, reason = ''] of rows(option('--labels') ?? here('labels.tsv'))) {
	if (verdict !== 'tp' && verdict !== 'fp') throw new Error(`labels.tsv: verdict must be tp or fp, not ${verdict}`);
	labels.set(`${repo}\t${file}\t${line}\t${rule}`, { verdict, reason });
}

const corpus = args.find((arg, i) => !arg.startsWith('--') && !['--repos', '--labels'].includes(args[i - 1] ?? ''));
if (corpus === undefined) {
	console.error('usage: corpus-precision <corpus folder> [--list]');
	process.exit(2);
}
const list = args.includes('--list');

const eslint = new ESLint({
	cwd: resolve(corpus),
	overrideConfigFile: true,
	errorOnUnmatchedPattern: false,
	overrideConfig: [
		{ ignores: ['**/node_modules/**', '**/dist/**', '**/build/**', '**/*.d.ts', '**/*.min.js'] },
		{ files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tseslint.parser } },
		{
			files: ['**/*.{js,cjs,mjs,jsx}'],
			languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
		},
		{ files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
		oven.configs.recommended,
		{ linterOptions: { reportUnusedDisableDirectives: 'off' } },
	],
});

interface Stat {
	findings: number;
	tp: number;
	fp: number;
}
const stats = new Map<string, Stat>();
let crashes = 0;
let parseErrors = 0;
const unlabelled: string[] = [];
for (const repo of repos) {
	const root = join(resolve(corpus), repo.name);
	const results = await eslint.lintFiles([`${repo.name}/**/*.{ts,tsx,mts,cts,js,cjs,mjs,jsx}`]);
	for (const result of results) {
		const file = relative(root, result.filePath);
		for (const message of result.messages) {
			if (message.fatal === true) {
				parseErrors += 1;
				continue;
			}
			const rule = message.ruleId?.startsWith('ovenjs/') === true ? message.ruleId.slice('ovenjs/'.length) : undefined;
			if (rule === undefined) continue;
			if (/Rule .* threw|failed/i.test(message.message)) crashes += 1;
			const stat = stats.get(rule) ?? { findings: 0, tp: 0, fp: 0 };
			stat.findings += 1;
			const label = labels.get(`${repo.repo}\t${file}\t${message.line}\t${rule}`);
			if (label !== undefined) stat[label.verdict] += 1;
			stats.set(rule, stat);
			const row = `${repo.repo}\t${repo.commit}\t${file}\t${message.line}\t${rule}\t${label?.verdict ?? ''}\t${label?.reason ?? message.message.slice(0, 100)}`;
			if (list) console.log(row);
			else if (label === undefined) unlabelled.push(row);
		}
	}
}

let failing = 0;
console.log('\nrule\tfindings\tlabelled\ttp\tfp\tprecision');
for (const [rule, stat] of [...stats].sort(([a], [b]) => a.localeCompare(b))) {
	const labelled = stat.tp + stat.fp;
	const precision = labelled === 0 ? '—' : `${Math.round((100 * stat.tp) / labelled)} %`;
	if (labelled >= 5 && stat.tp / labelled < 0.9) failing += 1;
	console.log(`${rule}\t${stat.findings}\t${labelled}\t${stat.tp}\t${stat.fp}\t${precision}`);
}
const all = [...stats.values()].reduce((sum, s) => ({ findings: sum.findings + s.findings, tp: sum.tp + s.tp, fp: sum.fp + s.fp }), {
	findings: 0,
	tp: 0,
	fp: 0,
});
const matched = all.tp + all.fp;
console.log(`all\t${all.findings}\t${matched}\t${all.tp}\t${all.fp}\t${matched === 0 ? '—' : `${Math.round((100 * all.tp) / matched)} %`}`);
console.log(
	`\n${crashes} rule crashes, ${parseErrors} files ESLint could not parse, ${labels.size} labels (${matched} matched a finding), ${unlabelled.length} unlabelled findings.`,
);
if (!list && unlabelled.length > 0) console.log(`unlabelled (first 20):\n${unlabelled.slice(0, 20).join('\n')}`);
process.exit(failing > 0 ? 1 : 0);
