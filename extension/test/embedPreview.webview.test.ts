import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmbedPreviewDocument } from 'ovenjs-vscode';
import { fullPreview, now } from './_fixtures.js';
import { bundleClient, cspSource, hasChromium, launch, nonce, openWebview, scriptUri, type LoadedWebview } from './_webview.js';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));

describe.skipIf(!hasChromium)('Embed Preview in headless Chromium', () => {
	let browser: Browser;
	let view: LoadedWebview;
	let page: Page;

	beforeAll(async () => {
		const script = await bundleClient('embedPreviewClient');
		browser = await launch();
		const names = { users: { '123456789012345678': 'alice' }, channels: { '223456789012345678': 'general' } };
		const html = renderEmbedPreviewDocument(fullPreview, { nonce, cspSource, scriptUri }, { now, timeZone: 'UTC', names });
		view = await openWebview(browser, html, script, ['cdn.example.test']);
		page = view.page;
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('draws the colour bar in the embed colour', async () => {
		const colors = await page.$$eval('.embed', (els) => els.map((e) => getComputedStyle(e).borderLeftColor));
		expect(colors).toEqual(['rgb(255, 136, 0)', 'rgb(88, 101, 242)']);
	});

	it('renders author, title link, thumbnail, image and footer with timestamp', async () => {
		expect(await page.textContent('.embed-author-name')).toBe('Oven Bot');
		expect(await page.getAttribute('a.embed-author-name', 'href')).toBe('https://ovenjs.dev/');
		expect(await page.getAttribute('.embed-author-icon', 'src')).toBe('https://cdn.example.test/author.png');
		expect(await page.getAttribute('.embed[data-i="0"] .embed-title-link', 'href')).toBe('https://ovenjs.dev/report');
		expect(await page.innerHTML('.embed[data-i="0"] .embed-title-link')).toBe('Weekly <strong>report</strong>');
		expect(await page.getAttribute('.embed-thumbnail', 'src')).toBe('https://cdn.example.test/thumb.png');
		expect(await page.getAttribute('.embed-image-img', 'src')).toBe('https://cdn.example.test/image.png');
		expect(await page.textContent('.embed-footer-text')).toBe('Baked by OvenJS');
		// The same day as "now": Discord's footer says "Today at".
		expect(await page.textContent('.embed-timestamp')).toBe('Today at 10:30 AM');
		// The images loaded through the CSP (img-src https:).
		expect(await page.$$eval('img', (imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth))).toEqual([1, 1, 1, 1]);
	});

	it('renders Discord markdown in the description', async () => {
		const d = '.embed[data-i="0"] .embed-description';
		expect(await page.textContent(`${d} h1`)).toBe('Big header');
		expect(await page.textContent(`${d} h2`)).toBe('Smaller header');
		expect(await page.textContent(`${d} strong`)).toBe('bold');
		expect(await page.textContent(`${d} em`)).toBe('italic');
		expect(await page.textContent(`${d} u`)).toBe('underline');
		expect(await page.textContent(`${d} s`)).toBe('strike');
		expect(await page.textContent(`${d} code.md-code`)).toBe('inline code');
		expect(await page.textContent(`${d} .md-spoiler`)).toBe('spoiler');
		expect(await page.textContent(`${d} blockquote`)).toBe('quoted line');
		expect(await page.$$eval(`${d} ul > li`, (li) => li.map((l) => l.textContent))).toEqual(['first item', 'second item']);
		expect(await page.$$eval(`${d} ol > li`, (li) => li.map((l) => l.textContent))).toEqual(['one', 'two']);
		expect(await page.getAttribute(`${d} a.md-link`, 'href')).toBe('https://discord.com/developers/docs');
		expect(await page.$$eval(`${d} .md-mention`, (m) => m.map((e) => [e.className.split(' ')[1], e.textContent]))).toEqual([
			['md-mention-user', '@alice'],
			['md-mention-channel', '#general'],
			['md-mention-role', '@unknown-role'],
		]);
		expect(await page.$$eval(`${d} time.md-timestamp`, (t) => t.map((e) => e.textContent))).toEqual(['in 2 hours', 'November 14, 2023']);
		expect(await page.textContent(`${d} pre.md-codeblock code`)).toBe('const x = 1 < 2;');
	});

	it('lays inline fields out as Discord does: two per row beside a thumbnail, three without', async () => {
		const boxes = async (embed: number): Promise<{ x: number; y: number; width: number }[]> =>
			page.$$eval(`.embed[data-i="${embed}"] .embed-field`, (els) =>
				els.map((e) => {
					const r = e.getBoundingClientRect();
					return { x: r.x, y: r.y, width: r.width };
				}),
			);
		const [a, b, c, wide] = await boxes(0);
		expect(a?.y).toBe(b?.y);
		expect(b!.x).toBeGreaterThan(a!.x);
		expect(c!.y).toBeGreaterThan(a!.y);
		expect(wide!.y).toBeGreaterThan(c!.y);
		expect(wide!.width).toBeGreaterThan(a!.width * 1.8);
		const three = await boxes(1);
		expect(new Set(three.map((f) => f.y)).size).toBe(1);
		expect(three[1]!.x).toBeGreaterThan(three[0]!.x);
		expect(three[2]!.x).toBeGreaterThan(three[1]!.x);
		expect(await page.$$eval('.embed[data-i="1"] .embed-field', (els) => els.map((e) => getComputedStyle(e).gridColumnStart))).toEqual([
			'1',
			'5',
			'9',
		]);
	});

	it('renders button rows with styles, disabled state, emoji and link buttons, and select menus', async () => {
		const buttons = await page.$$eval('.action-row .btn', (els) =>
			els.map((e) => ({ cls: e.className, text: e.textContent, disabled: e.hasAttribute('disabled'), tag: e.tagName })),
		);
		expect(buttons.map((b) => b.cls.split(' ')[1])).toEqual(['btn-primary', 'btn-secondary', 'btn-success', 'btn-danger', 'btn-link']);
		expect(buttons[1]?.disabled).toBe(true);
		expect(buttons[2]?.text).toBe('✅Success');
		expect(buttons[4]?.tag).toBe('A');
		expect(await page.getAttribute('a.btn-link', 'href')).toBe('https://ovenjs.dev/docs');
		expect(await page.getAttribute('.btn-primary', 'data-custom-id')).toBe('p');
		expect(await page.textContent('.select-string .select-placeholder')).toBe('Choose a flavour');
		expect(await page.$$eval('.select-option-label', (o) => o.map((e) => e.textContent))).toEqual(['Vanilla', 'Cocoa']);
	});

	it('marks limit violations on the element at fault, or its nearest rendered ancestor', async () => {
		const title = await page.$('.embed[data-i="0"] .embed-title');
		expect(await title?.getAttribute('class')).toContain('violation');
		expect(await title?.getAttribute('title')).toBe('Embed titles are limited to 10 characters here. (15/10)');
		// custom_id has no element of its own: the button carries it.
		const button = await page.$('[data-path="components[0].components[0]"]');
		expect(await button?.getAttribute('class')).toContain('violation');
		expect(await button?.getAttribute('title')).toContain('custom_id is longer');
		expect(await page.$$eval('.violation', (els) => els.length)).toBe(2);
		expect(await page.$$eval('.notes-violations li', (els) => els.length)).toBe(2);
		expect(await page.textContent('.notes-unresolved li')).toContain('depends on a function call');
	});

	it('keeps a screenshot as a test artefact', async () => {
		mkdirSync(artifacts, { recursive: true });
		const shot = await page.screenshot({ path: `${artifacts}embed-preview.png`, fullPage: true });
		expect(shot.length).toBeGreaterThan(10_000);
	});

	it('re-renders when the extension posts a new payload, under the same CSP', async () => {
		await page.evaluate(() =>
			window.postMessage(
				{
					type: 'update',
					preview: {
						embeds: [{ color: 0x00ff00, title: 'Typed *live*', fields: [{ name: 'n', value: 'v', inline: true }] }],
						components: [],
						violations: [{ path: 'embeds[0].fields[0].value', limit: 1, actual: 1, message: 'too long' }],
					},
				},
				'*',
			),
		);
		await page.waitForFunction(() => document.body.dataset['renders'] === '1');
		expect(await page.innerHTML('.embed-title')).toBe('Typed <em>live</em>');
		expect(await page.$eval('.embed', (e) => getComputedStyle(e).borderLeftColor)).toBe('rgb(0, 255, 0)');
		expect(await page.getAttribute('.embed-field-value', 'class')).toContain('violation');
		expect(await page.$$eval('.btn', (b) => b.length)).toBe(0);
		expect(await view.cspViolations()).toEqual([]);
		expect(view.requests.every((u) => new URL(u).host === 'cdn.example.test')).toBe(true);
	});
});
