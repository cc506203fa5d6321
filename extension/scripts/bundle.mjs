// Bundles what the packaged extension runs, with esbuild:
//   dist/extension.cjs        the extension host entry (CommonJS, `vscode` external)
//   dist/webview/*.js         the webview client scripts (IIFE, browser)
//   dist/server.cjs           @ovenjs/language-server's bin with its dependencies (typescript included)
//   dist/ts-plugin/index.cjs  @ovenjs/ts-plugin (typescript external: tsserver hands it its own)
// Workspace packages are bundled from source (`@ovenjs/source` condition), so no `tsc -b` is needed first.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { bundle: true, conditions: ['@ovenjs/source'], logLevel: 'warning', absWorkingDir: root, legalComments: 'none' };
const node = { ...common, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'bufferutil', 'utf-8-validate'] };

/** Runs every bundle; `minify` shrinks the server (mostly typescript) for the .vsix. */
export async function bundle({ minify = false } = {}) {
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
		build({
			...node,
			entryPoints: ['../ts-plugin/src/index.cts'],
			outfile: 'dist/ts-plugin/index.cjs',
			external: [...node.external, 'typescript'],
		}),
	]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle({ minify: process.argv.includes('--minify') });
