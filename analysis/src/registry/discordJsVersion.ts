/** The discord.js a project installs, as far as its lockfile, else its `package.json` range, tells. */
export interface DiscordJsVersion {
	readonly major: number;
	/** The lowest minor the range allows. */
	readonly minor: number;
	/** Whether the minor is fixed (`14.14.1`, `~14.16.3`); a caret range installs the newest minor. */
	readonly exact: boolean;
}

/** The newest discord.js major a range like `*` or `latest` installs today. */
export const LATEST_DISCORD_JS_MAJOR = 14;

/** Parses an npm range of discord.js: `^14.16.3`, `~13.6.0`, `14.14.1`, `13`, `*`, `latest`. */
export function parseDiscordJsRange(range: string): DiscordJsVersion | undefined {
	const spec = range.trim().replace(/^npm:discord\.js@/, '');
	if (spec === '*' || spec === 'latest' || spec === 'x' || spec === '') return { major: LATEST_DISCORD_JS_MAJOR, minor: 0, exact: false };
	const match = /^([~^]|>=)?\s*v?(\d+)(?:\.(\d+|x|\*))?/.exec(spec);
	if (match === null) return undefined;
	const [, operator, major = '0', minor] = match;
	const fixedMinor = minor !== undefined && /^\d+$/.test(minor);
	return { major: Number(major), minor: fixedMinor ? Number(minor) : 0, exact: fixedMinor && operator !== '^' && operator !== '>=' };
}

/**
 * Reads the discord.js version a project depends on from its `package.json` text:
 * `dependencies`, `devDependencies` or `peerDependencies`. Undefined when it does not depend
 * on discord.js, the range is not a version (a git URL) or the text is not JSON.
 */
export function discordJsFromManifest(text: string): DiscordJsVersion | undefined {
	let manifest: unknown;
	try {
		manifest = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (typeof manifest !== 'object' || manifest === null) return undefined;
	for (const key of ['dependencies', 'devDependencies', 'peerDependencies']) {
		const deps: unknown = (manifest as Record<string, unknown>)[key];
		if (typeof deps !== 'object' || deps === null) continue;
		const range: unknown = (deps as Record<string, unknown>)['discord.js'];
		if (typeof range !== 'string') continue;
		return parseDiscordJsRange(range);
	}
	return undefined;
}

/**
 * The discord.js version a lockfile installs: `package-lock.json` (`packages` of lockfile
 * v2/v3, `dependencies` of v1), `yarn.lock` or `pnpm-lock.yaml`. With `workspace` (the
 * manifest's folder relative to a `package-lock.json` above it), only when that lock lists the
 * folder as one of its workspaces. Undefined when `name` is none of these or the text names no
 * discord.js version.
 */
export function discordJsFromLockfile(name: string, text: string, workspace?: string): DiscordJsVersion | undefined {
	let version: string | undefined;
	if (name === 'package-lock.json') {
		try {
			const lock = JSON.parse(text) as {
				packages?: Record<string, { version?: unknown }>;
				dependencies?: Record<string, { version?: unknown }>;
			};
			if (workspace !== undefined && lock.packages?.[workspace] === undefined) return undefined;
			const found =
				(workspace === undefined ? undefined : lock.packages?.[`${workspace}/node_modules/discord.js`]?.version) ??
				lock.packages?.['node_modules/discord.js']?.version ??
				(workspace === undefined ? lock.dependencies?.['discord.js']?.version : undefined);
			version = typeof found === 'string' ? found : undefined;
		} catch {
			return undefined;
		}
	} else if (name === 'yarn.lock') {
		version = /^"?discord\.js@[^\n]*:\n\s+version:?\s+"?(\d+\.\d+\.\d+)/m.exec(text)?.[1];
	} else if (name === 'pnpm-lock.yaml') {
		version =
			/^\s+\/?discord\.js[@/](\d+\.\d+\.\d+)/m.exec(text)?.[1] ??
			/^\s+discord\.js:\n\s+specifier:[^\n]*\n\s+version:\s+(\d+\.\d+\.\d+)/m.exec(text)?.[1];
	}
	const match = version === undefined ? null : /^(\d+)\.(\d+)\./.exec(version);
	return match === null ? undefined : { major: Number(match[1]), minor: Number(match[2]), exact: true };
}

const LOCKFILES: readonly string[] = ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml'];

/**
 * The version the lockfile of `dir` pins, or the `package-lock.json` of a folder above it
 * that has `dir` as a workspace (a monorepo's root); the first lockfile found decides.
 */
function lockedVersion(dir: string, readFile: (path: string) => string | undefined): DiscordJsVersion | undefined {
	for (let current = dir; ;) {
		for (const name of LOCKFILES) {
			const text = readFile(`${current}/${name}`);
			if (text === undefined) continue;
			if (current === dir) return discordJsFromLockfile(name, text);
			return name === 'package-lock.json' ? discordJsFromLockfile(name, text, dir.slice(current.length + 1)) : undefined;
		}
		const parent = current.replace(/\/[^/]*$/, '');
		if (parent === current || parent === '') return undefined;
		current = parent;
	}
}

/**
 * The discord.js version for `fileName`: the one of the nearest `package.json` above
 * it that names discord.js (a workspace's own manifest first, then the monorepo's), pinned to
 * what its lockfile installs when there is one (`npm ci` installs `14.15.3` from a lock even
 * when the range is `^14.15.3`). `readFile`
 * is the host's (ESLint's `fs`, tsserver's `ts.sys`, the language server's); `cache` keeps
 * answers per folder across files.
 */
export function discordJsFor(
	fileName: string,
	readFile: (path: string) => string | undefined,
	cache: Map<string, DiscordJsVersion | undefined> = new Map(),
): DiscordJsVersion | undefined {
	const folders: string[] = [];
	let dir = fileName.replace(/\\/g, '/').replace(/\/[^/]*$/, '');
	let found: DiscordJsVersion | undefined;
	for (;;) {
		if (cache.has(dir)) {
			found = cache.get(dir);
			break;
		}
		folders.push(dir);
		const text = dir.endsWith('/node_modules') ? undefined : readFile(`${dir}/package.json`);
		const version = text === undefined ? undefined : discordJsFromManifest(text);
		if (version !== undefined) {
			found = lockedVersion(dir, readFile) ?? version;
			break;
		}
		const parent = dir.replace(/\/[^/]*$/, '');
		if (parent === dir || parent === '') break;
		dir = parent;
	}
	for (const folder of folders) cache.set(folder, found);
	return found;
}
