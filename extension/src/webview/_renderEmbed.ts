import { arr, escapeHtml, prop, safeImage, safeLinkUrl, str } from './_html.js';
import type { PathMarks } from './_PathMarks.js';
import { formatCalendar } from './formatTimestamp.js';
import { renderDiscordMarkdown } from './renderDiscordMarkdown.js';
import { renderInlineMarkdown, type MarkdownOptions } from './renderInlineMarkdown.js';

/** The colour bar of an embed without `color` (Discord's neutral bar). */
export const defaultEmbedColor = '#1e1f22';

/** `0xRRGGBB` as `#rrggbb`, or undefined for anything that is not a 24-bit integer. */
export function embedColorHex(color: unknown): string | undefined {
	if (typeof color !== 'number' || !Number.isInteger(color) || color < 0 || color > 0xffffff) return undefined;
	return `#${color.toString(16).padStart(6, '0')}`;
}

function image(url: unknown, cls: string, alt: string): string {
	const img = safeImage(url);
	if (img === undefined) return '';
	if (img.kind === 'attachment')
		return `<div class="${cls} attachment-placeholder" title="sent as an attachment">📎 ${escapeHtml(img.name)}</div>`;
	return `<img class="${cls}" alt="${escapeHtml(alt)}" src="${escapeHtml(img.url)}">`;
}

/**
 * Discord's inline field layout: consecutive inline fields share a row, up to three (two
 * when the embed has a thumbnail); a non-inline field takes a row of its own. Returns
 * `[column, columns in row]` per field, 1-based.
 */
export function fieldColumns(fields: readonly { readonly inline: boolean }[], maxPerRow = 3): [number, number][] {
	const result: [number, number][] = [];
	let row: number[] = [];
	const close = (): void => {
		row.forEach((index, col) => (result[index] = [col + 1, row.length]));
		row = [];
	};
	fields.forEach((field, index) => {
		if (!field.inline) {
			close();
			result[index] = [1, 1];
			return;
		}
		if (row.length === maxPerRow) close();
		row.push(index);
	});
	close();
	return result;
}

/** One embed as Discord shows it; `css` receives the embed's colour rule. */
export function renderEmbed(embed: unknown, index: number, marks: PathMarks, md: MarkdownOptions): { html: string; css: string } {
	const p = `embeds[${index}]`;
	const color = embedColorHex(prop(embed, 'color')) ?? defaultEmbedColor;
	const css = `.embed[data-i="${index}"]{border-left-color:${color}}`;
	const linkMd: MarkdownOptions = { ...md, maskedLinks: true };
	let body = '';

	const author = prop(embed, 'author');
	const authorName = str(author, 'name');
	if (authorName !== undefined) {
		const url = safeLinkUrl(str(author, 'url'));
		const name =
			url === undefined
				? `<span${marks.attrs(`${p}.author.name`, 'embed-author-name')}>${escapeHtml(authorName)}</span>`
				: `<a${marks.attrs(`${p}.author.name`, 'embed-author-name')} href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(authorName)}</a>`;
		body += `<div${marks.attrs(`${p}.author`, 'embed-author')}>${image(str(author, 'icon_url'), 'embed-author-icon', '')}${name}</div>`;
	}

	const title = str(embed, 'title');
	if (title !== undefined) {
		const url = safeLinkUrl(str(embed, 'url'));
		const inner = renderInlineMarkdown(title, md);
		body +=
			url === undefined
				? `<div${marks.attrs(`${p}.title`, 'embed-title')}>${inner}</div>`
				: `<div${marks.attrs(`${p}.title`, 'embed-title')}><a class="embed-title-link" href="${escapeHtml(url)}" rel="noreferrer noopener">${inner}</a></div>`;
	}

	const description = str(embed, 'description');
	if (description !== undefined)
		body += `<div${marks.attrs(`${p}.description`, 'embed-description md')}>${renderDiscordMarkdown(description, linkMd)}</div>`;

	const fields = arr(embed, 'fields');
	const thumbnail = image(str(prop(embed, 'thumbnail'), 'url'), 'embed-thumbnail', 'thumbnail');
	if (fields.length > 0) {
		const columns = fieldColumns(
			fields.map((f) => ({ inline: prop(f, 'inline') === true })),
			thumbnail === '' ? 3 : 2,
		);
		let cells = '';
		fields.forEach((field, i) => {
			const fp = `${p}.fields[${i}]`;
			const [col, of] = columns[i] ?? [1, 1];
			cells +=
				`<div${marks.attrs(fp, `embed-field field-c${col}of${of}`)}>` +
				`<div${marks.attrs(`${fp}.name`, 'embed-field-name')}>${renderInlineMarkdown(str(field, 'name') ?? '', md)}</div>` +
				`<div${marks.attrs(`${fp}.value`, 'embed-field-value md')}>${renderDiscordMarkdown(str(field, 'value') ?? '', linkMd)}</div></div>`;
		});
		body += `<div${marks.attrs(`${p}.fields`, 'embed-fields')}>${cells}</div>`;
	}

	const img = image(str(prop(embed, 'image'), 'url'), 'embed-image-img', 'image');
	if (img !== '') body += `<div${marks.attrs(`${p}.image`, 'embed-image')}>${img}</div>`;

	const footer = prop(embed, 'footer');
	const footerText = str(footer, 'text');
	const timestamp = str(embed, 'timestamp');
	const when = timestamp === undefined ? undefined : Date.parse(timestamp);
	if (footerText !== undefined || (when !== undefined && !Number.isNaN(when))) {
		let inner = footerText === undefined ? '' : image(str(footer, 'icon_url'), 'embed-footer-icon', '');
		if (footerText !== undefined) inner += `<span${marks.attrs(`${p}.footer.text`, 'embed-footer-text')}>${escapeHtml(footerText)}</span>`;
		if (when !== undefined && !Number.isNaN(when)) {
			if (footerText !== undefined) inner += '<span class="embed-footer-separator">•</span>';
			inner += `<time${marks.attrs(`${p}.timestamp`, 'embed-timestamp')} datetime="${escapeHtml(new Date(when).toISOString())}">${escapeHtml(formatCalendar(when / 1000, md) ?? '')}</time>`;
		}
		body += `<div${marks.attrs(`${p}.footer`, 'embed-footer')}>${inner}</div>`;
	}

	const thumbBlock = thumbnail === '' ? '' : `<div${marks.attrs(`${p}.thumbnail`, 'embed-thumbnail-wrap')}>${thumbnail}</div>`;
	const html = `<div${marks.attrs(p, thumbnail === '' ? 'embed' : 'embed has-thumbnail')} data-i="${index}"><div class="embed-body">${body}</div>${thumbBlock}</div>`;
	return { html, css };
}
