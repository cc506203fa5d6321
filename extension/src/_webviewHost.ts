import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { WebviewDocumentOptions } from './webview/renderEmbedPreviewDocument.js';

/** Options for a webview that runs only the bundled `dist/webview/<script>.js` (scripts on, nothing else reachable). */
export function webviewPanelOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
	return {
		enableScripts: true,
		enableCommandUris: false,
		enableForms: false,
		retainContextWhenHidden: true,
		localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')],
	};
}

/** A fresh nonce, the webview's cspSource and the client script's webview URI. */
export function webviewDocumentOptions(
	webview: vscode.Webview,
	extensionUri: vscode.Uri,
	script: 'embedPreview' | 'inspector',
): WebviewDocumentOptions {
	return {
		nonce: randomBytes(18).toString('base64'),
		cspSource: webview.cspSource,
		scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', `${script}.js`)).toString(),
	};
}
