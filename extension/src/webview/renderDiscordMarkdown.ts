/**
 * Discord's block markdown (code blocks, block quotes, headers, subtext, lists) around the
 * inline renderer. Output is inert HTML: see `renderInlineMarkdown` for the escaping rules.
 * @see https://support.discord.com/hc/en-us/articles/210298617-Markdown-Text-101-Chat-Formatting-Bold-Italic-Underline
 */
import { escapeHtml } from './_html.js';
import { renderInlineMarkdown, type MarkdownOptions } from './renderInlineMarkdown.js';

const fence = /```(?:([A-Za-z0-9_+#.-]+)?\n)?([\s\S]*?)```/g;

/**
 * Renders a Discord message text (an embed description, a field value) with block and
 * inline markdown to HTML.
 */
export function renderDiscordMarkdown(src: string, opts: MarkdownOptions = {}): string {
	let out = '';
	let last = 0;
	for (const m of src.matchAll(fence)) {
		out += renderBlocks(src.slice(last, m.index), opts, true);
		const lang = m[1] === undefined ? '' : ` data-lang="${escapeHtml(m[1])}"`;
		out += `<pre class="md-codeblock"${lang}><code>${escapeHtml((m[2] ?? '').replace(/\n$/, ''))}</code></pre>`;
		last = m.index + m[0].length;
	}
	return out + renderBlocks(src.slice(last), opts, true);
}

const listItem = /^(\s*)([-*]|\d{1,9}\.)\s+(.*)$/;

function renderBlocks(src: string, opts: MarkdownOptions, quotesAllowed: boolean): string {
	if (src === '') return '';
	const lines = src.replace(/^\n/, '').replace(/\n$/, '').split('\n');
	let out = '';
	let paragraph: string[] = [];
	const flush = (): void => {
		if (paragraph.length > 0) out += `<div class="md-p">${renderInlineMarkdown(paragraph.join('\n'), opts)}</div>`;
		paragraph = [];
	};
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		if (quotesAllowed && line.startsWith('>>> ')) {
			flush();
			const rest = [line.slice(4), ...lines.slice(i + 1)].join('\n');
			out += `<blockquote class="md-quote">${renderBlocks(rest, opts, false)}</blockquote>`;
			return out;
		}
		if (quotesAllowed && (line.startsWith('> ') || line === '>')) {
			flush();
			const quoted: string[] = [];
			while (i < lines.length && ((lines[i] ?? '').startsWith('> ') || lines[i] === '>')) quoted.push((lines[i++] ?? '').slice(2));
			i--;
			out += `<blockquote class="md-quote">${renderBlocks(quoted.join('\n'), opts, false)}</blockquote>`;
			continue;
		}
		const header = /^(#{1,3}) (.+)$/.exec(line);
		if (header?.[1] !== undefined && header[2] !== undefined) {
			flush();
			const level = header[1].length;
			out += `<h${level} class="md-h${level}">${renderInlineMarkdown(header[2], opts)}</h${level}>`;
			continue;
		}
		const subtext = /^-# (.+)$/.exec(line);
		if (subtext?.[1] !== undefined) {
			flush();
			out += `<div class="md-subtext">${renderInlineMarkdown(subtext[1], opts)}</div>`;
			continue;
		}
		if (listItem.test(line)) {
			flush();
			const ordered = /^\s*\d/.test(line);
			const start = Number(/^\s*(\d+)/.exec(line)?.[1] ?? '1');
			let items = '';
			while (i < lines.length) {
				const m = listItem.exec(lines[i] ?? '');
				if (m === null || /^\s*\d/.test(m[2] ?? '') !== ordered) break;
				const depth = Math.min(Math.floor((m[1] ?? '').length / 2), 4);
				items += `<li class="md-li md-depth-${depth}">${renderInlineMarkdown(m[3] ?? '', opts)}</li>`;
				i++;
			}
			i--;
			out += ordered ? `<ol class="md-list" start="${start}">${items}</ol>` : `<ul class="md-list">${items}</ul>`;
			continue;
		}
		paragraph.push(line);
	}
	flush();
	return out;
}
