import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmbedPreviewDocument, type EmbedPreviewInput } from 'ovenjs-vscode';
import { now } from './_fixtures.js';
import { compareWithReference } from './_screenshots.js';
import { bundleClient, cspSource, hasChromium, launch, nonce, openWebview, scriptUri } from './_webview.js';

const names = {
	users: { '123456789012345678': 'alice', '123456789012345679': 'Bob the Baker' },
	channels: { '223456789012345678': 'general' },
	roles: { '323456789012345678': 'Bakers' },
};
/** A 24×24 PNG (orange over blurple) as a data URI: an image the preview must show without any network. */
const dataImage =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAIAAABvFaqvAAAAJklEQVR42mP438FAFcQwatCoQaMG4TUoIvUTVdCoQaMGjRqEFwEAkGic7jSe23IAAAAASUVORK5CYII=';

/** The set of embeds the reference images show, each in Discord's dark and light themes. */
const embeds: Record<string, EmbedPreviewInput> = {
	announcement: {
		embeds: [
			{
				color: 0xff8800,
				author: { name: 'Oven Bot', url: 'https://ovenjs.dev/' },
				title: 'Fresh bread, **today**',
				description: [
					'> Quote of the day: knead it, then need it.',
					'Ask <@123456789012345678> or <@&323456789012345678> in <#223456789012345678>; ovens open <t:1795600800:F>.',
					'Use `!order sourdough` or:',
					'```js',
					'await oven.bake({ loaves: 2 });',
					'```',
				].join('\n'),
				footer: { text: 'Baked by OvenJS' },
				timestamp: '2026-11-24T10:38:00.000Z',
			},
		],
	},
	fields: {
		embeds: [
			{
				color: 0x5865f2,
				title: 'Order #42',
				thumbnail: { url: dataImage },
				fields: [
					{ name: 'Loaves', value: '2', inline: true },
					{ name: 'Baker', value: '<@123456789012345679>', inline: true },
					{ name: 'Ready', value: '<t:1795611600:R>', inline: true },
					{ name: 'Notes', value: '- extra crust\n- no seeds' },
				],
				image: { url: dataImage },
				footer: { text: 'Yesterday’s batch' },
				timestamp: '2026-11-23T18:05:00.000Z',
			},
		],
	},
	components: {
		content: 'Thanks ${interaction.user.username}, pick a **flavour**:',
		embeds: [{ color: 0x57f287, description: 'Orders close <t:1795604400:R>.' }],
		components: [
			{
				type: 1,
				components: [
					{ type: 2, style: 1, label: 'Sourdough', custom_id: 'flavour:sour' },
					{ type: 2, style: 2, label: 'Rye', custom_id: 'flavour:rye' },
					{ type: 2, style: 5, label: 'Menu', url: 'https://ovenjs.dev/menu' },
				],
			},
			{ type: 1, components: [{ type: 3, custom_id: 'size', placeholder: 'Loaf size', options: [{ label: 'Small', value: 's' }] }] },
		],
		unresolved: [{ path: 'content', reason: '${interaction.user.username} is only known at run time.' }],
	},
	limits: {
		embeds: [{ title: 'T'.repeat(40), description: 'A title longer than the limit is outlined.', color: 0xed4245 }],
		violations: [{ path: 'embeds[0].title', limit: 32, actual: 40, message: 'Embed titles are limited to 32 characters here.' }],
	},
};

describe.skipIf(!hasChromium)('Embed Preview screenshots against reference images', () => {
	let browser: Browser;
	let script: string;

	beforeAll(async () => {
		browser = await launch();
		script = await bundleClient('embedPreviewClient');
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const [name, input] of Object.entries(embeds)) {
		for (const theme of ['dark', 'light'] as const) {
			it(`${name} in Discord's ${theme} theme`, async () => {
				const html = renderEmbedPreviewDocument(input, { nonce, cspSource, scriptUri }, { now, timeZone: 'UTC', names });
				const view = await openWebview(browser, html, script);
				try {
					await view.page.setViewportSize({ width: 640, height: 560 });
					await view.page.evaluate((cls) => {
						document.body.className = cls;
					}, `vscode-${theme}`);
					// Images from data URIs load and show.
					expect(await view.page.$$eval('img', (imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth === 24))).toBe(true);
					const result = await compareWithReference(browser, view.page, `embed-${name}-${theme}`);
					expect(result.matches, result.reason).toBe(true);
					expect(await view.cspViolations()).toEqual([]);
				} finally {
					await view.page.close();
				}
			});
		}
	}

	it('shows quotes and code with the theme’s colours, not VS Code’s default webview styles', async () => {
		// What VS Code injects into every webview in a light theme.
		const injected =
			'<style>blockquote{background:#f2f2f2;border-color:#c8c8c8}code{color:#a31515;background:#eeeeee}pre{background:#eeeeee}</style>';
		const html = renderEmbedPreviewDocument(
			embeds['announcement']!,
			{ nonce, cspSource, scriptUri },
			{ now, timeZone: 'UTC', names },
		).replace('<head>', `<head>${injected}`);
		const view = await openWebview(browser, html, script);
		try {
			const colours = (theme: string) =>
				view.page.evaluate((cls) => {
					document.body.className = cls;
					const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
					return {
						quote: style('.md-quote').backgroundColor,
						quoteBar: style('.md-quote').borderLeftColor,
						codeText: style('.md-codeblock code').color,
						card: style('.embed').backgroundColor,
					};
				}, theme);
			expect(await colours('vscode-dark')).toEqual({
				quote: 'rgba(0, 0, 0, 0)',
				quoteBar: 'rgb(78, 80, 88)',
				codeText: 'rgb(219, 222, 225)',
				card: 'rgb(43, 45, 49)',
			});
			expect(await colours('vscode-light')).toEqual({
				quote: 'rgba(0, 0, 0, 0)',
				quoteBar: 'rgb(196, 201, 206)',
				codeText: 'rgb(49, 51, 56)',
				card: 'rgb(242, 243, 245)',
			});
		} finally {
			await view.page.close();
		}
	});

	it('fits a narrow editor column: the embed shrinks instead of overflowing', async () => {
		const html = renderEmbedPreviewDocument(embeds['fields']!, { nonce, cspSource, scriptUri }, { now, timeZone: 'UTC', names });
		const view = await openWebview(browser, html, script);
		try {
			await view.page.setViewportSize({ width: 420, height: 600 });
			expect(await view.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
			expect(await view.page.$eval('.embed', (e) => e.getBoundingClientRect().right)).toBeLessThanOrEqual(420);
		} finally {
			await view.page.close();
		}
	});
});
