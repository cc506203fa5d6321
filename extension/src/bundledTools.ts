import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OvenExtensionError } from './OvenExtensionError.js';

/** A program the extension runs in a child Node: bundled into the .vsix, or a workspace package's bin in a checkout. */
export interface BundledTool {
	/** What the user knows it as, for messages. */
	readonly title: string;
	/** The file in the packaged extension's `dist/` (scripts/bundle.mjs writes it). */
	readonly bundled: string;
	/** The package whose `bin` runs it in a development checkout. */
	readonly packageName: string;
	/** The bin's name in that package. */
	readonly bin: string;
}

/**
 * Everything the extension runs outside its host, once. The .vsix ships each one, so a bot
 * folder that never installed anything from OvenJS works, and nothing is fetched by name from
 * the registry (npx with a bare bin name runs whatever package of that name someone published).
 */
export const BundledTools = {
	languageServer: {
		title: 'the OvenJS language server',
		bundled: 'server.cjs',
		packageName: '@ovenjs/language-server',
		bin: 'oven-language-server',
	},
	mock: { title: 'Mock Discord', bundled: 'mock.mjs', packageName: '@ovenjs/mock-discord', bin: 'oven-mock' },
	migrate: { title: 'oven-migrate', bundled: 'migrate.mjs', packageName: '@ovenjs/migrate', bin: 'oven-migrate' },
} as const satisfies Record<string, BundledTool>;

/**
 * The module to run for `tool`: `dist/<bundled>` inside the packaged extension, else the
 * package's `bin` (a development checkout, where the workspace packages are installed).
 */
export function resolveTool(extensionPath: string, tool: BundledTool): string {
	const bundled = join(extensionPath, 'dist', tool.bundled);
	if (existsSync(bundled)) return bundled;
	let manifestPath: string;
	try {
		manifestPath = createRequire(join(extensionPath, 'package.json')).resolve(`${tool.packageName}/package.json`);
	} catch (cause) {
		throw new OvenExtensionError(
			'EXTENSION_TOOL_NOT_FOUND',
			`${tool.title} was not found in the extension: reinstall it, or run \`npm run build\` in a development checkout.`,
			{ cause },
		);
	}
	const manifest = createRequire(manifestPath)(manifestPath) as { bin?: Record<string, string> };
	const bin = manifest.bin?.[tool.bin];
	if (bin === undefined) {
		throw new OvenExtensionError('EXTENSION_TOOL_NOT_FOUND', `${tool.packageName} has no \`${tool.bin}\` bin; reinstall the extension.`);
	}
	return join(dirname(manifestPath), bin);
}
