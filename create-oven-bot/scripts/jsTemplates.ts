/**
 * The JavaScript templates are generated from the TypeScript ones (templates/ts, which `tsc -b`
 * type-checks against the workspace's ovenjs), so the two cannot drift:
 *
 *   npm run generate -w create-oven-bot      # rewrites templates/js
 *
 * test/jsTemplates.test.ts fails when templates/js is stale.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

const templates = fileURLToPath(new URL('../templates/', import.meta.url));
const tsRoot = join(templates, 'ts');
const jsRoot = join(templates, 'js');

/** TypeScript drops blank lines; a comment on each keeps them through the transpile. */
const BLANK = '//__blank__';

/** One TypeScript template file as JavaScript: types stripped, blank lines kept, Prettier-formatted. */
async function toJavaScript(source: string, file: string): Promise<string> {
	const marked = source.replace(/^[ \t]*$/gm, BLANK);
	const { outputText } = ts.transpileModule(marked, {
		fileName: file,
		compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, verbatimModuleSyntax: true },
	});
	const unmarked = outputText
		.split('\n')
		.map((line) => (line.trim() === BLANK ? '' : line))
		.join('\n');
	const options = (await prettier.resolveConfig(file)) ?? {};
	return prettier.format(unmarked, { ...options, parser: 'babel', filepath: file.replace(/\.ts$/, '.js') });
}

/** Every JavaScript template file, by path relative to templates/js (with `/` separators). */
export async function renderJsTemplates(): Promise<Map<string, string>> {
	const out = new Map<string, string>();
	for (const entry of await readdir(tsRoot, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
		const file = join(entry.parentPath, entry.name);
		const path = relative(tsRoot, file).split(sep).join('/').replace(/\.ts$/, '.js');
		out.set(path, await toJavaScript(await readFile(file, 'utf8'), file));
	}
	return out;
}

/** Every file under templates/js now, by the same relative path. */
export async function readJsTemplates(): Promise<Map<string, string>> {
	const out = new Map<string, string>();
	const entries = await readdir(jsRoot, { recursive: true, withFileTypes: true }).catch(() => []);
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		out.set(relative(jsRoot, file).split(sep).join('/'), await readFile(file, 'utf8'));
	}
	return out;
}

async function main(): Promise<void> {
	const rendered = await renderJsTemplates();
	await rm(jsRoot, { recursive: true, force: true });
	for (const [path, text] of rendered) {
		const file = join(jsRoot, path);
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, text);
	}
	console.log(`create-oven-bot: ${rendered.size} JavaScript template files written to templates/js`);
}

if (process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url) await main();
