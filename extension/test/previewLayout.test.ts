import { describe, expect, it } from 'vitest';
import { EMBED_PREVIEW_WIDTH, widenedPreviewLayout, widestColumn } from 'ovenjs-vscode';

describe('the width the Embed Preview opens at', () => {
	it("takes Discord's embed width from the code on its left when the window is wide enough", () => {
		expect(widenedPreviewLayout({ orientation: 0, groups: [{ size: 700 }, { size: 700 }] }, 2)).toBeUndefined();
		const layout = widenedPreviewLayout({ orientation: 0, groups: [{ size: 550 }, { size: 550 }] }, 2);
		expect(layout).toEqual({ orientation: 0, groups: [{ size: 1100 - EMBED_PREVIEW_WIDTH }, { size: EMBED_PREVIEW_WIDTH }] });
	});

	it('leaves the code 40 % of the two in a narrow window', () => {
		const layout = widenedPreviewLayout({ orientation: 0, groups: [{ size: 365 }, { size: 365 }] }, 2);
		expect(layout?.groups.map((g) => g.size)).toEqual([292, 438]);
	});

	it('only touches the preview and the group on its left', () => {
		const layout = widenedPreviewLayout({ orientation: 0, groups: [{ size: 300 }, { size: 400 }, { size: 400 }] }, 3);
		expect(layout?.groups.map((g) => g.size)).toEqual([300, 320, 480]);
	});

	it("keeps a layout the user arranged: stacked, nested, no group on the left, or not a layout's shape", () => {
		expect(widenedPreviewLayout({ orientation: 1, groups: [{ size: 300 }, { size: 300 }] }, 2)).toBeUndefined();
		expect(widenedPreviewLayout({ orientation: 0, groups: [{ groups: [{ size: 1 }] }, { size: 300 }] }, 2)).toBeUndefined();
		expect(widenedPreviewLayout({ orientation: 0, groups: [{ size: 300 }, { size: 300 }] }, 1)).toBeUndefined();
		expect(widenedPreviewLayout({ orientation: 0, groups: [{ size: '300' }, { size: 300 }] }, 2)).toBeUndefined();
		expect(widenedPreviewLayout(undefined, 2)).toBeUndefined();
		expect(widenedPreviewLayout({ orientation: 2, groups: [] }, 1)).toBeUndefined();
	});
});

describe('the column a wide panel opens in', () => {
	it('is the widest group of a row, such as the preview after it widened', () => {
		expect(widestColumn({ orientation: 0, groups: [{ size: 292 }, { size: 438 }] })).toBe(2);
		expect(widestColumn({ orientation: 0, groups: [{ size: 700 }, { size: 300 }, { size: 400 }] })).toBe(1);
	});

	it("is VS Code's own choice for one group, a stacked or nested layout, or no layout", () => {
		expect(widestColumn({ orientation: 0, groups: [{ size: 700 }] })).toBeUndefined();
		expect(widestColumn({ orientation: 1, groups: [{ size: 300 }, { size: 500 }] })).toBeUndefined();
		expect(widestColumn({ orientation: 0, groups: [{ groups: [{ size: 1 }] }, { size: 300 }] })).toBeUndefined();
		expect(widestColumn(undefined)).toBeUndefined();
	});
});
