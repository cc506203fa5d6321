/**
 * Messages the extension host posts to the Embed Preview webview. The Gateway Inspector's
 * messages are in `inspectorProtocol.ts`.
 */
import type { EmbedPreviewInput } from './webview/renderEmbedPreview.js';

/** Replace the preview with a newly evaluated payload (sent as the user types). */
export interface EmbedPreviewUpdateMessage {
	readonly type: 'update';
	/** The language server's `oven/embedPreview` result, or null when the cursor left the embed. */
	readonly preview: EmbedPreviewInput | null;
}

/** Every message the Embed Preview webview accepts. */
export type EmbedPreviewMessage = EmbedPreviewUpdateMessage;
