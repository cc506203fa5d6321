/**
 * Screenshot tests against checked-in reference images (`test/reference/*.png`). The
 * comparison runs in Chromium on canvases: a pixel counts as different when a colour channel
 * moves by more than `threshold` (font anti-aliasing and hinting move edges by a little), and
 * the shot matches while at most `maxRatio` of its pixels differ. A broken theme, layout or
 * colour changes far more than that.
 *
 *   UPDATE_REFERENCES=1 npx vitest run --project ovenjs-vscode   # after a deliberate change: rewrite them
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';

const references = fileURLToPath(new URL('./reference/', import.meta.url));
const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));

/** How a shot compared with its reference. */
export interface ScreenshotComparison {
	readonly name: string;
	/** Share of pixels that differ by more than the threshold. */
	readonly ratio: number;
	/** Whether the shot matches its reference within `maxRatio`. */
	readonly matches: boolean;
	/** Why it does not match, with where to look. */
	readonly reason: string;
}

/** Counts differing pixels of two PNGs in a blank page of `browser`. */
async function diff(
	browser: Browser,
	actual: Buffer,
	expected: Buffer,
	threshold: number,
): Promise<{ size: boolean; differing: number; total: number }> {
	const page = await browser.newPage();
	try {
		return await page.evaluate(
			async ([a, b, limit]) => {
				const load = (src: string): Promise<HTMLImageElement> =>
					new Promise((resolve, reject) => {
						const img = new Image();
						img.onload = () => resolve(img);
						img.onerror = reject;
						img.src = src;
					});
				const [x, y] = await Promise.all([load(a), load(b)]);
				if (x.width !== y.width || x.height !== y.height) return { size: false, differing: x.width * x.height, total: x.width * x.height };
				const pixels = (img: HTMLImageElement): Uint8ClampedArray => {
					const canvas = document.createElement('canvas');
					canvas.width = img.width;
					canvas.height = img.height;
					const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
					ctx.drawImage(img, 0, 0);
					return ctx.getImageData(0, 0, img.width, img.height).data;
				};
				const p = pixels(x);
				const q = pixels(y);
				let differing = 0;
				for (let i = 0; i < p.length; i += 4) {
					const d = Math.max(Math.abs(p[i]! - q[i]!), Math.abs(p[i + 1]! - q[i + 1]!), Math.abs(p[i + 2]! - q[i + 2]!));
					if (d > limit) differing++;
				}
				return { size: true, differing, total: p.length / 4 };
			},
			[`data:image/png;base64,${actual.toString('base64')}`, `data:image/png;base64,${expected.toString('base64')}`, threshold] as const,
		);
	} finally {
		await page.close();
	}
}

/**
 * Screenshots `page` (its viewport) and compares it with `reference/<name>.png`. With
 * `UPDATE_REFERENCES=1` it writes the reference instead. A missing reference is a failure that
 * says how to make it; a mismatch leaves the shot in `test/artifacts/` to look at.
 */
export async function compareWithReference(
	browser: Browser,
	page: Page,
	name: string,
	{
		threshold = 48,
		maxRatio = 0.015,
		against = name,
	}: {
		readonly threshold?: number;
		readonly maxRatio?: number;
		/** The reference to compare with, when not the shot's own (to show two shots are told apart). */
		readonly against?: string;
	} = {},
): Promise<ScreenshotComparison> {
	const shot = await page.screenshot();
	const reference = `${references}${against}.png`;
	if (process.env['UPDATE_REFERENCES'] === '1' && against === name) {
		mkdirSync(references, { recursive: true });
		writeFileSync(reference, shot);
		return { name, ratio: 0, matches: true, reason: 'reference written' };
	}
	mkdirSync(artifacts, { recursive: true });
	writeFileSync(`${artifacts}${name}.png`, shot);
	if (!existsSync(reference))
		return {
			name,
			ratio: 1,
			matches: false,
			reason: `no reference ${reference}: run the test with UPDATE_REFERENCES=1 and check the image in`,
		};
	const { size, differing, total } = await diff(browser, shot, readFileSync(reference), threshold);
	const ratio = differing / total;
	const matches = size && ratio <= maxRatio;
	const reason = !size
		? `the shot's size differs from ${reference}`
		: `${(ratio * 100).toFixed(2)} % of the pixels differ from ${reference} (at most ${(maxRatio * 100).toFixed(2)} % may); the shot is test/artifacts/${name}.png`;
	return { name, ratio, matches, reason };
}
