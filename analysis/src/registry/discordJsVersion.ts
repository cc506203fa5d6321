/** The discord.js a project installs, as far as its `package.json` range tells. */
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
 * The discord.js version for `fileName`: the one of the nearest `package.json` above
 * it that names discord.js (a workspace's own manifest first, then the monorepo's). `readFile`
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
			found = version;
			break;
		}
		const parent = dir.replace(/\/[^/]*$/, '');
		if (parent === dir || parent === '') break;
		dir = parent;
	}
	for (const folder of folders) cache.set(folder, found);
	return found;
}
