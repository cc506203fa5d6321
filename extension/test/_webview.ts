/**
 * Test helper: bundles the webview client scripts with esbuild (as `npm run build:bundle`
 * does) and loads a webview document in real headless Chromium, serving it from a fake
 * origin through route interception. Every other request is recorded and refused.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
	if (process.env['CI'] !== undefined)
		throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium package (apt-get install chromium).`);
	console.warn(`\n!!! SKIPPING the webview tests: no Chromium at ${chromiumPath} (apt-get install chromium) !!!\n`);
}

export const origin = 'https://webview.test';
export const cspSource = origin;
export const scriptUri = `${origin}/client.js`;
export const nonce = 'dGVzdC1ub25jZS0xMjM0NTY3OA==';

/** Bundles one webview client entry (`src/webview/<name>.ts`) to an IIFE string. */
export async function bundleClient(name: 'embedPreviewClient' | 'inspectorClient'): Promise<string> {
	const result = await build({
		entryPoints: [fileURLToPath(new URL(`../src/webview/${name}.ts`, import.meta.url))],
		bundle: true,
		write: false,
		format: 'iife',
		platform: 'browser',
		target: 'chrome120',
		conditions: ['@ovenjs/source'],
		logLevel: 'silent',
	});
	return result.outputFiles[0]?.text ?? '';
}

/** Launches Debian's Chromium headless. */
export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
}

/** A loaded webview page and what it tried to do. */
export interface LoadedWebview {
	readonly page: Page;
	/** URLs requested other than the document and its script (images included). */
	readonly requests: string[];
	/** Messages of any alert/confirm/prompt dialog. */
	readonly dialogs: string[];
	/** CSP violations reported by the page (`directive blockedURI`). */
	cspViolations(): Promise<string[]>;
	/** What the page asked of the extension host (`acquireVsCodeApi().postMessage`). */
	posted(): Promise<unknown[]>;
}

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/**
 * Opens `html` at `${origin}/index.html` with `script` at `scriptUri`. Requests to
 * `imageHosts` get a 1×1 PNG; everything else is recorded and aborted.
 */
export async function openWebview(
	browser: Browser,
	html: string,
	script: string,
	imageHosts: readonly string[] = [],
): Promise<LoadedWebview> {
	const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
	const requests: string[] = [];
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[]; __posted: unknown[]; acquireVsCodeApi: () => { postMessage(m: unknown): void } };
		w.__csp = [];
		w.__posted = [];
		// What VS Code gives a webview to talk to its extension: here it records what was asked.
		w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => void w.__posted.push(m) });
		document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	await page.route('**/*', async (route) => {
		const url = route.request().url();
		if (url === `${origin}/index.html`) return route.fulfill({ status: 200, contentType: 'text/html', body: html });
		if (url === scriptUri) return route.fulfill({ status: 200, contentType: 'application/javascript', body: script });
		requests.push(url);
		if (imageHosts.some((h) => new URL(url).host === h)) return route.fulfill({ status: 200, contentType: 'image/png', body: png });
		return route.abort();
	});
	await page.goto(`${origin}/index.html`);
	return {
		page,
		requests,
		dialogs,
		cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
		posted: () => page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted),
	};
}
