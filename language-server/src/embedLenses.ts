import type ts from 'typescript';
import { nodeRange } from './_positions.js';
import { isEmbedNode } from './embedPreview.js';
import { PreviewEmbedCommand, type LspPosition, type LspRange } from './protocol.js';

/** A "Preview embed" code lens, as LSP sends it. */
export interface EmbedLens {
	readonly range: LspRange;
	readonly command: { readonly title: string; readonly command: string; readonly arguments: [uri: string, position: LspPosition] };
}

/**
 * One "Preview embed" lens per embed in the file (builder chains and objects in
 * `embeds: [...]`), running {@link PreviewEmbedCommand} with the document and the embed's
 * start, where `oven/embedPreview` finds it again.
 */
export function embedLenses(t: typeof ts, file: ts.SourceFile, uri: string): EmbedLens[] {
	const out: EmbedLens[] = [];
	const visit = (node: ts.Node): void => {
		if (isEmbedNode(t, node)) {
			const range = nodeRange(node);
			out.push({ range, command: { title: 'Preview embed', command: PreviewEmbedCommand, arguments: [uri, range.start] } });
			// An embed inside another (`new EmbedBuilder({ ... })`) is the same embed.
			return;
		}
		t.forEachChild(node, visit);
	};
	visit(file);
	return out;
}
