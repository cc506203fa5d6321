/**
 * Reads the discord.js major version a project depends on from its `package.json` text:
 * `dependencies`, `devDependencies` or `peerDependencies`, the first number of the range
 * (`^14.16.3` → 14, `~13.6.0` → 13, `13` → 13). Undefined when it does not depend on
 * discord.js, the range has no number (`latest`, a git URL) or the text is not JSON.
 */
export function discordJsMajorFromManifest(text: string): number | undefined {
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
		const major = /(\d+)/.exec(range.replace(/^npm:discord\.js@/, ''))?.[1];
		return major === undefined ? undefined : Number(major);
	}
	return undefined;
}

/**
 * The discord.js major version for `fileName`: the one of the nearest `package.json` above
 * it that names discord.js (a workspace's own manifest first, then the monorepo's). `readFile`
 * is the host's (ESLint's `fs`, tsserver's `ts.sys`, the language server's); `cache` keeps
 * answers per folder across files.
 */
export function discordJsMajorFor(
	fileName: string,
	readFile: (path: string) => string | undefined,
	cache: Map<string, number | undefined> = new Map(),
): number | undefined {
	const folders: string[] = [];
	let dir = fileName.replace(/\\/g, '/').replace(/\/[^/]*$/, '');
	let found: number | undefined;
	for (;;) {
		if (cache.has(dir)) {
			found = cache.get(dir);
			break;
		}
		folders.push(dir);
		const text = dir.endsWith('/node_modules') ? undefined : readFile(`${dir}/package.json`);
		const major = text === undefined ? undefined : discordJsMajorFromManifest(text);
		if (major !== undefined) {
			found = major;
			break;
		}
		const parent = dir.replace(/\/[^/]*$/, '');
		if (parent === dir || parent === '') break;
		dir = parent;
	}
	for (const folder of folders) cache.set(folder, found);
	return found;
}
