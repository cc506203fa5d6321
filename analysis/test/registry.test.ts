import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
	CHECKS,
	discordJsFor,
	discordJsFromLockfile,
	discordJsFromManifest,
	editorCode,
	PROJECT_CHECKS,
	readCheckSettings,
	runChecks,
	severityOf,
	UNKNOWN_FINDING_CODE,
	type DiscordJsVersion,
} from '@ovenjs/analysis';
import { checksIndexSource } from '../src/registry/checksIndexSource.js';

const checksDir = fileURLToPath(new URL('../src/checks/', import.meta.url));

describe('the registry of checks', () => {
	it('lists every check folder (src/checks/index.ts is generated and not stale)', () => {
		const folders = readdirSync(checksDir, { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name);
		expect(readFileSync(`${checksDir}index.ts`, 'utf8'), 'run `npm run generate -w @ovenjs/analysis`').toBe(checksIndexSource(folders));
		expect(CHECKS.map((row) => row.id).sort()).toEqual(folders.sort());
	});

	it.each(CHECKS.map((row) => [row.id, row] as const))('%s: a complete row with docs', (id, row) => {
		expect(row.description).toMatch(/\.$/);
		expect(Object.keys(row.codes).sort()).toEqual(Object.keys(row.messages).sort());
		expect(readFileSync(`${checksDir}${id}/README.md`, 'utf8')).toContain(`ovenjs/${id}`);
	});

	it('gives every finding code its own editor code and a default severity', () => {
		const rows = [...CHECKS, ...PROJECT_CHECKS];
		const codes = rows.flatMap((row) => Object.values(row.codes) as number[]);
		expect(new Set(codes).size).toBe(codes.length);
		expect(editorCode('slow-work-before-acknowledge')).toBe(93050);
		expect(editorCode('not-a-code')).toBe(UNKNOWN_FINDING_CODE);
		expect(severityOf('embed-text-too-long')).toBe('error');
		expect(severityOf('missing-intent')).toBe('warning');
		expect(severityOf('missing-intent', { 'require-intents': 'off' })).toBe('off');
	});

	it('reads settings from untrusted input, dropping unknown ids and levels', () => {
		expect(readCheckSettings({ 'embed-limits': 'warning', 'no-such-check': 'off', 'require-intents': 'loud' })).toEqual({
			'embed-limits': 'warning',
		});
		expect(readCheckSettings('off')).toEqual({});
	});

	it('runs the rows over a file, skipping Discord checks on files that never mention Discord', () => {
		const file = (text: string): ts.SourceFile => ts.createSourceFile('f.ts', text, ts.ScriptTarget.Latest, true);
		const fail = (id: string, error: unknown): never => {
			throw new Error(`${id}: ${String(error)}`);
		};
		const bot = file(
			`import { EmbedBuilder } from 'discord.js';\nnew EmbedBuilder().setTitle('x'.repeat(300));\nexport const id = 175928847299117063;`,
		);
		expect(runChecks(ts, bot, {}, CHECKS, fail).map((f) => f.code)).toEqual(['embed-text-too-long', 'snowflake-precision']);
		const plain = file(`export const t = { title: 'x'.repeat(300) };\nexport const id = 175928847299117063;`);
		expect(runChecks(ts, plain, {}, CHECKS, fail).map((f) => f.code)).toEqual(['snowflake-precision']);
		const errors: string[] = [];
		const broken = { id: 'broken', anyFile: true, run: (): never => fail('broken', 'boom') };
		expect(runChecks(ts, plain, {}, [broken, ...CHECKS], (id) => errors.push(id)).map((f) => f.code)).toEqual(['snowflake-precision']);
		expect(errors).toEqual(['broken']);
	});
});

describe('the discord.js version of a file', () => {
	it('is the major of the nearest package.json that names discord.js', () => {
		expect(discordJsFromManifest('{"dependencies":{"discord.js":"^13.6.0"}}')).toEqual({ major: 13, minor: 6, exact: false });
		expect(discordJsFromManifest('{"devDependencies":{"discord.js":"~14.16.3"}}')).toEqual({ major: 14, minor: 16, exact: true });
		expect(discordJsFromManifest('{"dependencies":{"discord.js":"14.14.1"}}')).toEqual({ major: 14, minor: 14, exact: true });
		expect(discordJsFromManifest('{"dependencies":{"discord.js":"*"}}')).toMatchObject({ major: 14, exact: false });
		expect(discordJsFromManifest('{"dependencies":{"discord.js":"github:discordjs/discord.js"}}')).toBeUndefined();
		expect(discordJsFromManifest('{"dependencies":{"chalk":"5"}}')).toBeUndefined();
		expect(discordJsFromManifest('not json')).toBeUndefined();
		const files: Record<string, string> = {
			'/repo/package.json': '{"dependencies":{"discord.js":"^14.0.0"}}',
			'/repo/old/package.json': '{"dependencies":{"discord.js":"13.x"}}',
			'/repo/tools/package.json': '{"dependencies":{"chalk":"5"}}',
		};
		const read = (path: string): string | undefined => files[path];
		const cache = new Map<string, DiscordJsVersion | undefined>();
		expect(discordJsFor('/repo/old/src/bot.js', read, cache)?.major).toBe(13);
		expect(discordJsFor('/repo/tools/x.ts', read, cache)?.major).toBe(14);
		expect(discordJsFor('/repo/src/a/b.ts', read, cache)?.major).toBe(14);
		expect(discordJsFor('/elsewhere/x.ts', read)).toBeUndefined();
	});

	it('is what the lockfile installs when there is one: npm, yarn or pnpm next to the manifest, or the npm lock of a monorepo listing it', () => {
		const lockV3 = JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/discord.js': { version: '14.15.3' } } });
		const lockV1 = JSON.stringify({ lockfileVersion: 1, dependencies: { 'discord.js': { version: '13.14.0' } } });
		expect(discordJsFromLockfile('package-lock.json', lockV3)).toEqual({ major: 14, minor: 15, exact: true });
		expect(discordJsFromLockfile('package-lock.json', lockV1)).toEqual({ major: 13, minor: 14, exact: true });
		expect(discordJsFromLockfile('yarn.lock', 'discord.js@^14.11.0:\n  version "14.11.0"\n  resolved "…"\n')).toMatchObject({ minor: 11 });
		expect(discordJsFromLockfile('yarn.lock', '"discord.js@npm:^14.16.0":\n  version: 14.16.3\n')).toMatchObject({ minor: 16 });
		expect(discordJsFromLockfile('pnpm-lock.yaml', 'packages:\n\n  discord.js@14.19.3:\n    resolution: {}\n')).toMatchObject({
			minor: 19,
		});
		expect(discordJsFromLockfile('package-lock.json', '{}')).toBeUndefined();
		const files: Record<string, string> = {
			'/bot/package.json': '{"dependencies":{"discord.js":"^14.15.3"}}',
			'/bot/package-lock.json': lockV3,
			'/mono/package-lock.json': JSON.stringify({
				lockfileVersion: 3,
				packages: { '': {}, 'apps/bot': {}, 'node_modules/discord.js': { version: '14.15.3' } },
			}),
			'/mono/apps/bot/package.json': '{"dependencies":{"discord.js":"^14.0.0"}}',
			// A project inside a repository whose lock does not list it (a test fixture): its own range counts.
			'/mono/test/fixtures/old/package.json': '{"dependencies":{"discord.js":"^13.6.0"}}',
			'/unlocked/package.json': '{"dependencies":{"discord.js":"^14.15.3"}}',
		};
		const read = (path: string): string | undefined => files[path];
		expect(discordJsFor('/bot/src/index.ts', read)).toEqual({ major: 14, minor: 15, exact: true });
		expect(discordJsFor('/mono/apps/bot/src/index.ts', read)).toEqual({ major: 14, minor: 15, exact: true });
		expect(discordJsFor('/unlocked/src/index.ts', read)).toEqual({ major: 14, minor: 15, exact: false });
		expect(discordJsFor('/mono/test/fixtures/old/bot.js', read)).toEqual({ major: 13, minor: 6, exact: false });
	});
});
