// Writes dist/**/*.d.cts next to every dist/**/*.d.ts, for TypeScript projects that compile to
// CommonJS (`"module": "commonjs"` or `"node16"` in a CommonJS package, most discord.js bots).
//
// Why: ovenjs ships one ESM build, which Node ≥ 20.19 loads from `require()` too (require(esm):
// one instance, no dual-package hazard). TypeScript, though, refuses an ESM declaration file
// from a CommonJS file under `node16` (TS1479). The same declarations with a .d.cts extension
// (and relative imports pointing at .cjs, which TypeScript maps to the .d.cts siblings) are
// CommonJS-flavoured; package.json's `require` condition, `types` and `typesVersions` name them.
//
// Run by `npm run build -w ovenjs` and before `npm pack` (prepack); stale .d.cts are removed.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** `from './x.js'`, `import('./x.js')`: relative specifiers, which in a .d.cts must name .cjs files. */
const RELATIVE_JS = /(\bfrom\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]*?)\.js\2/g;
/** The source map comment names the .d.ts's own map, which does not describe the copy. */
const SOURCE_MAP = /\n\/\/# sourceMappingURL=\S+\s*$/;

/** The CommonJS-flavoured copy of one declaration file's text. */
function toCjsDeclaration(text) {
	return text.replace(RELATIVE_JS, '$1$2$3.cjs$2').replace(SOURCE_MAP, '\n');
}

async function main() {
	const entries = await readdir(dist, { recursive: true, withFileTypes: true }).catch((error) => {
		if (error.code === 'ENOENT') throw new Error(`${dist} does not exist: run \`npx tsc -b\` (or \`npm run build\`) first.`);
		throw error;
	});
	const files = new Set(entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)));
	let written = 0;
	for (const file of files) {
		if (file.endsWith('.d.ts')) {
			await writeFile(file.slice(0, -'.d.ts'.length) + '.d.cts', toCjsDeclaration(await readFile(file, 'utf8')));
			written++;
		} else if (file.endsWith('.d.cts') && !files.has(file.slice(0, -'.d.cts'.length) + '.d.ts')) {
			await rm(file);
		}
	}
	console.log(`ovenjs: ${written} CommonJS declaration files (.d.cts) written to dist/`);
}

await main();
