import { embedPreviewStyles } from './_embedPreviewStyles.js';
import { webviewDocument, type WebviewDocumentOptions } from './_webviewDocument.js';
import { renderEmbedPreview, type EmbedPreviewInput } from './renderEmbedPreview.js';
import type { MarkdownOptions } from './renderInlineMarkdown.js';

export type { WebviewDocumentOptions } from './_webviewDocument.js';
export { webviewCsp } from './_webviewDocument.js';

/**
 * The Embed Preview webview's HTML: the first frame rendered in the extension host, under a
 * CSP that allows only the nonce'd client script (`dist/webview/embedPreview.js`), which
 * re-renders when the extension posts `{ type: 'update', preview }`.
 */
export function renderEmbedPreviewDocument(input: EmbedPreviewInput, options: WebviewDocumentOptions, md: MarkdownOptions = {}): string {
	const { html, css } = renderEmbedPreview(input, md);
	return webviewDocument('Embed Preview', options, embedPreviewStyles, css, `<main id="oven-preview">${html}</main>`);
}
