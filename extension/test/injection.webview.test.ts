import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmbedPreviewDocument, renderInspectorDocument } from 'ovenjs-vscode';
import { evil, evilPreview } from './_fixtures.js';
import { bundleClient, cspSource, hasChromium, launch, nonce, openWebview, scriptUri, type LoadedWebview } from './_webview.js';

async function pwned(view: LoadedWebview): Promise<unknown> {
	return view.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

/** Elements with an event-handler attribute, `javascript:`/`data:` URLs, or scripts other than ours. */
async function dangerous(view: LoadedWebview): Promise<string[]> {
	return view.page.evaluate(() => {
		const found: string[] = [];
		for (const el of document.querySelectorAll('*')) {
			for (const attr of el.attributes) {
				if (attr.name.startsWith('on')) found.push(`${el.tagName} ${attr.name}`);
				if (['href', 'src', 'action', 'formaction'].includes(attr.name) && !/^https:\/\//.test(attr.value))
					found.push(`${el.tagName} ${attr.name}=${attr.value}`);
			}
			if (['IFRAME', 'OBJECT', 'EMBED', 'FORM', 'BASE', 'SVG'].includes(el.tagName.toUpperCase())) found.push(el.tagName);
		}
		if (document.scripts.length !== 1) found.push(`${document.scripts.length} scripts`);
		return found;
	});
}

async function hoverAndClickEverything(view: LoadedWebview): Promise<void> {
	for (const handle of await view.page.$$('main *')) {
		await handle.hover({ force: true, timeout: 1000 }).catch(() => undefined);
	}
	for (const handle of await view.page.$$('a')) await handle.click({ force: true, timeout: 1000 }).catch(() => undefined);
}

describe.skipIf(!hasChromium)('webviews render user text inert', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('the harness notices script execution, dialogs and requests (control: unescaped HTML, no CSP)', async () => {
		const view = await openWebview(browser, `<!DOCTYPE html><body>${evil}</body>`, '');
		await view.page.waitForFunction(() => (window as unknown as { __pwned?: unknown }).__pwned !== undefined);
		await view.page.waitForTimeout(200);
		expect(await pwned(view)).toBeDefined();
		expect(view.dialogs.length).toBeGreaterThan(0);
		expect(view.requests).toContain('https://webview.test/x');
		expect((await dangerous(view)).length).toBeGreaterThan(0);
	});

	it('Embed Preview: hostile text in every field executes nothing and loads nothing', async () => {
		const html = renderEmbedPreviewDocument(evilPreview, { nonce, cspSource, scriptUri });
		const view = await openWebview(browser, html, await bundleClient('embedPreviewClient'));
		// The hostile text is shown as text.
		expect(await view.page.textContent('.embed-title')).toContain('<img src=x onerror=');
		expect(await view.page.textContent('.embed-description')).toContain('[click me](javascript:window.__pwned=3)');
		expect(await view.page.$$('.embed-description a')).toHaveLength(0);
		await hoverAndClickEverything(view);
		// The same payload through the live-update path.
		await view.page.evaluate(
			(preview) => window.postMessage({ type: 'update', preview }, '*'),
			JSON.parse(JSON.stringify(evilPreview)) as unknown,
		);
		await view.page.waitForFunction(() => document.body.dataset['renders'] === '1');
		await hoverAndClickEverything(view);
		await view.page.waitForTimeout(300);
		expect(await pwned(view)).toBeUndefined();
		expect(view.dialogs).toEqual([]);
		expect(view.requests).toEqual([]);
		expect(await dangerous(view)).toEqual([]);
		expect(await view.cspViolations()).toEqual([]);
		expect(view.page.url()).toBe('https://webview.test/index.html');
	});

	it('Gateway Inspector: hostile packet names and payloads execute nothing and load nothing', async () => {
		const view = await openWebview(
			browser,
			renderInspectorDocument({ nonce, cspSource, scriptUri }),
			await bundleClient('inspectorClient'),
		);
		await view.page.evaluate((text) => {
			window.postMessage(
				[
					{ type: 'hello', protocol: 1, source: 'bot', library: text, name: text, pid: 1, replayed: 0 },
					{
						type: 'packet',
						shardId: 0,
						direction: 'in',
						op: 0,
						t: text,
						guildId: text,
						payload: { op: 0, t: text, d: { guild_id: text, content: text, [text]: [text] } },
						at: Date.now(),
					},
					{
						type: 'rest',
						id: 1,
						method: text,
						route: text,
						path: text,
						status: 429,
						durationMs: 1,
						attempt: 1,
						bucket: text,
						remaining: 0,
						limit: 1,
						resetAfterMs: 5,
						requestBody: { [text]: text },
						responseBody: text,
						at: Date.now(),
					},
					{
						type: 'rateLimit',
						info: {
							method: text,
							route: text,
							bucket: text,
							majorParameter: text,
							limit: 1,
							retryAfterMs: 5,
							scope: 'user',
							fromResponse: true,
						},
						at: Date.now(),
					},
					{ type: 'shard', shardId: 0, status: text, latencyMs: 42, at: Date.now() },
					{ type: 'cache', sizes: { [text]: 1 }, at: Date.now() },
				],
				'*',
			);
		}, evil);
		await view.page.waitForSelector('#event-rows tr');
		await view.page.click('#event-rows tr');
		await view.page.waitForSelector('#json-tree details');
		expect(await view.page.textContent('#json-tree')).toContain('<img src=x onerror=');
		await view.page.evaluate((text) => window.postMessage({ type: 'connection', state: 'incompatible', detail: text }, '*'), evil);
		await view.page.click('#copy-json');
		await view.page.fill('#filter-search', evil);
		await view.page.fill('#filter-guild', evil);
		await view.page.waitForTimeout(300);
		expect(await pwned(view)).toBeUndefined();
		expect(view.dialogs).toEqual([]);
		expect(view.requests).toEqual([]);
		const bad = (await dangerous(view)).filter((d) => d !== 'svg' && d !== 'SVG');
		expect(bad).toEqual([]);
		expect(await view.page.$$eval('svg', (s) => s.every((e) => e.closest('#shards') !== null))).toBe(true);
		expect(await view.cspViolations()).toEqual([]);
	});
});
