import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateOvenBotError } from './CreateOvenBotError.js';
import { eslintConfig, gitignore, packageJson } from './projectFiles.js';
import { readme } from './readme.js';
import type { LanguageName, TemplateName } from './templates.js';

/** What {@link createProject} writes. */
export interface CreateProjectOptions {
	/** The project folder: created if missing; if it exists it must be empty. */
	readonly directory: string;
	readonly template: TemplateName;
	readonly language: LanguageName;
	/** A folder of `npm pack` output to take OvenJS's packages from instead of the registry (for contributors). */
	readonly tarballs?: string;
}

/** What {@link createProject} wrote. */
export interface CreatedProject {
	/** The project folder, absolute. */
	readonly directory: string;
	/** The package name in its package.json. */
	readonly name: string;
	/** The files written, relative to `directory`, with `/` separators, sorted. */
	readonly files: readonly string[];
}

const templates = fileURLToPath(new URL('../templates/', import.meta.url));

/**
 * Writes a bot project: the template's bot and tests, the shared entry points (`npm start` on a
 * mock, `npm run dev` on Discord), package.json, ESLint config, README. Checks everything before
 * writing: a non-empty folder or a name npm refuses is an error and nothing is written.
 */
export async function createProject(options: CreateProjectOptions): Promise<CreatedProject> {
	const directory = resolve(options.directory);
	const name = packageName(basename(directory));
	await assertEmptyOrMissing(directory, options.directory);
	const files = new Map<string, string>([
		[
			'package.json',
			packageJson({ name, language: options.language, ...(options.tarballs === undefined ? {} : { tarballs: options.tarballs }) }),
		],
		['README.md', readme(name, options.template, options.language)],
		['eslint.config.js', eslintConfig(options.language)],
		['.gitignore', gitignore(options.language)],
	]);
	for (const part of ['shared', options.template]) {
		for (const [path, text] of await readTree(join(templates, options.language, part))) files.set(path, text);
	}
	const existed = await stat(directory).then(
		() => true,
		() => false,
	);
	try {
		for (const [path, text] of files) {
			const file = join(directory, path);
			await mkdir(dirname(file), { recursive: true });
			await writeFile(file, text, { flag: 'wx' });
		}
	} catch (error) {
		// Leave the folder as it was found: empty, or absent.
		if (existed) for (const entry of await readdir(directory)) await rm(join(directory, entry), { recursive: true, force: true });
		else await rm(directory, { recursive: true, force: true });
		throw error;
	}
	return { directory, name, files: [...files.keys()].sort() };
}

/**
 * A folder name as an npm package name: lower case, spaces as dashes, only the characters
 * npm allows (https://docs.npmjs.com/cli/configuring-npm/package-json#name).
 */
export function packageName(folder: string): string {
	const name = folder
		.trim()
		.toLowerCase()
		.replace(/\s+/g, '-')
		.replace(/[^a-z0-9._~-]/g, '')
		.replace(/^[._]+/, '');
	if (name === '' || name.length > 214)
		throw new CreateOvenBotError(
			'CREATE_INVALID_NAME',
			`"${folder}" cannot be made into an npm package name: use letters, digits and dashes.`,
		);
	return name;
}

async function assertEmptyOrMissing(directory: string, asGiven: string): Promise<void> {
	const entries = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		if (error.code === 'ENOTDIR')
			throw new CreateOvenBotError('CREATE_DIRECTORY_NOT_EMPTY', `${asGiven} is a file: choose a new folder name.`, { cause: error });
		throw error;
	});
	if (entries.length > 0) {
		const shown = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
		throw new CreateOvenBotError(
			'CREATE_DIRECTORY_NOT_EMPTY',
			`${asGiven} is not empty (${shown}): choose a new folder name, or empty it first. Nothing was written.`,
		);
	}
}

/** Every file under `root`, by path relative to it with `/` separators. */
async function readTree(root: string): Promise<Map<string, string>> {
	const out = new Map<string, string>();
	for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		out.set(relative(root, file).split(sep).join('/'), await readFile(file, 'utf8'));
	}
	return out;
}
