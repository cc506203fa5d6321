/**
 * The language server's own LSP extensions, typed once for the server and its clients (the
 * VS Code extension imports these). Plain types and method names only: a client can use
 * them with any JSON-RPC library.
 */

/** LSP position: zero-based line and UTF-16 character. */
export interface LspPosition {
	readonly line: number;
	readonly character: number;
}

/** LSP range. */
export interface LspRange {
	readonly start: LspPosition;
	readonly end: LspPosition;
}

/** A JSON value as Discord receives it. */
export type DiscordJson = string | number | boolean | null | DiscordJson[] | { [key: string]: DiscordJson };

/** The method of the embed preview request. */
export const EmbedPreviewMethod = 'oven/embedPreview';

/** The command the "Preview embed" code lenses run, with arguments `[uri, position]`. */
export const PreviewEmbedCommand = 'ovenjs.previewEmbed';

/** Parameters of `oven/embedPreview`: the document and a position inside an embed or a message payload. */
export interface EmbedPreviewParams {
	readonly textDocument: { readonly uri: string };
	readonly position: LspPosition;
}

/** A part of the preview that could not be evaluated without running the bot. */
export interface EmbedPreviewUnresolved {
	/** Where it sits in the result, e.g. `embeds[0].description`. */
	readonly path: string;
	/** Why it could not be evaluated. */
	readonly reason: string;
	/** The expression at fault, in `uri` (the requested document when absent). */
	readonly range: LspRange;
	/** The document of `range` when it lies in another file (a constant imported from elsewhere). */
	readonly uri?: string;
}

/** A Discord limit the evaluated payload breaks. */
export interface EmbedPreviewViolation {
	/** The element at fault, e.g. `embeds[0].title` or `embeds[0].fields`. */
	readonly path: string;
	/** The largest length or count Discord accepts. */
	readonly limit: number;
	/** The evaluated length or count. */
	readonly actual: number;
	/** A sentence saying what is wrong. */
	readonly message: string;
}

/** Result of `oven/embedPreview`; `null` when there is no embed or message payload at the position. */
export interface EmbedPreviewResult {
	/** The embeds as Discord JSON; unresolved strings hold `${expression}` placeholders. */
	readonly embeds: DiscordJson[];
	/** The message components (action rows…) as Discord JSON. */
	readonly components: DiscordJson[];
	/** The message's `content`, when the payload has one; unresolved parts hold `${expression}` placeholders. */
	readonly content?: string;
	/** The parts that could not be evaluated. */
	readonly unresolved: EmbedPreviewUnresolved[];
	/** Limits the evaluated texts and counts break. */
	readonly violations: EmbedPreviewViolation[];
	/** The range of the embed or payload that was evaluated. */
	readonly range: LspRange;
}
