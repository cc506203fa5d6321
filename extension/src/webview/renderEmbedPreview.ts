/**
 * The Embed Preview: a message's embeds and components, as Discord JSON, to inert HTML.
 * Pure (no DOM): the extension host renders the first frame with it and the webview script
 * (bundled from the same code) re-renders on every update.
 */
import { arr, escapeHtml, str } from './_html.js';
import { PathMarks, type PreviewViolation } from './_PathMarks.js';
import { renderComponents } from './_renderComponents.js';
import { renderEmbed } from './_renderEmbed.js';
import { renderDiscordMarkdown } from './renderDiscordMarkdown.js';
import type { MarkdownOptions, MentionNames } from './renderInlineMarkdown.js';

export type { PreviewViolation } from './_PathMarks.js';

/** A part the language server could not evaluate (`EmbedPreviewUnresolved`). */
export interface PreviewUnresolved {
	/** Where it sits, e.g. `embeds[0].description`. */
	readonly path: string;
	/** Why it could not be evaluated. */
	readonly reason: string;
}

/**
 * What the preview shows; structurally the language server's `EmbedPreviewResult`, so its
 * response can be passed as is. Values are untrusted JSON and are checked as they are read.
 */
export interface EmbedPreviewInput {
	/** Embed objects as Discord receives them. */
	readonly embeds: readonly unknown[];
	/** Action rows as Discord receives them. */
	readonly components?: readonly unknown[];
	/** Limits the payload breaks, each marked on the element at fault. */
	readonly violations?: readonly PreviewViolation[];
	/** Parts that hold `${expression}` placeholders. */
	readonly unresolved?: readonly PreviewUnresolved[];
	/** Message content shown above the embeds, with Discord markdown; `${expression}` marks a part known at run time. */
	readonly content?: string;
}

/** Rendered preview: body HTML and the stylesheet rules that depend on the data (colour bars). */
export interface RenderedPreview {
	/** HTML for the preview's root element. */
	readonly html: string;
	/** CSS rules for the nonce'd data style element. */
	readonly css: string;
}

function renderOnce(input: EmbedPreviewInput, marks: PathMarks, md: MarkdownOptions): RenderedPreview {
	let css = '';
	let embeds = '';
	input.embeds.forEach((embed, i) => {
		const r = renderEmbed(embed, i, marks, md);
		embeds += r.html;
		css += r.css;
	});
	const content =
		typeof input.content === 'string' && input.content !== ''
			? `<div${marks.attrs('content', 'message-content md')}>${renderDiscordMarkdown(input.content, { ...md, maskedLinks: true })}</div>`
			: '';
	const embedBlock = embeds === '' ? '' : `<div${marks.attrs('embeds', 'embeds')}>${embeds}</div>`;
	const components = renderComponents(input.components ?? [], marks);
	return { html: content + embedBlock + components, css };
}

function notes(input: EmbedPreviewInput, unplaced: readonly PreviewViolation[]): string {
	let html = '';
	const violations = input.violations ?? [];
	if (violations.length > 0) {
		const items = violations
			.map(
				(v) =>
					`<li class="note-violation" data-path="${escapeHtml(v.path)}"><code>${escapeHtml(v.path)}</code> ${escapeHtml(v.message)} (${escapeHtml(String(v.actual))}/${escapeHtml(String(v.limit))})</li>`,
			)
			.join('');
		html += `<section class="notes notes-violations${unplaced.length > 0 ? ' violation' : ''}"><h2>Limits broken</h2><ul>${items}</ul></section>`;
	}
	const unresolved = input.unresolved ?? [];
	if (unresolved.length > 0) {
		const items = unresolved
			.map((u) => `<li class="note-unresolved"><code>${escapeHtml(String(u.path))}</code> ${escapeHtml(String(u.reason))}</li>`)
			.join('');
		html += `<section class="notes notes-unresolved"><h2>Evaluated at run time</h2><ul>${items}</ul></section>`;
	}
	return html;
}

/**
 * Renders the preview body. Violations are placed on the element at their path, or on the
 * nearest rendered ancestor; each also appears in the "Limits broken" list.
 */
export function renderEmbedPreview(input: EmbedPreviewInput, md: MarkdownOptions = {}): RenderedPreview {
	const violations = (input.violations ?? []).filter((v) => typeof v === 'object' && v !== null && typeof v.path === 'string');
	const probe = new PathMarks([]);
	renderOnce(input, probe, md);
	const marks = new PathMarks(violations, probe.seen);
	const body = renderOnce(input, marks, md);
	const empty =
		input.embeds.length === 0 && (input.components ?? []).length === 0 && (input.content ?? '') === ''
			? '<p class="empty">No embed or components at this position.</p>'
			: '';
	const message = `<div class="message"><div class="message-avatar" aria-hidden="true"></div><div class="message-main"><div class="message-header"><span class="message-author">Your bot</span><span class="app-tag">APP</span></div>${empty}${body.html}</div></div>`;
	return { html: notes({ ...input, violations }, marks.unplaced) + message, css: body.css };
}

/** Reads an `EmbedPreviewInput` out of an untrusted message (for the webview's update handler). */
export function toPreviewInput(value: unknown): EmbedPreviewInput {
	const violations = arr(value, 'violations').filter(
		(v): v is PreviewViolation => str(v, 'path') !== undefined && str(v, 'message') !== undefined,
	);
	const unresolved = arr(value, 'unresolved').filter(
		(u): u is PreviewUnresolved => str(u, 'path') !== undefined && str(u, 'reason') !== undefined,
	);
	const content = str(value, 'content');
	return {
		embeds: arr(value, 'embeds'),
		components: arr(value, 'components'),
		violations,
		unresolved,
		...(content === undefined ? {} : { content }),
	};
}

/** Reads `MentionNames` out of an untrusted message: string ids to string names, nothing else. */
export function toMentionNames(value: unknown): MentionNames {
	const table = (key: string): Record<string, string> => {
		const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
		if (typeof raw !== 'object' || raw === null) return {};
		return Object.fromEntries(
			Object.entries(raw).filter((entry): entry is [string, string] => /^\d{1,20}$/.test(entry[0]) && typeof entry[1] === 'string'),
		);
	};
	return { users: table('users'), channels: table('channels'), roles: table('roles') };
}
