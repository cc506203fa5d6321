/** The packages whose presence in a `package.json` makes a workspace a bot project. */
export const discordLibraries = ['ovenjs', 'discord.js', '@ovenjs/mock-discord'] as const;

/**
 * Whether a `package.json` text depends on OvenJS or discord.js (in any dependency
 * section). Unparseable text is not a bot project.
 */
export function usesDiscordLibrary(packageJsonText: string): boolean {
	let manifest: unknown;
	try {
		manifest = JSON.parse(packageJsonText);
	} catch {
		return false;
	}
	if (typeof manifest !== 'object' || manifest === null) return false;
	const m = manifest as Record<string, unknown>;
	if (typeof m['name'] === 'string' && (discordLibraries as readonly string[]).includes(m['name'])) return true;
	for (const section of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
		const deps = m[section];
		if (typeof deps === 'object' && deps !== null && discordLibraries.some((lib) => lib in deps)) return true;
	}
	return false;
}
