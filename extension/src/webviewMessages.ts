/**
 * Messages between the extension host and its webviews, typed once for both sides. The
 * inspector stream itself is `ovenjs/inspector/protocol`'s.
 */
import type { InspectorMessage } from 'ovenjs/inspector/protocol';
import type { EmbedPreviewInput } from './webview/renderEmbedPreview.js';
import type { MentionNames } from './webview/renderInlineMarkdown.js';

/** Replace the preview with a newly evaluated payload (sent as the user types). */
export interface EmbedPreviewUpdateMessage {
	readonly type: 'update';
	/** The language server's `oven/embedPreview` result, or null when the cursor left the embed. */
	readonly preview: EmbedPreviewInput | null;
	/** Names for mentions, from a connected inspector or the workspace's mock. */
	readonly names?: MentionNames;
}

/** Every message the Embed Preview webview accepts. */
export type EmbedPreviewMessage = EmbedPreviewUpdateMessage;

/** Where the inspector's connection is, shown above the list. */
export interface InspectorConnectionMessage {
	readonly type: 'connection';
	readonly state: 'waiting' | 'connected' | 'disconnected' | 'incompatible';
	/** A sentence for the user (who is connected, or why not). */
	readonly detail: string;
}

/** Whether the session is being recorded, and to which file. */
export interface InspectorRecordingMessage {
	readonly type: 'recording';
	readonly file: string | null;
}

/** Empties the list (another bot was chosen). */
export interface InspectorResetMessage {
	readonly type: 'reset';
}

/**
 * What the host posts to the Gateway Inspector webview: a batch of stream messages (an
 * array), or one control message.
 */
export type InspectorHostMessage =
	readonly InspectorMessage[] | InspectorConnectionMessage | InspectorRecordingMessage | InspectorResetMessage;

/** What the Gateway Inspector webview asks of the host. */
export type InspectorViewMessage =
	| { readonly type: 'copy'; readonly text: string }
	| { readonly type: 'export'; readonly text: string; readonly rows: number }
	| { readonly type: 'record'; readonly on: boolean };

/** Reads an untrusted message from the inspector webview. */
export function toInspectorViewMessage(value: unknown): InspectorViewMessage | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const m = value as Record<string, unknown>;
	if (m['type'] === 'copy' && typeof m['text'] === 'string') return { type: 'copy', text: m['text'] };
	if (m['type'] === 'export' && typeof m['text'] === 'string' && typeof m['rows'] === 'number')
		return { type: 'export', text: m['text'], rows: m['rows'] };
	if (m['type'] === 'record' && typeof m['on'] === 'boolean') return { type: 'record', on: m['on'] };
	return undefined;
}
