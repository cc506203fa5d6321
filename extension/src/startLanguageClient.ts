import type { CheckSetting } from '@ovenjs/analysis';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { BundledTools, resolveTool } from './bundledTools.js';
import { OvenExtensionError } from './OvenExtensionError.js';
import { SETTINGS_SECTION } from './settings.js';

/**
 * Starts `oven-language-server --stdio` with node (the extension host's) for TypeScript and
 * JavaScript files. Resolves once the server answered `initialize`.
 */
export async function startLanguageClient(
	context: vscode.ExtensionContext,
	outputChannel: vscode.LogOutputChannel,
	checks: Readonly<Record<string, CheckSetting>>,
): Promise<LanguageClient> {
	const module = resolveTool(context.extensionPath, BundledTools.languageServer);
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.stdio },
		debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
	};
	const clientOptions: LanguageClientOptions = {
		documentSelector: ['typescript', 'javascript', 'typescriptreact', 'javascriptreact'].map((language) => ({ scheme: 'file', language })),
		outputChannel,
		// The ts-plugin this extension registers shows the per-file checks of open files in
		// tsserver; the server reports them for closed files and adds the project-wide ones, so
		// nothing is reported twice; hovers and completions come from the plugin alone. Settings changes reach it as `workspace/didChangeConfiguration`.
		initializationOptions: { fileDiagnostics: 'closed', hoversAndCompletions: false, checks },
		synchronize: { configurationSection: SETTINGS_SECTION },
	};
	const client = new LanguageClient('ovenjs', 'OvenJS Language Server', serverOptions, clientOptions);
	try {
		await client.start();
	} catch (cause) {
		throw new OvenExtensionError(
			'EXTENSION_SERVER_START_FAILED',
			`The OvenJS language server did not start (${module}); see the "OvenJS" output for its log.`,
			{ cause },
		);
	}
	context.subscriptions.push(client);
	return client;
}
