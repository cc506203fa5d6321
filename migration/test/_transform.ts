import { Project } from 'ts-morph';
import type { DiscordJsVersion, Transform } from '@ovenjs/migrate';

/** Runs one transform over `text` (a `.ts` file); returns the new text and the todo messages. */
export function run(transform: Transform, text: string, from: DiscordJsVersion = 'v14'): { text: string; todos: string[] } {
	const file = new Project({ useInMemoryFileSystem: true }).createSourceFile('bot.ts', text);
	const todos: string[] = [];
	transform.apply(file, { from, todo: (_node, message) => todos.push(message) });
	return { text: file.getFullText(), todos };
}
