import { fileURLToPath, pathToFileURL } from 'node:url';
import type ts from 'typescript';
import type { LspPosition, LspRange } from './protocol.js';

// Conversions between LSP's (line, UTF-16 character) and TypeScript's offsets. Internal.

/** The LSP position of `offset` in `file`. */
export function positionAt(file: ts.SourceFile, offset: number): LspPosition {
	const { line, character } = file.getLineAndCharacterOfPosition(Math.max(0, Math.min(offset, file.text.length)));
	return { line, character };
}

/** The LSP range from `start` to `end` in `file`. */
export function rangeOf(file: ts.SourceFile, start: number, end: number): LspRange {
	return { start: positionAt(file, start), end: positionAt(file, end) };
}

/** The range a node spans, leading trivia excluded. */
export function nodeRange(node: ts.Node): LspRange {
	const file = node.getSourceFile();
	return rangeOf(file, node.getStart(file), node.getEnd());
}

/** The offset of an LSP position, clamped into the file. */
export function offsetAt(file: ts.SourceFile, position: LspPosition): number {
	const starts = file.getLineStarts();
	if (position.line >= starts.length) return file.text.length;
	const lineStart = starts[Math.max(0, position.line)] ?? 0;
	const lineEnd = starts[position.line + 1] ?? file.text.length;
	return Math.min(lineStart + Math.max(0, position.character), lineEnd);
}

/** The file path of a `file:` URI, or undefined for other schemes. */
export function uriToPath(uri: string): string | undefined {
	return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** The `file:` URI of a path. */
export function pathToUri(path: string): string {
	return pathToFileURL(path).href;
}
