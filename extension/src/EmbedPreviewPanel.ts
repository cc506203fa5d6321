import type { EmbedPreviewParams, EmbedPreviewResult } from '@ovenjs/language-server';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { webviewDocumentOptions, webviewPanelOptions } from './_webviewHost.js';
import { workspaceMentionNames } from './mentionNames.js';
import { widenedPreviewLayout } from './previewLayout.js';
import type { EmbedPreviewMessage } from './webviewMessages.js';
import { renderEmbedPreviewDocument } from './webview/renderEmbedPreviewDocument.js';

/**
 * A new preview beside the editor gets half of it, which in a narrow window squeezes the embed:
 * the group is widened once, at opening, to the width Discord shows an embed at (never later,
 * so a width the user chose stays).
 */
async function widenPreview(panel: vscode.WebviewPanel): Promise<void> {
	// A panel opened `Beside` learns its column from the workbench a moment later.
	const column = panel.viewColumn ?? (await columnOf(panel));
	if (column === undefined) return;
	try {
		const layout = widenedPreviewLayout(await vscode.commands.executeCommand<unknown>('vscode.getEditorLayout'), column);
		if (layout !== undefined) await vscode.commands.executeCommand('vscode.setEditorLayout', layout);
	} catch {
		// An editor without these layout commands keeps its own split.
	}
}

/** The panel's column once the workbench has placed it (within 10 s), else undefined. */
function columnOf(panel: vscode.WebviewPanel): Promise<vscode.ViewColumn | undefined> {
	return new Promise((resolve) => {
		const timer = setTimeout(() => {
			listener.dispose();
			resolve(panel.viewColumn);
		}, 10_000);
		const listener = panel.onDidChangeViewState(({ webviewPanel }) => {
			if (webviewPanel.viewColumn === undefined) return;
			clearTimeout(timer);
			listener.dispose();
			resolve(webviewPanel.viewColumn);
		});
	});
}

/** `oven/embedPreview`, as the language server's protocol names it. */
const EmbedPreviewMethod = 'oven/embedPreview';

/**
 * The Embed Preview panel: one per window. Asks the language server for the payload at a
 * position, re-asks as the document changes (debounced) or the cursor moves inside it, and
 * posts each result to the webview, which re-renders.
 */
export class EmbedPreviewPanel {
	static #current: EmbedPreviewPanel | undefined;
	readonly #panel: vscode.WebviewPanel;
	readonly #client: LanguageClient;
	readonly #disposables: vscode.Disposable[] = [];
	#uri: vscode.Uri;
	#position: vscode.Position;
	#timer: NodeJS.Timeout | undefined;
	#version = 0;

	/** Shows the preview for `position` in `uri`, reusing the open panel. */
	static async show(extensionUri: vscode.Uri, client: LanguageClient, uri: vscode.Uri, position: vscode.Position): Promise<void> {
		if (EmbedPreviewPanel.#current === undefined) {
			EmbedPreviewPanel.#current = new EmbedPreviewPanel(extensionUri, client, uri, position);
			// Alongside the first render: on a busy machine the workbench may take a while to place the panel.
			void widenPreview(EmbedPreviewPanel.#current.#panel);
		}
		const current = EmbedPreviewPanel.#current;
		current.#uri = uri;
		current.#position = position;
		current.#panel.reveal(vscode.ViewColumn.Beside, true);
		await current.#refresh();
	}

	private constructor(extensionUri: vscode.Uri, client: LanguageClient, uri: vscode.Uri, position: vscode.Position) {
		this.#client = client;
		this.#uri = uri;
		this.#position = position;
		this.#panel = vscode.window.createWebviewPanel(
			'ovenjs.embedPreview',
			'Embed Preview',
			{ viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
			webviewPanelOptions(extensionUri),
		);
		this.#panel.webview.html = renderEmbedPreviewDocument(
			{ embeds: [] },
			webviewDocumentOptions(this.#panel.webview, extensionUri, 'embedPreview'),
		);
		this.#disposables.push(
			this.#panel.onDidDispose(() => this.#dispose()),
			vscode.workspace.onDidChangeTextDocument((event) => {
				if (event.document.uri.toString() !== this.#uri.toString()) return;
				for (const change of event.contentChanges) this.#position = shift(this.#position, change);
				this.#schedule();
			}),
			vscode.window.onDidChangeTextEditorSelection((event) => {
				if (event.textEditor.document.uri.toString() !== this.#uri.toString()) return;
				const cursor = event.selections[0]?.active;
				if (cursor !== undefined) this.#schedule(cursor);
			}),
		);
	}

	/** Debounces requests while the user types or moves the cursor (one request per pause). */
	#schedule(cursor?: vscode.Position): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#refresh(cursor), cursor === undefined ? 200 : 120);
	}

	/** Asks at `cursor` (adopted only if it is inside a payload) or at the tracked position. */
	async #refresh(cursor?: vscode.Position): Promise<void> {
		const version = ++this.#version;
		const position = cursor ?? this.#position;
		const params: EmbedPreviewParams = {
			textDocument: { uri: this.#uri.toString() },
			position: { line: position.line, character: position.character },
		};
		let result: EmbedPreviewResult | null;
		try {
			result = await this.#client.sendRequest<EmbedPreviewResult | null>(EmbedPreviewMethod, params);
		} catch (error) {
			void vscode.window.showWarningMessage(`OvenJS: the embed preview failed: ${error instanceof Error ? error.message : String(error)}`);
			return;
		}
		if (version !== this.#version) return;
		if (cursor !== undefined) {
			if (result === null) return;
			this.#position = cursor;
		}
		const message: EmbedPreviewMessage = { type: 'update', preview: result, names: workspaceMentionNames.names() };
		await this.#panel.webview.postMessage(message);
	}

	#dispose(): void {
		clearTimeout(this.#timer);
		for (const d of this.#disposables.splice(0)) d.dispose();
		if (EmbedPreviewPanel.#current === this) EmbedPreviewPanel.#current = undefined;
	}
}

/** Moves `position` by one text change before it, so the preview keeps following its payload. */
function shift(position: vscode.Position, change: vscode.TextDocumentContentChangeEvent): vscode.Position {
	const { start, end } = change.range;
	if (end.isAfter(position)) return position;
	const lines = change.text.split('\n');
	const lineDelta = lines.length - 1 - (end.line - start.line);
	if (end.line !== position.line) return position.translate(lineDelta);
	const lastLength = lines.at(-1)?.length ?? 0;
	const character = (lines.length === 1 ? start.character + lastLength : lastLength) + (position.character - end.character);
	return new vscode.Position(position.line + lineDelta, character);
}
