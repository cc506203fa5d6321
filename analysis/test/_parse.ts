import ts from 'typescript';
import type { Finding } from '@ovenjs/analysis';

/** Parses `text` as a TypeScript file with parent pointers, as typescript-eslint does. */
export function parse(text: string): ts.SourceFile {
	return ts.createSourceFile('bot.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** Runs a `find*` function over `text` and returns the codes with the text each spans. */
export function run(find: (t: typeof ts, file: ts.SourceFile) => readonly Finding[], text: string): { code: string; text: string }[] {
	const file = parse(text);
	return find(ts, file).map((f) => ({ code: f.code, text: file.text.slice(f.start, f.end) }));
}

export { ts };
