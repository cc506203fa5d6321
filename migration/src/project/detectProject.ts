import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { DiscordJsVersion } from '../Transform.js';
import { frameworkOf } from './frameworks.js';
import type { FoundFramework, ProjectInfo } from './ProjectInfo.js';

type PackageJson = {
	readonly type?: unknown;
	readonly engines?: { readonly node?: unknown };
	readonly dependencies?: Readonly<Record<string, unknown>>;
	readonly devDependencies?: Readonly<Record<string, unknown>>;
	readonly peerDependencies?: Readonly<Record<string, unknown>>;
	readonly version?: unknown;
};

function readJson(path: string): PackageJson | undefined {
	try {
		const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
		return typeof parsed === 'object' && parsed !== null ? (parsed as PackageJson) : undefined;
	} catch {
		return undefined; // unreadable or not JSON: as if absent
	}
}

/** The nearest `package.json` at or above `root`. */
function nearestPackageJson(root: string): PackageJson | undefined {
	for (let dir = root; ; dir = dirname(dir)) {
		const path = join(dir, 'package.json');
		if (existsSync(path)) return readJson(path);
		if (dirname(dir) === dir) return undefined;
	}
}

/** The version of the discord.js Node would load from `root`, if installed. */
export function installedDiscordJs(root: string): string | undefined {
	for (let dir = root; ; dir = dirname(dir)) {
		const version = readJson(join(dir, 'node_modules', 'discord.js', 'package.json'))?.version;
		if (typeof version === 'string') return version;
		if (dirname(dir) === dir) return undefined;
	}
}

/** `^13.1.0`, `~14.16.3`, `14.14.1`, `npm:discord.js@13` → the major, when the range names one. */
function majorOfRange(range: unknown): number | undefined {
	if (typeof range !== 'string') return undefined;
	const match = /(?:^|[\s^~=<>@v])(\d+)(?:\.|$|\s)/.exec(range);
	return match?.[1] === undefined ? undefined : Number(match[1]);
}

function versionOf(major: number | undefined): DiscordJsVersion | undefined {
	if (major === undefined) return undefined;
	return major <= 13 ? 'v13' : 'v14';
}

const IMPORT = /(?:from\s*|require\s*\(\s*|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;

/**
 * Reads what the migration needs to know about the bot before touching a file: the discord.js
 * major (installed, else declared), the module type, `engines.node`, and any framework built on
 * discord.js, from package.json or from an import in `sources` (path → text).
 */
export function detectProject(root: string, sources: ReadonlyMap<string, string>): ProjectInfo {
	const json = nearestPackageJson(root);
	const installed = installedDiscordJs(root);
	const declared = json?.dependencies?.['discord.js'] ?? json?.devDependencies?.['discord.js'] ?? json?.peerDependencies?.['discord.js'];
	const from = versionOf(majorOfRange(installed)) ?? versionOf(majorOfRange(declared)) ?? 'v14';
	const frameworks = new Map<string, FoundFramework>();
	for (const deps of [json?.dependencies, json?.devDependencies]) {
		for (const name of Object.keys(deps ?? {})) {
			const found = frameworkOf(name);
			if (found !== undefined && !frameworks.has(found.framework.name))
				frameworks.set(found.framework.name, { ...found, evidence: 'package.json' });
		}
	}
	for (const [path, text] of sources) {
		for (const match of text.matchAll(IMPORT)) {
			const found = frameworkOf(match[1] ?? '');
			if (found !== undefined && !frameworks.has(found.framework.name))
				frameworks.set(found.framework.name, { ...found, evidence: relative(root, path).split(sep).join('/') });
		}
	}
	return {
		from,
		installedDiscordJs: installed,
		moduleType: json?.type === 'module' ? 'module' : 'commonjs',
		nodeEngine: typeof json?.engines?.node === 'string' ? json.engines.node : undefined,
		frameworks: [...frameworks.values()],
	};
}
