// `npm run package -w ovenjs-vscode`: a self-contained .vsix, offline.
// Everything is bundled (scripts/bundle.mjs); the language server ships as dist/server.cjs and
// the ts-plugin as node_modules/@ovenjs/ts-plugin, where tsserver looks for plugins named in
// `contributes.typescriptServerPlugins`. The .vsix is staged in a temp folder outside the npm
// workspace so vsce's `npm list` sees only that one dependency.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
await bundle({ minify: true });

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pluginManifest = JSON.parse(readFileSync(join(root, '../ts-plugin/package.json'), 'utf8'));
const stage = mkdtempSync(join(tmpdir(), 'ovenjs-vscode-stage-'));
try {
	const { exports: _exports, devDependencies: _dev, scripts: _scripts, private: _private, ...rest } = manifest;
	writeFileSync(
		join(stage, 'package.json'),
		`${JSON.stringify({ ...rest, dependencies: { '@ovenjs/ts-plugin': pluginManifest.version } }, null, 2)}\n`,
	);
	const shipped = ['extension.cjs', 'server.cjs', 'mock.mjs', 'migrate.mjs', 'openapi.json', 'UPSTREAM.json', 'openapi.LICENSE'];
	for (const file of [...shipped, 'webview/embedPreview.js', 'webview/inspector.js']) {
		mkdirSync(dirname(join(stage, 'dist', file)), { recursive: true });
		cpSync(join(root, 'dist', file), join(stage, 'dist', file));
	}
	// vsce refuses relative links without a repository URL: screenshots and links into the
	// monorepo stay in the repository's README, the packaged one keeps their text.
	const readme = readFileSync(join(root, 'README.md'), 'utf8')
		.replace(/^!\[[^\]]*\]\([^)]*\)\n\n?/gm, '')
		.replace(/\[([^\]]+)\]\((?!https?:)[^)]*\)/g, '$1');
	writeFileSync(join(stage, 'README.md'), readme);
	writeFileSync(join(stage, 'LICENSE'), 'MIT License\n\nCopyright (c) OvenJS contributors\n');
	const plugin = join(stage, 'node_modules/@ovenjs/ts-plugin');
	mkdirSync(plugin, { recursive: true });
	cpSync(join(root, 'dist/ts-plugin/index.cjs'), join(plugin, 'index.cjs'));
	writeFileSync(
		join(plugin, 'package.json'),
		`${JSON.stringify({ name: '@ovenjs/ts-plugin', version: pluginManifest.version, license: 'MIT', main: './index.cjs' }, null, 2)}\n`,
	);
	writeFileSync(join(stage, '.vscodeignore'), '**/*.map\n');

	const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
	const out = join(root, `${manifest.name}-${manifest.version}.vsix`);
	execFileSync(process.execPath, [vsce, 'package', '--allow-missing-repository', '--skip-license', '--out', out], {
		cwd: stage,
		stdio: 'inherit',
	});
	console.log(`packaged ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
	rmSync(stage, { recursive: true, force: true });
}
