/**
 * The Embed Preview webview's script (bundled to `dist/webview/embedPreview.js`): re-renders
 * the preview with the same pure renderer the host used for the first frame whenever the
 * extension posts an update. Only `innerHTML` of renderer output (escaped by construction)
 * and `textContent` of the data stylesheet are written.
 */
import { renderEmbedPreview, toMentionNames, toPreviewInput } from './renderEmbedPreview.js';

const root = document.getElementById('oven-preview');
const dataStyle = document.getElementById('oven-data-style');

window.addEventListener('message', (event: MessageEvent<unknown>) => {
	const data = event.data;
	if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== 'update') return;
	const preview = (data as { preview?: unknown }).preview;
	if (root === null || dataStyle === null) return;
	if (preview === null || preview === undefined) {
		root.innerHTML = '<p class="empty">Place the cursor in an embed or message payload to preview it.</p>';
		dataStyle.textContent = '';
		return;
	}
	const rendered = renderEmbedPreview(toPreviewInput(preview), { names: toMentionNames((data as { names?: unknown }).names) });
	dataStyle.textContent = rendered.css;
	root.innerHTML = rendered.html;
	document.body.dataset['renders'] = String(Number(document.body.dataset['renders'] ?? '0') + 1);
});
