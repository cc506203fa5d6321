// Bundles what the packaged extension runs, with esbuild:
//   dist/extension.cjs        the extension host entry (CommonJS, `vscode` external)
//   dist/webview/*.js         the webview client scripts (IIFE, browser)
//   dist/server.cjs           @ovenjs/language-server's bin with its dependencies (typescript included)
//   dist/ts-plugin/index.cjs  @ovenjs/ts-plugin (typescript external: tsserver hands it its own)
//   dist/mock.mjs             oven-mock (ESM: its CLI awaits at top level), with dist/openapi.json beside it
//   dist/migrate.mjs          oven-migrate with ts-morph and typescript
// Workspace packages are bundled from source (`@ovenjs/source` condition), so no `tsc -b` is needed first.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApiPath } from '@ovenjs/discord-api-spec';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { bundle: true, conditions: ['@ovenjs/source'], logLevel: 'warning', absWorkingDir: root, legalComments: 'none' };
const node = { ...common, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'bufferutil', 'utf-8-validate'] };
// CommonJS dependencies inside an ESM bundle still call require() for Node's built-ins
// and read __filename/__dirname.
const nodeEsm = {
	...node,
	format: 'esm',
	banner: {
		js: [
			"import { createRequire as __ovenRequire } from 'node:module';",
			"import { fileURLToPath as __ovenPath } from 'node:url';",
			'const require = __ovenRequire(import.meta.url);',
			'const __filename = __ovenPath(import.meta.url);',
			"const __dirname = __ovenPath(new URL('.', import.meta.url));",
		].join(' '),
	},
};

/** Runs every bundle; `minify` shrinks the server (mostly typescript) for the .vsix. */
export async function bundle({ minify = false } = {}) {
	// The mock finds Discord's OpenAPI description (and where it came from) next to its bundle.
	mkdirSync(join(root, 'dist'), { recursive: true });
	for (const file of ['openapi.json', 'UPSTREAM.json', 'LICENSE'])
		copyFileSync(join(dirname(openApiPath), file), join(root, 'dist', file === 'LICENSE' ? 'openapi.LICENSE' : file));
	await Promise.all([
		build({ ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.cjs', sourcemap: true }),
		build({
			...common,
			platform: 'browser',
			format: 'iife',
			target: 'chrome120',
			entryPoints: { embedPreview: 'src/webview/embedPreviewClient.ts', inspector: 'src/webview/inspectorClient.ts' },
			outdir: 'dist/webview',
		}),
		build({ ...node, entryPoints: ['../language-server/src/bin.ts'], outfile: 'dist/server.cjs', minify }),
		build({ ...nodeEsm, entryPoints: ['../mock-discord/src/cli.ts'], outfile: 'dist/mock.mjs', minify }),
		build({ ...nodeEsm, entryPoints: ['scripts/migrateMain.ts'], outfile: 'dist/migrate.mjs', minify }),
		build({
			...node,
			entryPoints: ['../ts-plugin/src/index.cts'],
			outfile: 'dist/ts-plugin/index.cjs',
			external: [...node.external, 'typescript'],
		}),
	]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle({ minify: process.argv.includes('--minify') });
