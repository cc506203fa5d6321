import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CheckSetting } from '@ovenjs/analysis';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { OvenExtensionError } from './OvenExtensionError.js';
import { SETTINGS_SECTION } from './settings.js';

/**
 * The language server's entry: `dist/server.cjs` inside the packaged extension (bundled by
 * `npm run package`), else the `@ovenjs/language-server` package's `bin` (a development checkout).
 */
export function resolveServerModule(extensionPath: string): string {
	const bundled = join(extensionPath, 'dist', 'server.cjs');
	if (existsSync(bundled)) return bundled;
	try {
		const require = createRequire(join(extensionPath, 'package.json'));
		const manifestPath = require.resolve('@ovenjs/language-server/package.json');
		const manifest = require(manifestPath) as { bin?: Record<string, string> };
		const bin = manifest.bin?.['oven-language-server'];
		if (bin !== undefined) return join(dirname(manifestPath), bin);
	} catch (cause) {
		throw new OvenExtensionError(
			'SERVER_NOT_FOUND',
			'The OvenJS language server was not found: reinstall the extension, or run `npm run build` in a development checkout.',
			{ cause },
		);
	}
	throw new OvenExtensionError(
		'SERVER_NOT_FOUND',
		'The @ovenjs/language-server package has no `oven-language-server` bin; reinstall the extension.',
	);
}

/**
 * Starts `oven-language-server --stdio` with node (the extension host's) for TypeScript and
 * JavaScript files. Resolves once the server answered `initialize`.
 */
export async function startLanguageClient(
	context: vscode.ExtensionContext,
	outputChannel: vscode.LogOutputChannel,
	checks: Readonly<Record<string, CheckSetting>>,
): Promise<LanguageClient> {
	const module = resolveServerModule(context.extensionPath);
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.stdio },
		debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
	};
	const clientOptions: LanguageClientOptions = {
		documentSelector: ['typescript', 'javascript', 'typescriptreact', 'javascriptreact'].map((language) => ({ scheme: 'file', language })),
		outputChannel,
		// The ts-plugin this extension registers shows the per-file checks of open files in
		// tsserver; the server reports them for closed files and adds the project-wide ones, so
		// nothing is reported twice. Settings changes reach it as `workspace/didChangeConfiguration`.
		initializationOptions: { fileDiagnostics: 'closed', checks },
		synchronize: { configurationSection: SETTINGS_SECTION },
	};
	const client = new LanguageClient('ovenjs', 'OvenJS Language Server', serverOptions, clientOptions);
	try {
		await client.start();
	} catch (cause) {
		throw new OvenExtensionError(
			'SERVER_START_FAILED',
			`The OvenJS language server did not start (${module}); see the "OvenJS" output for its log.`,
			{ cause },
		);
	}
	context.subscriptions.push(client);
	return client;
}
