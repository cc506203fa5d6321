import * as vscode from 'vscode';
import { findInspectors, type DiscoveredInspector } from './findInspectors.js';
import { InspectorConnection } from './InspectorConnection.js';
import type { InspectorMessage } from './inspectorProtocol.js';
import { webviewDocumentOptions, webviewPanelOptions } from './_webviewHost.js';
import { renderInspectorDocument } from './webview/renderInspectorDocument.js';

/**
 * The Gateway Inspector panel: finds a running inspector through its discovery file (asking
 * which when there are several, polling while there is none), connects with its token and
 * forwards the stream to the webview in batches of at most one per 50 ms.
 */
export class InspectorPanel {
	static #current: InspectorPanel | undefined;
	readonly #panel: vscode.WebviewPanel;
	readonly #log: vscode.LogOutputChannel;
	#connection: InspectorConnection | undefined;
	#poll: NodeJS.Timeout | undefined;
	#flush: NodeJS.Timeout | undefined;
	#queue: InspectorMessage[] = [];
	#disposed = false;
	/** `ovenjs.inspector.discoveryDirectory`, or undefined for the runtime's default. */
	readonly #discoveryDir: string | undefined;

	/** Opens (or reveals) the inspector and connects it. */
	static async show(extensionUri: vscode.Uri, log: vscode.LogOutputChannel, discoveryDir?: string): Promise<void> {
		if (InspectorPanel.#current !== undefined) return InspectorPanel.#current.#panel.reveal();
		const panel = new InspectorPanel(extensionUri, log, discoveryDir);
		InspectorPanel.#current = panel;
		await panel.#connect();
	}

	private constructor(extensionUri: vscode.Uri, log: vscode.LogOutputChannel, discoveryDir: string | undefined) {
		this.#log = log;
		this.#discoveryDir = discoveryDir;
		this.#panel = vscode.window.createWebviewPanel(
			'ovenjs.gatewayInspector',
			'Gateway Inspector',
			vscode.ViewColumn.Active,
			webviewPanelOptions(extensionUri),
		);
		this.#panel.webview.html = renderInspectorDocument(webviewDocumentOptions(this.#panel.webview, extensionUri, 'inspector'));
		this.#panel.onDidDispose(() => this.#dispose());
	}

	async #connect(): Promise<void> {
		if (this.#disposed) return;
		const found = await findInspectors(this.#discoveryDir);
		if (found.length === 0) {
			this.#panel.title = 'Gateway Inspector (waiting)';
			this.#poll = setTimeout(() => void this.#connect(), 2000);
			return;
		}
		let target: DiscoveredInspector | undefined = found[0];
		if (found.length > 1) {
			const pick = await vscode.window.showQuickPick(
				found.map((f) => ({ label: f.name, description: `${f.source} · pid ${f.pid}`, target: f })),
				{ placeHolder: 'Which running bot or mock?' },
			);
			target = pick?.target;
		}
		if (target === undefined || this.#disposed) return;
		const chosen = target;
		this.#log.appendLine(`Gateway Inspector: connecting to ${chosen.name} (pid ${chosen.pid})`);
		this.#connection = new InspectorConnection(chosen, {
			message: (m) => this.#enqueue(m),
			status: (status, detail) => {
				this.#panel.title = status === 'open' ? `Gateway Inspector — ${chosen.name}` : 'Gateway Inspector (disconnected)';
				this.#log.appendLine(`Gateway Inspector: ${status}${detail === undefined ? '' : ` (${detail})`}`);
				if (status === 'closed' && !this.#disposed) {
					this.#connection = undefined;
					this.#poll = setTimeout(() => void this.#connect(), 2000);
				}
			},
		});
	}

	#enqueue(message: InspectorMessage): void {
		this.#queue.push(message);
		this.#flush ??= setTimeout(() => {
			this.#flush = undefined;
			const batch = this.#queue.splice(0);
			void this.#panel.webview.postMessage(batch);
		}, 50);
	}

	#dispose(): void {
		this.#disposed = true;
		clearTimeout(this.#poll);
		clearTimeout(this.#flush);
		this.#connection?.close();
		if (InspectorPanel.#current === this) InspectorPanel.#current = undefined;
	}
}
