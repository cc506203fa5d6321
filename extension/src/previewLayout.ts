/**
 * VS Code's editor layout as `vscode.getEditorLayout` answers it and `vscode.setEditorLayout`
 * takes it: groups side by side (`orientation` 0) or stacked (1), each with a size (pixels
 * when read; any proportion when set) and possibly groups of its own.
 */
export interface EditorLayout {
	readonly orientation: 0 | 1;
	readonly groups: readonly EditorLayoutGroup[];
}

/** One group of an {@link EditorLayout}. */
export interface EditorLayoutGroup {
	readonly size?: number;
	readonly groups?: readonly EditorLayoutGroup[];
}

/** What Discord needs for a message with an embed: the 72 px gutter, the 520 px card and some margin. */
export const EMBED_PREVIEW_WIDTH = 620;
/** What the code beside the preview keeps at least, as a share of the two. */
const CODE_SHARE = 0.4;

/**
 * The layout to set so that the preview, in editor column `column` (1-based, as
 * `WebviewPanel.viewColumn`), is wide enough to show an embed as Discord does: it takes
 * {@link EMBED_PREVIEW_WIDTH} from the group on its left, but never more than leaves that group
 * {@link CODE_SHARE} of the two. Undefined when nothing should change: the preview is wide
 * enough already, the groups are not a plain row (stacked or nested: the user arranged them),
 * or the preview has no group on its left.
 */
export function widenedPreviewLayout(layout: unknown, column: number): EditorLayout | undefined {
	if (!isLayout(layout) || layout.orientation !== 0) return undefined;
	const sizes = layout.groups.map((g) => (g.groups === undefined && typeof g.size === 'number' ? g.size : undefined));
	if (sizes.some((s) => s === undefined || s <= 0)) return undefined;
	const index = column - 1;
	const preview = sizes[index];
	const code = sizes[index - 1];
	if (preview === undefined || code === undefined || preview >= EMBED_PREVIEW_WIDTH) return undefined;
	const pair = preview + code;
	const wanted = Math.min(EMBED_PREVIEW_WIDTH, Math.floor(pair * (1 - CODE_SHARE)));
	if (wanted <= preview) return undefined;
	const groups = sizes.map((size, i) => ({ size: i === index ? wanted : i === index - 1 ? pair - wanted : (size as number) }));
	return { orientation: 0, groups };
}

/**
 * The editor column (1-based) of the widest group in a plain row of groups, where a wide panel
 * such as the Gateway Inspector belongs; undefined for a stacked or nested layout, a single
 * group, or a value that is not a layout (then the caller keeps VS Code's choice).
 */
export function widestColumn(layout: unknown): number | undefined {
	if (!isLayout(layout) || layout.orientation !== 0 || layout.groups.length < 2) return undefined;
	let widest: number | undefined;
	let widestSize = 0;
	for (const [index, group] of layout.groups.entries()) {
		if (group.groups !== undefined || typeof group.size !== 'number') return undefined;
		if (group.size > widestSize) [widest, widestSize] = [index + 1, group.size];
	}
	return widest;
}

function isLayout(value: unknown): value is EditorLayout {
	if (typeof value !== 'object' || value === null) return false;
	const { orientation, groups } = value as { orientation?: unknown; groups?: unknown };
	return (orientation === 0 || orientation === 1) && Array.isArray(groups) && groups.every((g) => typeof g === 'object' && g !== null);
}
