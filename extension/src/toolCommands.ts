/**
 * "Start/Stop Mock Discord" and "Migrate from discord.js…": the bundled tools run in child
 * processes with progress in a notification, their output in an output channel, and the real
 * outcome (the mock's URLs, the migration's counts or the tool's own error) reported at the end.
 */
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { BundledTools, resolveTool } from './bundledTools.js';
import { workspaceMentionNames } from './mentionNames.js';
import { OvenExtensionError } from './OvenExtensionError.js';
import { runMigration, startMock, type RunningMock } from './toolProcesses.js';

/** Asks for a recorded session to replay (a `.jsonl` file), starting in `folder`. */
export async function pickRecording(folder: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
	const picked = await vscode.window.showOpenDialog({
		title: 'A session recorded by the Gateway Inspector or OVEN_RECORD',
		filters: { 'Recorded sessions': ['jsonl'] },
		openLabel: 'Replay',
		...(folder === undefined ? {} : { defaultUri: folder }),
	});
	return picked?.[0];
}

/** The mock this window started, if it is still running. */
export class MockDiscordSession implements vscode.Disposable {
	readonly #extensionPath: string;
	readonly #output: vscode.OutputChannel;
	#running: RunningMock | undefined;

	constructor(extensionPath: string) {
		this.#extensionPath = extensionPath;
		this.#output = vscode.window.createOutputChannel('OvenJS Mock Discord');
	}

	/**
	 * Starts the mock in `folder` (or shows the one already running) and offers what to do with
	 * it. With `replay`, a mock that plays that recorded session (`oven-mock --replay`) takes the
	 * place of any running one.
	 */
	async start(folder: vscode.Uri | undefined, replay?: vscode.Uri): Promise<void> {
		if (replay !== undefined && this.#running !== undefined) {
			const previous = this.#running;
			this.#running = undefined;
			await previous.stop();
		}
		if (this.#running === undefined) {
			const module = resolveTool(this.#extensionPath, BundledTools.mock);
			const cwd = folder?.fsPath ?? process.cwd();
			this.#output.appendLine(`Starting ${module} in ${cwd}${replay === undefined ? '' : ` to replay ${replay.fsPath}`}`);
			const running = await vscode.window.withProgress(
				{ location: vscode.ProgressLocation.Notification, title: 'OvenJS: starting Mock Discord…' },
				() => startMock(module, cwd, (line) => this.#output.appendLine(line), replay === undefined ? {} : { replay: replay.fsPath }),
			);
			this.#running = running;
			void running.exited.then((code) => {
				if (this.#running !== running) return;
				this.#running = undefined;
				this.#output.appendLine(`Mock Discord exited with code ${String(code)}.`);
				void vscode.window.showWarningMessage(`OvenJS: Mock Discord stopped (exit code ${String(code)}).`, 'Show Log').then((choice) => {
					if (choice === 'Show Log') this.#output.show();
				});
			});
		}
		const { connection } = this.#running;
		this.#output.appendLine(`Mock Discord is running: API ${connection.api}, gateway ${connection.gateway}`);
		// Its users, channels and roles name the mentions in the Embed Preview.
		void fetch(`${connection.control}/state`)
			.then(async (response) => (response.ok ? workspaceMentionNames.addMockState(await response.json()) : undefined))
			.catch(() => undefined);
		const env = `OVEN_API_URL=${connection.api} DISCORD_TOKEN=${connection.token}`;
		const choice = await vscode.window.showInformationMessage(
			`OvenJS: Mock Discord is running at ${connection.api}${replay === undefined ? '' : `, replaying ${basename(replay.fsPath)} to the first bot that connects`}. Run your bot with OVEN_API_URL and DISCORD_TOKEN set to its values.`,
			'Copy Environment',
			'Open Gateway Inspector',
			'Show Log',
		);
		if (choice === 'Copy Environment') await vscode.env.clipboard.writeText(env);
		else if (choice === 'Open Gateway Inspector') await vscode.commands.executeCommand('ovenjs.openGatewayInspector');
		else if (choice === 'Show Log') this.#output.show();
	}

	/** Stops the mock this window started. */
	async stop(): Promise<void> {
		const running = this.#running;
		if (running === undefined) {
			void vscode.window.showInformationMessage('OvenJS: no Mock Discord started from this window is running.');
			return;
		}
		this.#running = undefined;
		await running.stop();
		this.#output.appendLine('Mock Discord stopped.');
		void vscode.window.showInformationMessage('OvenJS: Mock Discord stopped.');
	}

	dispose(): void {
		void this.#running?.stop();
		this.#running = undefined;
		this.#output.dispose();
	}
}

/**
 * Runs oven-migrate on `folder` as a dry run, reports what it would change, and applies it
 * (`--write`) when the user asks.
 */
export async function migrateFolder(extensionPath: string, folder: vscode.Uri, output: vscode.OutputChannel): Promise<void> {
	const module = resolveTool(extensionPath, BundledTools.migrate);
	const run = (write: boolean) =>
		vscode.window.withProgress(
			{ location: vscode.ProgressLocation.Notification, title: write ? 'OvenJS: migrating…' : 'OvenJS: migration dry run…' },
			(progress) =>
				runMigration(module, folder.fsPath, {
					write,
					log: (line) => output.appendLine(line),
					onProgress: (line) => progress.report({ message: line }),
				}),
		);
	output.appendLine(`oven-migrate (dry run) in ${folder.fsPath}`);
	const dry = await run(false);
	const { files, changed, todos } = dry.report.summary;
	if (files === 0) {
		throw new OvenExtensionError('EXTENSION_MIGRATION_FAILED', `oven-migrate found no JavaScript or TypeScript files in ${folder.fsPath}.`);
	}
	const reportUri = vscode.Uri.file(dry.markdownReport);
	const choice = await vscode.window.showInformationMessage(
		`OvenJS: the dry run would change ${changed} of ${files} files and leave ${todos} places for you (see oven-migration-report.md). Nothing was written yet.`,
		'Apply',
		'Open Report',
		'Show Diff',
	);
	if (choice === 'Open Report') await vscode.window.showTextDocument(reportUri);
	else if (choice === 'Show Diff') output.show();
	else if (choice === 'Apply') {
		output.appendLine(`oven-migrate --write in ${folder.fsPath}`);
		const applied = await run(true);
		const summary = applied.report.summary;
		const next = await vscode.window.showInformationMessage(
			`OvenJS: migrated ${summary.changed} of ${summary.files} files; ${summary.todos} places are marked "// oven-migrate:" for you.`,
			'Open Report',
		);
		if (next === 'Open Report') await vscode.window.showTextDocument(reportUri);
	}
}
