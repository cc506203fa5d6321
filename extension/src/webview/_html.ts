/**
 * Escaping and URL policy shared by the webview renderers. Everything that comes from user
 * code (embed text, packet payloads) passes through here before it reaches HTML.
 */

const entities: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
	'`': '&#96;',
};

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"'`]/g, (ch) => entities[ch] ?? ch);
}

/**
 * The URL as a safe link target, or undefined. Only `http:` and `https:` are links: Discord
 * itself refuses `javascript:`, `data:` and friends, and a webview must never follow them.
 */
export function safeLinkUrl(url: unknown): string | undefined {
	if (typeof url !== 'string') return undefined;
	try {
		const parsed = new URL(url.trim());
		return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
	} catch {
		return undefined;
	}
}

/** What an image URL in an embed becomes: a URL the preview can load, an attachment name, or nothing. */
export type SafeImage = { readonly kind: 'url'; readonly url: string } | { readonly kind: 'attachment'; readonly name: string };

/** Raster images as data URIs: no SVG (it can carry script), nothing but base64. */
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[A-Za-z0-9+/]+={0,2}$/;

/** A server on this machine (a bot's dev server, the mock): what `img-src` lets in besides https. */
export function isLocalHttp(url: URL): boolean {
	return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/**
 * The URL as something the preview can show. `https:` images load (the CSP allows `img-src
 * https:`), so do images on a local server (`http://localhost:…`, `http://127.0.0.1:…`) and
 * raster `data:` URIs; `attachment://name` is a file sent with the message, shown as a placeholder.
 */
export function safeImage(url: unknown): SafeImage | undefined {
	if (typeof url !== 'string') return undefined;
	const trimmed = url.trim();
	if (trimmed.startsWith('attachment://')) return { kind: 'attachment', name: trimmed.slice('attachment://'.length) };
	if (DATA_IMAGE.test(trimmed)) return { kind: 'url', url: trimmed };
	try {
		const parsed = new URL(trimmed);
		return parsed.protocol === 'https:' || isLocalHttp(parsed) ? { kind: 'url', url: parsed.href } : undefined;
	} catch {
		return undefined;
	}
}

/** Reads a string property of an unknown JSON value. */
export function str(value: unknown, key: string): string | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const v = (value as Record<string, unknown>)[key];
	return typeof v === 'string' ? v : undefined;
}

/** Reads a number property of an unknown JSON value. */
export function num(value: unknown, key: string): number | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const v = (value as Record<string, unknown>)[key];
	return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Reads a property of an unknown JSON value. */
export function prop(value: unknown, key: string): unknown {
	if (typeof value !== 'object' || value === null) return undefined;
	return (value as Record<string, unknown>)[key];
}

/** Reads an array property of an unknown JSON value (empty when absent or not an array). */
export function arr(value: unknown, key: string): unknown[] {
	const v = prop(value, key);
	return Array.isArray(v) ? v : [];
}
