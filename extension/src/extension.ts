/**
 * The OvenJS VS Code extension: a thin client. It starts the language server (where the
 * analysis lives), hosts the Embed Preview and Gateway Inspector webviews, and runs the mock
 * and the migration it ships with in child processes. The ts-plugin is registered through
 * `contributes.typescriptServerPlugins` and needs no code here.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OvenCommands, type OvenCommandName } from './commandTable.js';
import { configureTsPlugin } from './configureTsPlugin.js';
import { EmbedPreviewPanel } from './EmbedPreviewPanel.js';
import { InspectorPanel } from './InspectorPanel.js';
import { OvenExtensionError } from './OvenExtensionError.js';
import { startLanguageClient } from './startLanguageClient.js';
import { MockDiscordSession, migrateFolder, pickRecording } from './toolCommands.js';
import { readOvenSettings, SETTINGS_SECTION, type OvenSettings } from './settings.js';
import { usesDiscordLibrary } from './usesDiscordLibrary.js';

let client: Promise<LanguageClient> | undefined;

function reportError(log: vscode.LogOutputChannel, what: string, error: unknown): void {
	const message = error instanceof Error ? error.message : String(error);
	log.appendLine(`${what}: ${error instanceof Error ? (error.stack ?? message) : message}`);
	if (error instanceof Error && error.cause instanceof Error) log.appendLine(`caused by: ${error.cause.stack ?? error.cause.message}`);
	void vscode.window.showErrorMessage(`OvenJS: ${what}: ${message}`, 'Show Log').then((choice) => choice === 'Show Log' && log.show());
}

async function isBotWorkspace(): Promise<boolean> {
	const manifests = await vscode.workspace.findFiles('**/package.json', '**/node_modules/**', 50);
	for (const uri of manifests) {
		try {
			if (usesDiscordLibrary(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)))) return true;
		} catch {
			// Unreadable manifest: not evidence either way.
		}
	}
	return false;
}

function workspaceFolder(): vscode.Uri | undefined {
	const active = vscode.window.activeTextEditor?.document.uri;
	return (
		(active === undefined ? undefined : vscode.workspace.getWorkspaceFolder(active)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri
	);
}

/** Called by VS Code when a workspace contains a package.json, or a command runs. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const log = vscode.window.createOutputChannel('OvenJS', { log: true });
	const mock = new MockDiscordSession(context.extensionPath);
	context.subscriptions.push(log, mock);
	const settings = (): OvenSettings => readOvenSettings((key) => vscode.workspace.getConfiguration(SETTINGS_SECTION).get(key));
	const ensureClient = (): Promise<LanguageClient> =>
		(client ??= startLanguageClient(context, log, settings().checks).catch((error: unknown) => {
			client = undefined;
			throw error;
		}));

	const handlers: Record<OvenCommandName, (...args: unknown[]) => Promise<void>> = {
		previewEmbed: async (uriArg?: unknown, positionArg?: unknown) => {
			const editor = vscode.window.activeTextEditor;
			const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : uriArg instanceof vscode.Uri ? uriArg : editor?.document.uri;
			const p = positionArg as { line?: unknown; character?: unknown } | undefined;
			const position =
				typeof p?.line === 'number' && typeof p.character === 'number'
					? new vscode.Position(p.line, p.character)
					: editor?.selection.active;
			if (uri === undefined || position === undefined)
				throw new OvenExtensionError(
					'EXTENSION_NO_EDITOR',
					'Open a file and place the cursor inside an embed or message payload, then run "Preview Embed" again.',
				);
			await EmbedPreviewPanel.show(context.extensionUri, await ensureClient(), uri, position);
		},
		openGatewayInspector: () => InspectorPanel.show(context.extensionUri, log, settings().inspectorDiscoveryDirectory),
		startMockDiscord: () => mock.start(workspaceFolder()),
		stopMockDiscord: () => mock.stop(),
		replayOnMockDiscord: async (fileArg?: unknown) => {
			// From the explorer's context menu the file comes as an argument; from the palette, it is asked for.
			const folder = workspaceFolder();
			const file = fileArg instanceof vscode.Uri ? fileArg : await pickRecording(folder);
			if (file !== undefined) await mock.start(folder, file);
		},
		migrateFromDiscordJs: async () => {
			const folder = workspaceFolder();
			if (folder === undefined)
				throw new OvenExtensionError(
					'EXTENSION_NO_EDITOR',
					'Open the discord.js bot\'s folder first, then run "Migrate from discord.js…".',
				);
			await migrateFolder(context.extensionPath, folder, log);
		},
	};
	for (const [name, entry] of Object.entries(OvenCommands) as [OvenCommandName, (typeof OvenCommands)[OvenCommandName]][]) {
		context.subscriptions.push(
			vscode.commands.registerCommand(entry.command, async (...args: unknown[]) => {
				try {
					await handlers[name](...args);
				} catch (error) {
					reportError(log, `"${entry.title}" failed`, error);
				}
			}),
		);
	}

	// Settings: the ts-plugin inside VS Code's tsserver gets the check settings through the
	// TypeScript extension; the language server reads its section itself.
	const configurePlugin = (): void => {
		configureTsPlugin(settings().checks).catch((error: unknown) => reportError(log, 'configuring the TypeScript plugin failed', error));
	};
	context.subscriptions.push(
		vscode.workspace.onDidChangeConfiguration((event) => {
			if (event.affectsConfiguration(`${SETTINGS_SECTION}.checks`)) configurePlugin();
		}),
		vscode.workspace.onDidSaveTextDocument((document) => {
			const editor = vscode.window.activeTextEditor;
			if (!settings().previewOnSave || editor?.document !== document || client === undefined) return;
			// A save outside any embed is no error: the preview only opens where there is one to show.
			void client.then((started) =>
				EmbedPreviewPanel.show(context.extensionUri, started, document.uri, editor.selection.active).catch((error: unknown) =>
					log.appendLine(`preview on save: ${error instanceof Error ? error.message : String(error)}`),
				),
			);
		}),
	);

	// Activation returns at once: the workspace scan, the plugin settings and the language
	// server start in the background, so other extensions are never held up by them.
	void (async (): Promise<void> => {
		try {
			configurePlugin();
			const bot = await isBotWorkspace();
			await vscode.commands.executeCommand('setContext', 'ovenjs.botWorkspace', bot);
			if (!bot) {
				log.appendLine('No package.json here depends on ovenjs or discord.js: the language server starts when a command needs it.');
				return;
			}
			await ensureClient();
			log.appendLine('OvenJS language server started.');
		} catch (error) {
			reportError(log, 'activation failed', error);
		}
	})();
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
	const current = client;
	client = undefined;
	if (current !== undefined) await (await current.catch(() => undefined))?.stop();
}
