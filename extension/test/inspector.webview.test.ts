import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderInspectorDocument } from 'ovenjs-vscode';
import { compareWithReference } from './_screenshots.js';
import { session, t0 } from './_inspectorStream.js';
import { bundleClient, cspSource, hasChromium, launch, nonce, openWebview, scriptUri, type LoadedWebview } from './_webview.js';

describe.skipIf(!hasChromium)('Gateway Inspector in headless Chromium', () => {
	let browser: Browser;
	let view: LoadedWebview;
	let page: Page;
	const cells = (column: number): Promise<string[]> =>
		page.$$eval('#event-rows tr', (trs, c) => trs.map((tr) => tr.children[c]?.textContent ?? ''), column);
	const rows = (): Promise<string[]> => cells(3);
	const post = (messages: unknown): Promise<void> => page.evaluate((m) => window.postMessage(m, '*'), messages);

	beforeAll(async () => {
		browser = await launch();
		view = await openWebview(browser, renderInspectorDocument({ nonce, cspSource, scriptUri }), await bundleClient('inspectorClient'));
		page = view.page;
		await page.setViewportSize({ width: 800, height: 700 });
		// Batches, as the extension forwards them, with a stray frame that must be ignored.
		await post(session.slice(0, 8));
		await post([...session.slice(8), { type: 'packet', shardId: 'zero' }]);
		await post({ type: 'connection', state: 'connected', detail: 'bot.js (discord.js) (pid 4242) · discord.js · protocol 1' });
		await page.waitForFunction(() => document.querySelectorAll('#event-rows tr').length === 9);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('lists packets and requests in order, heartbeats hidden by default', async () => {
		expect(await rows()).toEqual([
			'op 10',
			'op 2',
			'READY',
			'GUILD_CREATE',
			'GUILD_CREATE',
			'MESSAGE_CREATE',
			'MESSAGE_CREATE',
			'POST /channels/{channel_id}/messages',
			'POST /channels/{channel_id}/messages',
		]);
		expect(await page.textContent('#status')).toBe('9 shown · 2 heartbeats hidden');
		await page.uncheck('#hide-heartbeats');
		await expect.poll(async () => (await rows()).filter((r) => r === 'op 1' || r === 'op 11')).toEqual(['op 1', 'op 11']);
		await page.check('#hide-heartbeats');
		await expect.poll(async () => (await rows()).length).toBe(9);
	});

	it('shows per-event timing, rounded durations and sizes', async () => {
		expect((await cells(0))[2]).toBe('12:00:00.010');
		expect((await cells(1))[2]).toBe('+7 ms');
		expect((await cells(1))[0]).toBe('+0 ms');
		expect(await cells(4)).toContain('200 · 415 ms');
		expect(await cells(4)).toContain('429 · 12 ms');
		expect(await page.$$eval('#rest-log tr', (trs) => trs.map((tr) => tr.textContent))).toEqual([
			'POST /channels/333333333333333333/messages42912 ms',
			'POST /channels/333333333333333333/messages200415 ms',
		]);
		expect(await page.textContent('[data-shard="0"]')).toContain('#0 ready · 48 ms');
		expect((await cells(5)).every((size) => /^\d+(\.\d)? (B|kB)$/.test(size))).toBe(true);
	});

	it('filters by type, event name, shard and guild, and searches inside payloads and bodies', async () => {
		await page.selectOption('#filter-kind', 'rest');
		await expect.poll(rows).toEqual(['POST /channels/{channel_id}/messages', 'POST /channels/{channel_id}/messages']);
		await page.selectOption('#filter-kind', 'all');
		await page.fill('#filter-text', 'message_create');
		await expect.poll(rows).toEqual(['MESSAGE_CREATE', 'MESSAGE_CREATE']);
		await page.fill('#filter-guild', '222222222222222222');
		await expect.poll(() => cells(4)).toEqual(['222222222222222222']);
		await page.fill('#filter-guild', '');
		await page.fill('#filter-text', '');
		expect(await page.$$eval('#filter-shard option', (o) => o.map((e) => (e as HTMLOptionElement).value))).toEqual(['all', '0', '1']);
		await page.selectOption('#filter-shard', '1');
		await expect.poll(rows).toEqual(['GUILD_CREATE', 'MESSAGE_CREATE']);
		await page.selectOption('#filter-shard', 'all');
		await page.fill('#filter-search', 'SOURDOUGH');
		await expect.poll(rows).toEqual(['MESSAGE_CREATE']);
		await page.fill('#filter-search', 'pong again');
		await expect.poll(() => cells(4)).toEqual(['429 · 12 ms']);
		await page.fill('#filter-search', '');
		await expect.poll(async () => (await rows()).length).toBe(9);
	});

	it('shows the selected event as a JSON tree, and copies it as JSON through the extension', async () => {
		await page.click('#event-rows tr:nth-child(8)');
		await page.waitForSelector('#json-tree details');
		expect(await page.textContent('#detail-title')).toMatch(/^POST \/channels\/\{channel_id\}\/messages · 12:00:00\.050 · 415 ms · \d+ B$/);
		const keys = await page.$$eval('#json-tree .json-key', (k) => k.map((e) => e.textContent));
		expect(keys).toEqual(expect.arrayContaining(['requestBody: ', 'responseBody: ', 'bucket: ']));
		await page.click('#copy-json');
		const [copied] = (await view.posted()) as { type: string; text: string }[];
		expect(copied?.type).toBe('copy');
		expect(JSON.parse(copied?.text ?? '')).toEqual(session[11]);
	});

	it('exports the visible rows as JSONL, and asks the extension to record', async () => {
		await page.selectOption('#filter-kind', 'rest');
		await page.click('#export');
		await page.selectOption('#filter-kind', 'all');
		const exported = ((await view.posted()) as { type: string; text: string; rows: number }[]).find((m) => m.type === 'export');
		expect(exported?.rows).toBe(2);
		expect(
			exported?.text
				.trimEnd()
				.split('\n')
				.map((line) => JSON.parse(line)),
		).toEqual([session[11], session[12]]);
		await page.click('#record');
		expect(((await view.posted()) as { type: string; on?: boolean }[]).at(-1)).toEqual({ type: 'record', on: true });
		await post({ type: 'recording', file: '/work/session.jsonl' });
		await expect.poll(() => page.getAttribute('#record', 'aria-pressed')).toBe('true');
		expect(await page.textContent('#record')).toBe('Stop recording');
		await post({ type: 'recording', file: null });
		await expect.poll(() => page.textContent('#record')).toBe('Record');
	});

	it('pauses: new events wait, and appear on resume', async () => {
		await page.click('#pause');
		expect(await page.getAttribute('#pause', 'aria-pressed')).toBe('true');
		await post([
			{ type: 'packet', shardId: 0, direction: 'in', op: 0, t: 'TYPING_START', guildId: null, payload: { op: 0, d: {} }, at: t0 + 200 },
		]);
		await expect.poll(() => page.textContent('#status')).toBe('paused, 1 waiting');
		await page.click('#pause');
		await expect.poll(async () => (await rows()).at(-1)).toBe('TYPING_START');
	});

	it('draws rate-limit buckets with their state, the latency chart and cache sizes', async () => {
		const points = await page.$eval('[data-shard="0"] polyline', (p) => p.getAttribute('points') ?? '');
		expect(points.split(' ')).toHaveLength(3);
		const bucket = await page.$$eval('#buckets tr', (trs) =>
			trs.map((tr) => ({ cls: tr.className, lines: [...tr.querySelectorAll('td > div')].map((c) => c.textContent) })),
		);
		expect(bucket).toEqual([
			{ cls: 'limited', lines: ['b-msg · 0/5 left · 1 × 429 · 250 ms waited', 'POST /channels/{channel_id}/messages'] },
		]);
		expect(await page.$$eval('#cache tr', (trs) => trs.map((tr) => tr.textContent))).toContain('users1,280');
		expect(await view.cspViolations()).toEqual([]);
		expect(view.requests).toEqual([]);
	});

	it('fits an 800 px column: nothing cut off or scrolled sideways, every panel in view', async () => {
		const layout = await page.evaluate(() => ({
			page: document.documentElement.scrollWidth,
			sections: [...document.querySelectorAll('footer section')].map((s) => {
				const r = s.getBoundingClientRect();
				// A cell cut short (an ellipsis) is wider inside than out.
				const cut = [...s.querySelectorAll('td')].filter((td) => td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent);
				return {
					right: r.right,
					overflows: s.scrollWidth > s.clientWidth + 1 || cut.length > 0,
					heading: s.querySelector('h2')?.textContent,
				};
			}),
			header: document.querySelector('header')!.scrollWidth <= document.querySelector('header')!.clientWidth,
		}));
		expect(layout.page).toBeLessThanOrEqual(800);
		expect(layout.header).toBe(true);
		expect(layout.sections.map((s) => s.heading)).toEqual(['Shards', 'Rate-limit buckets', 'REST log', 'Cache']);
		for (const section of layout.sections) {
			expect(section.right, section.heading ?? '').toBeLessThanOrEqual(800);
			expect(section.overflows, section.heading ?? '').toBe(false);
		}
	});

	it('keeps the event name readable in a narrow column, dropping timing, size and then the guild first', async () => {
		const visible = (): Promise<{ name: number; shown: string[] }> =>
			page.$eval('#event-rows tr:nth-child(4)', (tr) => ({
				name: tr.querySelector('.c-name')!.getBoundingClientRect().width,
				shown: [...tr.children].filter((td) => getComputedStyle(td).display !== 'none').map((td) => td.className.split(' ')[0]!),
			}));
		try {
			await page.setViewportSize({ width: 560, height: 700 });
			expect(await visible()).toMatchObject({ shown: ['c-time', 'c-where', 'c-name', 'c-info'] });
			expect((await visible()).name).toBeGreaterThan(150);
			await page.setViewportSize({ width: 360, height: 700 });
			expect(await visible()).toMatchObject({ shown: ['c-time', 'c-where', 'c-name'] });
			expect((await visible()).name).toBeGreaterThan(150);
			const wide = await page.evaluate(() =>
				[...document.querySelectorAll('body *')]
					.filter((e) => e.getBoundingClientRect().right > 361)
					.map((e) => `${e.tagName}#${e.id}.${e.className}`),
			);
			expect(wide).toEqual([]);
		} finally {
			await page.setViewportSize({ width: 800, height: 700 });
		}
	});

	it('says clearly when the bot speaks a newer protocol', async () => {
		await post({
			type: 'connection',
			state: 'incompatible',
			detail:
				'future bot speaks inspector protocol 2, newer than the OvenJS extension understands (1): update the OvenJS extension to a release that speaks version 2.',
		});
		await expect.poll(() => page.getAttribute('#connection', 'class')).toBe('connection error');
		expect(await page.textContent('#connection')).toContain('update the OvenJS extension');
		await post({ type: 'connection', state: 'connected', detail: 'bot.js (discord.js) (pid 4242) · discord.js · protocol 1' });
	});

	for (const theme of ['vscode-dark', 'vscode-light', 'vscode-high-contrast'] as const) {
		it(`reads well in the ${theme.slice(7)} theme (compared with its reference image)`, async () => {
			await page.evaluate((cls) => {
				document.body.className = cls;
			}, theme);
			await page.click('#event-rows tr:nth-child(3)');
			await page.waitForTimeout(50);
			const result = await compareWithReference(browser, page, `inspector-${theme.slice(7)}`);
			expect(result.matches, result.reason).toBe(true);
		});
	}

	it('tells the themes apart: the light panel does not pass for the dark reference', async () => {
		await page.evaluate(() => {
			document.body.className = 'vscode-light';
		});
		const result = await compareWithReference(browser, page, 'inspector-light-vs-dark', { against: 'inspector-dark' });
		expect(result.matches).toBe(false);
		expect(result.ratio).toBeGreaterThan(0.3);
	});
});
