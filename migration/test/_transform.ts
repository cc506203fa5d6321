import { Project } from 'ts-morph';
import { runTransforms, type DiscordJsVersion, type ProjectInfo, type Transform } from '@ovenjs/migrate';

/** A project as `detectProject` reads a plain v14 bot with no package.json. */
export const PLAIN_PROJECT: ProjectInfo = {
	from: 'v14',
	installedDiscordJs: undefined,
	moduleType: 'commonjs',
	nodeEngine: undefined,
	frameworks: [],
};

/**
 * Runs transforms (one, or several in order with one context, as migrate() does) over `text`
 * (a `.ts` file) in memory, with no types: no receiver is known to be discord.js's (see
 * `_migrateText.ts` for what needs them). Returns the new text and the todo messages.
 */
export function run(
	transforms: Transform | readonly Transform[],
	text: string,
	from: DiscordJsVersion = 'v14',
	fileName = 'bot.ts',
): { text: string; todos: string[] } {
	const file = new Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true } }).createSourceFile(fileName, text);
	const todos = runTransforms(file, { transforms: Array.isArray(transforms) ? transforms : [transforms as Transform], from });
	return { text: file.getFullText(), todos: todos.map((todo) => todo.message) };
}
