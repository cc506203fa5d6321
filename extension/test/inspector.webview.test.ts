import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderInspectorDocument, type InspectorMessage } from 'ovenjs-vscode';
import { bundleClient, cspSource, hasChromium, launch, nonce, openWebview, scriptUri, type LoadedWebview } from './_webview.js';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
const t0 = Date.UTC(2026, 10, 24, 12, 0, 0);
const stream: InspectorMessage[] = [
	{ type: 'shard', shardId: 0, status: 'connecting', latencyMs: null },
	{ type: 'packet', shardId: 0, direction: 'out', op: 2, t: null, payload: { token: '[redacted]', intents: 513 }, at: t0 },
	{
		type: 'packet',
		shardId: 0,
		direction: 'in',
		op: 0,
		t: 'READY',
		payload: { session_id: 'abc123', user: { id: '1', username: 'oven' } },
		at: t0 + 10,
	},
	{
		type: 'packet',
		shardId: 0,
		direction: 'in',
		op: 0,
		t: 'GUILD_CREATE',
		payload: { id: '111111111111111111', name: 'Bakery' },
		at: t0 + 20,
	},
	{
		type: 'packet',
		shardId: 1,
		direction: 'in',
		op: 0,
		t: 'GUILD_CREATE',
		payload: { id: '222222222222222222', name: 'Cafe' },
		at: t0 + 25,
	},
	{
		type: 'packet',
		shardId: 0,
		direction: 'in',
		op: 0,
		t: 'MESSAGE_CREATE',
		payload: { guild_id: '111111111111111111', content: 'hi' },
		at: t0 + 30,
	},
	{
		type: 'packet',
		shardId: 1,
		direction: 'in',
		op: 0,
		t: 'MESSAGE_CREATE',
		payload: { guild_id: '222222222222222222', content: 'yo' },
		at: t0 + 40,
	},
	{ type: 'rest', method: 'POST', route: '/channels/:id/messages', status: 200, durationMs: 80, bucket: 'b-msg', waitedMs: 0, at: t0 + 50 },
	{
		type: 'rest',
		method: 'POST',
		route: '/channels/:id/messages',
		status: 429,
		durationMs: 12,
		bucket: 'b-msg',
		waitedMs: 250,
		at: t0 + 60,
	},
	{ type: 'shard', shardId: 0, status: 'ready', latencyMs: 40 },
	{ type: 'shard', shardId: 0, status: 'ready', latencyMs: 55 },
	{ type: 'shard', shardId: 0, status: 'ready', latencyMs: 48 },
	{ type: 'shard', shardId: 1, status: 'ready', latencyMs: 70 },
	{ type: 'cache', sizes: { guilds: 2, channels: 14 } },
];

describe.skipIf(!hasChromium)('Gateway Inspector in headless Chromium', () => {
	let browser: Browser;
	let view: LoadedWebview;
	let page: Page;
	const rows = (): Promise<string[]> => page.$$eval('#event-rows tr', (trs) => trs.map((tr) => tr.children[2]?.textContent ?? ''));
	const post = (messages: unknown): Promise<void> => page.evaluate((m) => window.postMessage(m, '*'), messages);

	beforeAll(async () => {
		browser = await launch();
		view = await openWebview(browser, renderInspectorDocument({ nonce, cspSource, scriptUri }), await bundleClient('inspectorClient'));
		page = view.page;
		// One message at a time, as the extension forwards them, plus a stray one that must be ignored.
		for (const m of stream) await post(m);
		await post({ type: 'packet', shardId: 'zero' });
		await page.waitForFunction(() => document.querySelectorAll('#event-rows tr').length === 8);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('lists every packet and request in order', async () => {
		expect(await rows()).toEqual([
			'op 2',
			'READY',
			'GUILD_CREATE',
			'GUILD_CREATE',
			'MESSAGE_CREATE',
			'MESSAGE_CREATE',
			'POST /channels/:id/messages',
			'POST /channels/:id/messages',
		]);
	});

	it('filters by type, event name, shard and guild', async () => {
		await page.selectOption('#filter-kind', 'rest');
		await expect.poll(rows).toEqual(['POST /channels/:id/messages', 'POST /channels/:id/messages']);
		await page.selectOption('#filter-kind', 'packet');
		await page.fill('#filter-text', 'message_create');
		await expect.poll(rows).toEqual(['MESSAGE_CREATE', 'MESSAGE_CREATE']);
		await page.fill('#filter-guild', '222222222222222222');
		await expect.poll(() => page.$$eval('#event-rows tr', (t) => t.map((r) => r.children[3]?.textContent))).toEqual(['222222222222222222']);
		await page.fill('#filter-guild', '');
		await page.fill('#filter-text', '');
		expect(await page.$$eval('#filter-shard option', (o) => o.map((e) => (e as HTMLOptionElement).value))).toEqual(['all', '0', '1']);
		await page.selectOption('#filter-shard', '1');
		await expect.poll(rows).toEqual(['GUILD_CREATE', 'MESSAGE_CREATE']);
		await page.selectOption('#filter-shard', 'all');
		await page.selectOption('#filter-kind', 'all');
		await expect.poll(async () => (await rows()).length).toBe(8);
	});

	it('shows the selected packet as a JSON tree', async () => {
		await page.click('#event-rows tr:nth-child(2)');
		await page.waitForSelector('#json-tree details');
		const keys = await page.$$eval('#json-tree .json-key', (k) => k.map((e) => e.textContent));
		expect(keys).toEqual(expect.arrayContaining(['t: ', 'payload: ', 'session_id: ', 'username: ']));
		expect(await page.textContent('#json-tree')).toContain('"abc123"');
		expect(await page.getAttribute('#event-rows tr:nth-child(2)', 'class')).toContain('selected');
		expect(await page.isHidden('#detail-empty')).toBe(true);
	});

	it('pauses: new events wait, and appear on resume', async () => {
		await page.click('#pause');
		expect(await page.getAttribute('#pause', 'aria-pressed')).toBe('true');
		await post({ type: 'packet', shardId: 0, direction: 'in', op: 0, t: 'TYPING_START', payload: {}, at: t0 + 100 });
		await post({ type: 'packet', shardId: 0, direction: 'in', op: 11, t: null, payload: null, at: t0 + 110 });
		await expect.poll(() => page.textContent('#status')).toBe('paused, 2 waiting');
		expect((await rows()).length).toBe(8);
		await page.click('#pause');
		await expect.poll(async () => (await rows()).slice(-2)).toEqual(['TYPING_START', 'op 11']);
	});

	it('draws the latency chart, rate-limit buckets, REST log and cache sizes', async () => {
		const points = await page.$eval('[data-shard="0"] polyline', (p) => p.getAttribute('points') ?? '');
		expect(points.split(' ')).toHaveLength(3);
		expect(await page.textContent('[data-shard="0"]')).toContain('#0 ready · 48 ms');
		const bucket = await page.$$eval('#buckets tr', (trs) =>
			trs.map((tr) => ({ cls: tr.className, cells: [...tr.children].map((c) => c.textContent) })),
		);
		expect(bucket).toEqual([{ cls: 'limited', cells: ['b-msg', 'POST /channels/:id/messages', '2 req', '1 × 429', '250 ms waited'] }]);
		expect(await page.$$eval('#rest-log tr', (trs) => trs.map((tr) => tr.children[2]?.textContent))).toEqual(['429', '200']);
		expect(await page.$$eval('#cache tr', (trs) => trs.map((tr) => tr.textContent))).toEqual(['guilds2', 'channels14']);
		expect(await view.cspViolations()).toEqual([]);
		expect(view.requests).toEqual([]);
	});

	it('keeps a screenshot as a test artefact', async () => {
		mkdirSync(artifacts, { recursive: true });
		const shot = await page.screenshot({ path: `${artifacts}gateway-inspector.png` });
		expect(shot.length).toBeGreaterThan(10_000);
	});
});
