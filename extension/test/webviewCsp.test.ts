import { describe, expect, it } from 'vitest';
import { renderEmbedPreviewDocument, renderInspectorDocument, webviewCsp } from 'ovenjs-vscode';

const options = {
	nonce: 'abcdefghijklmnop0123==',
	cspSource: 'https://*.vscode-cdn.net',
	scriptUri: 'https://file.vscode-cdn.net/x/embedPreview.js',
};

describe('webviewCsp', () => {
	it('allows only nonce scripts and styles, https/data/local-server images, nothing else', () => {
		expect(webviewCsp(options)).toBe(
			"default-src 'none'; img-src https://*.vscode-cdn.net https: data: http://localhost:* http://127.0.0.1:*; style-src https://*.vscode-cdn.net 'nonce-abcdefghijklmnop0123=='; " +
				"script-src 'nonce-abcdefghijklmnop0123=='; font-src https://*.vscode-cdn.net; base-uri 'none'; form-action 'none'",
		);
	});

	it("accepts VS Code's multi-source cspSource", () => {
		expect(webviewCsp({ ...options, cspSource: "'self' https://*.vscode-cdn.net" })).toContain(
			"img-src 'self' https://*.vscode-cdn.net https: data: http://localhost:* http://127.0.0.1:*;",
		);
	});

	it('refuses a short nonce or a cspSource that would add directives', () => {
		expect(() => webviewCsp({ ...options, nonce: 'short' })).toThrow(/nonce/);
		expect(() => webviewCsp({ ...options, nonce: 'short' })).toThrow(expect.objectContaining({ code: 'EXTENSION_INVALID_OPTION' }));
		expect(() => webviewCsp({ ...options, cspSource: "x; script-src 'unsafe-inline'" })).toThrow(/cspSource/);
	});

	it('puts the CSP meta first and nonces on every style and script', () => {
		for (const html of [renderEmbedPreviewDocument({ embeds: [] }, options), renderInspectorDocument(options)]) {
			expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<style'));
			expect(html.match(/<(script|style)\b[^>]*>/g)?.every((tag) => tag.includes(`nonce="${options.nonce}"`))).toBe(true);
			expect(html).not.toMatch(/\son[a-z]+=/);
			expect(html).not.toMatch(/\sstyle="/);
		}
	});
});
