import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate, transforms as allTransforms, type MigrationResult, type Transform } from '@ovenjs/migrate';

const here = dirname(fileURLToPath(import.meta.url));
const workspaceModules = resolve(here, '../../node_modules');

/**
 * Gives `root` a node_modules with discord.js's typings, as a bot's install has: the workspace's
 * (discord.js 14), or discord.js 13 (the workspace's `discord.js-v13`) under the name `discord.js`.
 */
export function linkDiscordJs(root: string, version: 'v13' | 'v14'): void {
	if (version === 'v13') {
		mkdirSync(join(root, 'node_modules'));
		symlinkSync(join(workspaceModules, 'discord.js-v13'), join(root, 'node_modules/discord.js'), 'dir');
		symlinkSync(join(workspaceModules, '@types'), join(root, 'node_modules/@types'), 'dir');
	} else symlinkSync(workspaceModules, join(root, 'node_modules'), 'dir');
}

/** How a text is migrated: the discord.js it is typed against, its name, more files of the project. */
export interface MigrateTextOptions {
	/** `v13` installs discord.js 13's typings in the project (as `discord.js`). Default `v14`. */
	readonly discordJs?: 'v13' | 'v14';
	/** The file's name in the project. Default `bot.ts`. */
	readonly fileName?: string;
	/** Other files of the project, path → text. */
	readonly files?: Readonly<Record<string, string>>;
	/** `package.json` of the project. */
	readonly packageJson?: Readonly<Record<string, unknown>>;
	/** The steps (default: every transform). */
	readonly transforms?: readonly Transform[];
	readonly force?: boolean;
}

/** The migrated text of the file, its todo messages, and the whole result. */
export interface MigratedText {
	readonly text: string;
	readonly todos: readonly string[];
	readonly result: MigrationResult;
	/** Another file's migrated text. */
	file(path: string): string;
}

/**
 * Migrates `text` as a file of a real project on disk (a dry run), with discord.js's typings
 * installed in its node_modules, so that the type checker sees its receivers as a bot's would.
 */
export async function migrateText(text: string, options: MigrateTextOptions = {}): Promise<MigratedText> {
	const root = mkdtempSync(join(tmpdir(), 'oven-migrate-text-'));
	try {
		const fileName = options.fileName ?? 'bot.ts';
		linkDiscordJs(root, options.discordJs ?? 'v14');
		if (options.packageJson !== undefined) writeFileSync(join(root, 'package.json'), JSON.stringify(options.packageJson));
		for (const [path, content] of Object.entries({ ...options.files, [fileName]: text })) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), content);
		}
		const result = await migrate({ root, transforms: options.transforms ?? allTransforms, force: options.force ?? false });
		const after = (path: string): string => {
			const found = result.files.find((file) => file.path === path);
			if (found === undefined) throw new Error(`${path} was not migrated; files: ${result.files.map((f) => f.path).join(', ')}`);
			return found.after;
		};
		const own = result.files.find((file) => file.path === fileName);
		return { text: after(fileName), todos: own?.todos.map((todo) => todo.message) ?? [], result, file: after };
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
