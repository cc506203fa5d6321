import { OvenExtensionError } from '../OvenExtensionError.js';
import { escapeHtml } from './_html.js';

/** What every webview document needs from the extension host. */
export interface WebviewDocumentOptions {
	/** A fresh random nonce per document (base64 or hex, at least 16 characters). */
	readonly nonce: string;
	/** The webview's `cspSource` (`webview.cspSource`, one or more source expressions), allowed for images, styles and fonts. */
	readonly cspSource: string;
	/** The webview URI of the bundled client script (`webview.asWebviewUri(...)`). */
	readonly scriptUri: string;
}

/**
 * The Content-Security-Policy every OvenJS webview uses: nothing by default, images over
 * https or data, styles and scripts only with the document's nonce.
 */
export function webviewCsp(options: Pick<WebviewDocumentOptions, 'nonce' | 'cspSource'>): string {
	if (!/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(options.nonce))
		throw new OvenExtensionError(
			'EXTENSION_INVALID_OPTION',
			'The webview nonce must be 16+ base64/hex characters; generate it with crypto.randomBytes(16).toString("base64").',
		);
	// VS Code's cspSource may hold several sources ("'self' https://*.vscode-cdn.net"); it must not end the directive.
	if (/[;,"<>\n\r]/.test(options.cspSource))
		throw new OvenExtensionError(
			'EXTENSION_INVALID_OPTION',
			'The cspSource must be CSP source expressions only (pass webview.cspSource), without ";" or ",".',
		);
	const src = options.cspSource === '' ? '' : `${options.cspSource} `;
	return [
		"default-src 'none'",
		// Local servers (a bot's dev server, the mock) for embed images; nothing else over plain http.
		`img-src ${src}https: data: http://localhost:* http://127.0.0.1:*`,
		`style-src ${src}'nonce-${options.nonce}'`,
		`script-src 'nonce-${options.nonce}'`,
		`font-src ${src}`.trimEnd(),
		"base-uri 'none'",
		"form-action 'none'",
	]
		.filter((d) => d !== 'font-src')
		.join('; ');
}

/** A full HTML document around `body` with the CSP meta, nonce'd styles and the client script. */
export function webviewDocument(title: string, options: WebviewDocumentOptions, styles: string, dataCss: string, body: string): string {
	const nonce = escapeHtml(options.nonce);
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(webviewCsp(options))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${styles}</style>
<style nonce="${nonce}" id="oven-data-style">${dataCss.replace(/</g, '\\3c ')}</style>
</head>
<body>
${body}
<script nonce="${nonce}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>
`;
}
