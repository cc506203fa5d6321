/**
 * What an editor shows when hovering a Discord construct, as plain data: the span it covers
 * (offsets in the file), a title line and documentation paragraphs. The tsserver plugin turns
 * it into quick info, the language server into an LSP hover.
 */
export interface EditorHover {
	readonly start: number;
	readonly end: number;
	readonly title: string;
	readonly documentation: readonly string[];
}
