import { writeFile } from 'node:fs/promises';
import { SessionRecorder } from 'ovenjs/inspector';
import type { InspectorHello, InspectorMessage } from 'ovenjs/inspector/protocol';
import * as vscode from 'vscode';
import { findInspectors, type DiscoveredInspector } from './findInspectors.js';
import { InspectorConnection } from './InspectorConnection.js';
import { workspaceMentionNames } from './mentionNames.js';
import { widestColumn } from './previewLayout.js';
import { toInspectorViewMessage, type InspectorHostMessage } from './webviewMessages.js';
import { webviewDocumentOptions, webviewPanelOptions } from './_webviewHost.js';
import { renderInspectorDocument } from './webview/renderInspectorDocument.js';

/** How one inspector is shown in the picker and the log: its name and pid, once. */
function describe(target: DiscoveredInspector): string {
	return `${target.name} (pid ${target.pid})`;
}

/**
 * Asks which inspector to follow when several run. Asked before the panel opens (a webview
 * that opens takes the focus, which closed the picker by itself), and kept open when the
 * focus moves.
 */
/**
 * The widest editor group: the inspector's table needs the room, and the active group may be
 * the code column an Embed Preview narrowed beside it.
 */
async function inspectorColumn(): Promise<vscode.ViewColumn> {
	try {
		return widestColumn(await vscode.commands.executeCommand<unknown>('vscode.getEditorLayout')) ?? vscode.ViewColumn.Active;
	} catch {
		// An editor without the layout command: VS Code's choice.
		return vscode.ViewColumn.Active;
	}
}

async function pick(
	found: readonly DiscoveredInspector[],
	current: DiscoveredInspector | undefined,
): Promise<DiscoveredInspector | undefined> {
	if (found.length <= 1) return found[0];
	const choice = await vscode.window.showQuickPick(
		found.map((target) => ({
			label: target.name,
			description: `${target.source === 'mock' ? 'mock Discord' : 'bot'} · pid ${target.pid}${target.url === current?.url ? ' · shown now' : ''}`,
			target,
		})),
		{ placeHolder: 'Which running bot or mock?', ignoreFocusOut: true },
	);
	return choice?.target;
}

/**
 * The Gateway Inspector panel: finds running inspectors through their discovery files (asking
 * which when there are several, waiting while there is none), connects with the access
 * token and forwards the stream to the webview in batches of at most one per 50 ms. Running
 * the command again offers the others; the webview's Copy, Export and Record are done here.
 */
export class InspectorPanel {
	static #current: InspectorPanel | undefined;
	readonly #panel: vscode.WebviewPanel;
	readonly #log: vscode.LogOutputChannel;
	readonly #discoveryDir: string | undefined;
	#target: DiscoveredInspector | undefined;
	#connection: InspectorConnection | undefined;
	#connected = false;
	#hello: InspectorHello | undefined;
	#recorder: SessionRecorder | undefined;
	#recorded = 0;
	#poll: NodeJS.Timeout | undefined;
	#flush: NodeJS.Timeout | undefined;
	#queue: InspectorMessage[] = [];
	/** The stream since `hello` (bounded), so a recording started late still has READY and the guilds. */
	#history: InspectorMessage[] = [];
	readonly #refused = new Set<string>();
	#disposed = false;

	/**
	 * Opens (or reveals) the inspector. With several inspectors running it asks which first;
	 * with none it opens and waits for one. `discoveryDir` overrides the runtime's folders.
	 */
	static async show(extensionUri: vscode.Uri, log: vscode.LogOutputChannel, discoveryDir?: string): Promise<void> {
		const current = InspectorPanel.#current;
		const found = await findInspectors(discoveryDir);
		if (current !== undefined && current.#connected && found.length <= 1) return current.#panel.reveal();
		const target = await pick(found, current === undefined ? undefined : current.#target);
		if (target === undefined && found.length > 1) {
			if (current !== undefined) current.#panel.reveal();
			return;
		}
		const panel = current ?? (InspectorPanel.#current = new InspectorPanel(extensionUri, log, discoveryDir, await inspectorColumn()));
		panel.#panel.reveal();
		if (target === undefined) panel.#wait();
		else if (target.url !== panel.#target?.url || !panel.#connected) panel.#connect(target);
	}

	private constructor(extensionUri: vscode.Uri, log: vscode.LogOutputChannel, discoveryDir: string | undefined, column: vscode.ViewColumn) {
		this.#log = log;
		this.#discoveryDir = discoveryDir;
		this.#panel = vscode.window.createWebviewPanel(
			'ovenjs.gatewayInspector',
			'Gateway Inspector',
			column,
			webviewPanelOptions(extensionUri),
		);
		this.#panel.webview.html = renderInspectorDocument(webviewDocumentOptions(this.#panel.webview, extensionUri, 'inspector'));
		this.#panel.onDidDispose(() => this.#dispose());
		this.#panel.webview.onDidReceiveMessage((value: unknown) => void this.#onView(value));
	}

	#post(message: InspectorHostMessage): void {
		void this.#panel.webview.postMessage(message);
	}

	/** Polls the discovery folders until one inspector can be followed without asking. */
	#wait(detail = 'Waiting for a running bot or mock: start one with OVEN_INSPECT=1, or node --import @ovenjs/inspect bot.js.'): void {
		clearTimeout(this.#poll);
		this.#panel.title = 'Gateway Inspector (waiting)';
		this.#post({ type: 'connection', state: 'waiting', detail });
		this.#poll = setTimeout(() => void this.#retry(), 2000);
	}

	async #retry(): Promise<void> {
		if (this.#disposed) return;
		const found = (await findInspectors(this.#discoveryDir)).filter((f) => !this.#refused.has(f.url));
		const again = found.find((f) => f.url === this.#target?.url);
		if (again !== undefined || found.length === 1) this.#connect((again ?? found[0]) as DiscoveredInspector);
		else if (found.length > 1) this.#wait(`${found.length} bots or mocks are running: run "OvenJS: Open Gateway Inspector" to choose one.`);
		else this.#wait();
	}

	#connect(target: DiscoveredInspector): void {
		if (this.#disposed) return;
		clearTimeout(this.#poll);
		this.#connection?.close();
		void this.#stopRecording();
		if (this.#target !== undefined && this.#target.url !== target.url) {
			this.#queue = [];
			this.#post({ type: 'reset' });
		}
		this.#target = target;
		this.#connected = false;
		this.#hello = undefined;
		this.#history = [];
		this.#log.appendLine(`Gateway Inspector: connecting to ${describe(target)}`);
		this.#post({ type: 'connection', state: 'waiting', detail: `Connecting to ${describe(target)}…` });
		const connection = new InspectorConnection(target, {
			message: (m) => this.#enqueue(m),
			status: (status, detail) => {
				if (connection !== this.#connection) return;
				this.#log.appendLine(`Gateway Inspector: ${describe(target)} ${status}${detail === undefined ? '' : ` (${detail})`}`);
				if (status === 'open') {
					this.#connected = true;
					this.#panel.title = `Gateway Inspector — ${target.name}`;
					this.#post({ type: 'connection', state: 'connected', detail: `${describe(target)}` });
					return;
				}
				this.#connected = false;
				this.#connection = undefined;
				void this.#stopRecording();
				if (status === 'incompatible') {
					this.#refused.add(target.url);
					this.#panel.title = 'Gateway Inspector (update needed)';
					this.#post({ type: 'connection', state: 'incompatible', detail: detail ?? '' });
					void vscode.window.showErrorMessage(`OvenJS: ${detail ?? 'the bot speaks a newer inspector protocol.'}`);
					return;
				}
				this.#panel.title = 'Gateway Inspector (disconnected)';
				this.#post({
					type: 'connection',
					state: 'disconnected',
					detail: `${describe(target)} went away (${detail ?? 'closed'}); waiting for it to come back.`,
				});
				if (!this.#disposed) this.#poll = setTimeout(() => void this.#retry(), 2000);
			},
		});
		this.#connection = connection;
	}

	#enqueue(message: InspectorMessage): void {
		if (message.type === 'hello') {
			this.#hello = message;
			this.#post({
				type: 'connection',
				state: 'connected',
				detail: `${message.name} (pid ${message.pid}) · ${message.library} · protocol ${message.protocol}`,
			});
		} else {
			this.#history.push(message);
			if (this.#history.length > 5000) this.#history.splice(0, this.#history.length - 5000);
		}
		workspaceMentionNames.add(message);
		if (this.#recorder !== undefined) {
			this.#recorder.write(JSON.stringify(message));
			this.#recorded += 1;
		}
		this.#queue.push(message);
		this.#flush ??= setTimeout(() => {
			this.#flush = undefined;
			this.#post(this.#queue.splice(0));
		}, 50);
	}

	async #onView(value: unknown): Promise<void> {
		const message = toInspectorViewMessage(value);
		if (message === undefined) return;
		switch (message.type) {
			case 'copy':
				await vscode.env.clipboard.writeText(message.text);
				void vscode.window.setStatusBarMessage('OvenJS: event copied as JSON', 3000);
				return;
			case 'export': {
				const uri = await vscode.window.showSaveDialog({
					...this.#suggest('inspector-export'),
					filters: { 'Inspector stream (JSONL)': ['jsonl'] },
					saveLabel: `Export ${message.rows} rows`,
				});
				if (uri === undefined) return;
				await writeFile(uri.fsPath, message.text, { mode: 0o600 });
				void vscode.window.showInformationMessage(`OvenJS: exported ${message.rows} rows to ${uri.fsPath}.`);
				return;
			}
			case 'record':
				if (message.on) await this.#startRecording();
				else await this.#stopRecording(true);
				return;
		}
	}

	/** `{ defaultUri }` in the workspace folder, stamped with the time; nothing without a folder. */
	#suggest(stem: string): { defaultUri: vscode.Uri } | Record<string, never> {
		const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
		const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
		return folder === undefined ? {} : { defaultUri: vscode.Uri.joinPath(folder, `${stem}-${stamp}.jsonl`) };
	}

	async #startRecording(): Promise<void> {
		if (this.#recorder !== undefined || this.#hello === undefined) {
			if (this.#hello === undefined) void vscode.window.showWarningMessage('OvenJS: connect to a bot before recording.');
			return;
		}
		const uri = await vscode.window.showSaveDialog({
			...this.#suggest('session'),
			filters: { 'Recorded session (JSONL)': ['jsonl'] },
			saveLabel: 'Record',
		});
		if (uri === undefined || this.#hello === undefined) return;
		const recorder = new SessionRecorder(uri.fsPath);
		recorder.write(JSON.stringify({ ...this.#hello, replayed: 0 }));
		for (const message of this.#history) recorder.write(JSON.stringify(message));
		this.#recorder = recorder;
		this.#recorded = this.#history.length;
		this.#post({ type: 'recording', file: uri.fsPath });
		this.#log.appendLine(`Gateway Inspector: recording to ${uri.fsPath}`);
	}

	async #stopRecording(tell = false): Promise<void> {
		const recorder = this.#recorder;
		if (recorder === undefined) return;
		this.#recorder = undefined;
		this.#post({ type: 'recording', file: null });
		await recorder.close();
		this.#log.appendLine(`Gateway Inspector: recorded ${this.#recorded} messages to ${recorder.file}`);
		if (tell)
			void vscode.window.showInformationMessage(
				`OvenJS: recorded ${this.#recorded} messages to ${recorder.file}. Replay: npx -p @ovenjs/mock-discord oven-mock --replay "${recorder.file}"`,
			);
	}

	#dispose(): void {
		this.#disposed = true;
		clearTimeout(this.#poll);
		clearTimeout(this.#flush);
		this.#connection?.close();
		void this.#stopRecording();
		if (InspectorPanel.#current === this) InspectorPanel.#current = undefined;
	}
}
