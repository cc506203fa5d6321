/**
 * Discord's inline markdown (bold, italics, underline, strikethrough, spoilers, inline code,
 * masked links, mentions, custom emoji, timestamps) to inert HTML. Every piece of user text
 * leaves through `escapeHtml`; the only attributes produced are fixed class names, `title`
 * text (escaped) and `href`/`src` values that passed the URL policy.
 * @see https://support.discord.com/hc/en-us/articles/210298617-Markdown-Text-101-Chat-Formatting-Bold-Italic-Underline
 */
import { escapeHtml, safeLinkUrl } from './_html.js';
import { formatTimestamp, isTimestampStyle, type TimestampOptions } from './formatTimestamp.js';

/** Names to show for mentions, by id: from a connected inspector or the workspace's mock. */
export interface MentionNames {
	readonly users?: Readonly<Record<string, string>>;
	readonly channels?: Readonly<Record<string, string>>;
	readonly roles?: Readonly<Record<string, string>>;
}

/** Options for the markdown renderers. */
export interface MarkdownOptions extends TimestampOptions {
	/** Whether `[text](url)` masked links become links (Discord allows them in embed descriptions and field values). */
	readonly maskedLinks?: boolean;
	/** Names for `<@id>`, `<#id>` and `<@&id>`; a mention of an id not listed reads as Discord shows one it cannot resolve. */
	readonly names?: MentionNames;
}

const MENTION_KINDS = {
	'@': { kind: 'user', prefix: '@', names: 'users', unknown: 'unknown-user' },
	'@!': { kind: 'user', prefix: '@', names: 'users', unknown: 'unknown-user' },
	'@&': { kind: 'role', prefix: '@', names: 'roles', unknown: 'unknown-role' },
	'#': { kind: 'channel', prefix: '#', names: 'channels', unknown: 'unknown' },
} as const satisfies Record<string, { kind: string; prefix: string; names: keyof MentionNames; unknown: string }>;

type Rule = (src: string, opts: MarkdownOptions) => { readonly html: string; readonly length: number } | undefined;

function wrap(tag: string, cls: string | undefined, inner: string): string {
	return cls === undefined ? `<${tag}>${inner}</${tag}>` : `<${tag} class="${cls}">${inner}</${tag}>`;
}

function delimited(re: RegExp, tag: string, cls?: string): Rule {
	return (src, opts) => {
		const m = re.exec(src);
		if (m === null || m[1] === undefined) return undefined;
		return { html: wrap(tag, cls, renderInlineMarkdown(m[1], opts)), length: m[0].length };
	};
}

const rules: readonly Rule[] = [
	(src) => {
		const m = /^\\([^0-9A-Za-z\s])/.exec(src);
		return m?.[1] === undefined ? undefined : { html: escapeHtml(m[1]), length: m[0].length };
	},
	(src) => {
		const m = /^(`+)([\s\S]*?[^`])\1(?!`)/.exec(src);
		return m?.[2] === undefined ? undefined : { html: `<code class="md-code">${escapeHtml(m[2].trim())}</code>`, length: m[0].length };
	},
	(src, opts) => {
		const m = /^<t:(-?\d{1,13})(?::([a-zA-Z]))?>/.exec(src);
		if (m?.[1] === undefined) return undefined;
		const style = m[2] ?? 'f';
		if (!isTimestampStyle(style)) return undefined;
		const seconds = Number(m[1]);
		const text = formatTimestamp(seconds, style, opts);
		const full = formatTimestamp(seconds, 'F', opts);
		if (text === undefined || full === undefined) return undefined;
		return {
			html: `<time class="md-timestamp" data-style="${style}" title="${escapeHtml(full)}">${escapeHtml(text)}</time>`,
			length: m[0].length,
		};
	},
	(src, opts) => {
		const m = /^<(@!?|@&|#)(\d{17,20})>/.exec(src);
		if (m?.[1] === undefined || m[2] === undefined) return undefined;
		const mention = MENTION_KINDS[m[1] as keyof typeof MENTION_KINDS];
		const name = opts.names?.[mention.names]?.[m[2]];
		const label = `${mention.prefix}${name ?? mention.unknown}`;
		const cls = `md-mention md-mention-${mention.kind}${name === undefined ? ' md-mention-unknown' : ''}`;
		return { html: `<span class="${cls}" title="${mention.kind} ${m[2]}">${escapeHtml(label)}</span>`, length: m[0].length };
	},
	(src) => {
		// What the language server could not evaluate: `${expression}`, known only at run time.
		const m = /^\$\{[^{}\n]{1,200}\}/.exec(src);
		return m === null
			? undefined
			: { html: `<span class="md-runtime" title="known at run time">${escapeHtml(m[0])}</span>`, length: m[0].length };
	},
	(src) => {
		const m = /^<(a?):(\w{2,32}):(\d{17,20})>/.exec(src);
		if (m?.[2] === undefined || m[3] === undefined) return undefined;
		const ext = m[1] === 'a' ? 'gif' : 'webp';
		return {
			html: `<img class="md-emoji" alt=":${escapeHtml(m[2])}:" title=":${escapeHtml(m[2])}:" src="https://cdn.discordapp.com/emojis/${m[3]}.${ext}?size=48">`,
			length: m[0].length,
		};
	},
	(src) => {
		const m = /^@(everyone|here)\b/.exec(src);
		return m === null
			? undefined
			: { html: `<span class="md-mention md-mention-everyone">${escapeHtml(m[0])}</span>`, length: m[0].length };
	},
	(src, opts) => {
		const m = /^\[([^[\]]+)\]\(\s*<?([^\s()<>]+)>?\s*\)/.exec(src);
		if (m?.[1] === undefined || m[2] === undefined) return undefined;
		const url = opts.maskedLinks === true ? safeLinkUrl(m[2]) : undefined;
		// Discord shows a masked link it refuses as the plain text the user wrote.
		if (url === undefined) return { html: escapeHtml(m[0]), length: m[0].length };
		const inner = renderInlineMarkdown(m[1], { ...opts, maskedLinks: false });
		return {
			html: `<a class="md-link" href="${escapeHtml(url)}" title="${escapeHtml(url)}" rel="noreferrer noopener">${inner}</a>`,
			length: m[0].length,
		};
	},
	(src) => {
		const m = /^<?(https?:\/\/[^\s<>]+[^\s<>.,:;"')\]])>?/.exec(src);
		if (m?.[1] === undefined) return undefined;
		const url = safeLinkUrl(m[1]);
		if (url === undefined) return undefined;
		return { html: `<a class="md-link" href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(m[1])}</a>`, length: m[0].length };
	},
	delimited(/^\|\|([\s\S]+?)\|\|/, 'span', 'md-spoiler'),
	delimited(/^\*\*\*([\s\S]+?)\*\*\*(?!\*)/, 'strong', 'md-bold md-italic'),
	delimited(/^\*\*([\s\S]+?)\*\*(?!\*)/, 'strong'),
	delimited(/^__([\s\S]+?)__(?!_)/, 'u'),
	delimited(/^\*(?=\S)([\s\S]*?\S)\*(?!\*)/, 'em'),
	delimited(/^_([\s\S]+?)_(?![A-Za-z0-9_])/, 'em'),
	delimited(/^~~([\s\S]+?)~~/, 's'),
];

/** Characters that may start a rule; runs of anything else are plain text. */
const special = /[\\`<@[h|*_~\n$]/;

/**
 * Renders one paragraph of Discord inline markdown to HTML. Newlines become `<br>`.
 * Markup that does not close is shown as the text it is, as Discord does.
 */
export function renderInlineMarkdown(src: string, opts: MarkdownOptions = {}): string {
	let out = '';
	let text = '';
	let i = 0;
	while (i < src.length) {
		const rest = src.slice(i);
		const ch = rest[0] ?? '';
		if (ch === '\n') {
			out += escapeHtml(text) + '<br>';
			text = '';
			i += 1;
			continue;
		}
		// `_italics_` only starts at a word boundary (snake_case stays text).
		const atWordStart = i === 0 || !/[A-Za-z0-9]/.test(src[i - 1] ?? '');
		let matched: { readonly html: string; readonly length: number } | undefined;
		if (special.test(ch) && (ch !== '_' || atWordStart)) {
			for (const rule of rules) {
				matched = rule(rest, opts);
				if (matched !== undefined) break;
			}
		}
		if (matched !== undefined) {
			out += escapeHtml(text) + matched.html;
			text = '';
			i += matched.length;
		} else {
			text += ch;
			i += 1;
		}
	}
	return out + escapeHtml(text);
}
