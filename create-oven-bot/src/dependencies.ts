import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CreateOvenBotError } from './CreateOvenBotError.js';
import type { LanguageName } from './templates.js';

/**
 * The version of every OvenJS package a project gets: they are released together, so it is
 * create-oven-bot's own.
 */
export const OVEN_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
	.version;

/**
 * Third-party packages a project uses, at the ranges the OvenJS repository is tested with
 * (test/dependencyRanges.test.ts checks them against the repository's package.json files).
 */
export const ThirdPartyRanges = {
	eslint: '^9.39.5',
	vitest: '~4.1.12',
	typescript: '~5.9.3',
	'typescript-eslint': '^8.73.0',
	tsx: '^4.23.0',
	'@types/node': '^20.19.0',
} as const;

/** OvenJS's own packages, and those they depend on, that a project installs. */
const OVEN_PACKAGES = [
	'ovenjs',
	'@ovenjs/mock-discord',
	'@ovenjs/eslint-plugin',
	'@ovenjs/ts-plugin',
	'@ovenjs/analysis',
	'@ovenjs/discord-api-spec',
] as const;

/** The dependency fields of a project's package.json. */
export interface ProjectDependencies {
	readonly dependencies: Record<string, string>;
	readonly devDependencies: Record<string, string>;
	/** Set with tarballs: points the packages' own dependencies on each other at the tarballs too. */
	readonly overrides?: Record<string, string>;
}

/**
 * What a project depends on. From the npm registry by default; with `tarballs` (a folder of
 * `npm pack` output), OvenJS's packages come from the `.tgz` files there instead, for
 * testing unreleased packages.
 */
export function projectDependencies(language: LanguageName, tarballs?: string): ProjectDependencies {
	const spec = tarballs === undefined ? (): string => `^${OVEN_VERSION}` : tarballSpecs(tarballs);
	const dependencies = { ovenjs: spec('ovenjs') };
	const devDependencies: Record<string, string> = {
		'@ovenjs/eslint-plugin': spec('@ovenjs/eslint-plugin'),
		'@ovenjs/mock-discord': spec('@ovenjs/mock-discord'),
		eslint: ThirdPartyRanges.eslint,
		vitest: ThirdPartyRanges.vitest,
	};
	if (language === 'ts') {
		Object.assign(devDependencies, {
			'@ovenjs/ts-plugin': spec('@ovenjs/ts-plugin'),
			'@types/node': ThirdPartyRanges['@types/node'],
			tsx: ThirdPartyRanges.tsx,
			typescript: ThirdPartyRanges.typescript,
			'typescript-eslint': ThirdPartyRanges['typescript-eslint'],
		});
	}
	const sorted = Object.fromEntries(Object.entries(devDependencies).sort(([a], [b]) => a.localeCompare(b)));
	if (tarballs === undefined) return { dependencies, devDependencies: sorted };
	// npm applies overrides to transitive dependencies; for a direct one it must be `$name`.
	const direct = new Set([...Object.keys(dependencies), ...Object.keys(sorted)]);
	const overrides = Object.fromEntries(
		OVEN_PACKAGES.filter((name) => language === 'ts' || name !== '@ovenjs/ts-plugin').map((name) => [
			name,
			direct.has(name) ? `$${name}` : spec(name),
		]),
	);
	return { dependencies, devDependencies: sorted, overrides };
}

/** Maps each OvenJS package to `file:<its tarball>`, or throws `CREATE_TARBALL_MISSING` naming what is missing. */
function tarballSpecs(folder: string): (name: string) => string {
	const dir = resolve(folder);
	const files = new Map<string, string>(
		OVEN_PACKAGES.map((name) => [name, join(dir, `${name.replace(/^@/, '').replace('/', '-')}-${OVEN_VERSION}.tgz`)]),
	);
	const missing = [...files.values()].filter((file) => !existsSync(file));
	if (missing.length > 0) {
		throw new CreateOvenBotError(
			'CREATE_TARBALL_MISSING',
			`--tarballs ${folder} lacks ${missing.join(', ')}. From a clone of the OvenJS repository, run \`npm run build\` then ` +
				`\`npm pack ${OVEN_PACKAGES.map((name) => `-w ${name}`).join(' ')} --pack-destination ${folder}\`.`,
		);
	}
	return (name) => `file:${files.get(name)!}`;
}
