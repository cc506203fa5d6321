/**
 * One error root: every error class every package exports derives from `OvenError`, carries
 * a namespaced code no other family uses, and is named `Class[CODE]`; docs/errors.md lists them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as analysis from '@ovenjs/analysis';
import * as languageServer from '@ovenjs/language-server';
import * as migrate from '@ovenjs/migrate';
import * as mock from '@ovenjs/mock-discord';
import * as ovenjs from 'ovenjs';
import { OvenError } from 'ovenjs/errors';
import * as knowledge from 'ovenjs/knowledge';
import * as extension from 'ovenjs-vscode';
import {
	codeOwners,
	ERROR_PACKAGES,
	listErrorClasses,
	readErrorCodesPage,
	renderErrorCodes,
	STANDALONE_PACKAGES,
	type ErrorClassInfo,
} from './errorCodes.js';

const classes = listErrorClasses();

/** Every TypeScript source below `dir`, concatenated. */
function sourcesOf(dir: string): string {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.c?ts$/.test(file) && !file.endsWith('.d.ts'))
		.map((file) => readFileSync(join(dir, file), 'utf8'))
		.join('\n');
}

/** The family of a class: its ancestor (or itself) that derives from `OvenError` directly. */
function familyOf(info: ErrorClassInfo): string {
	const at = info.bases.indexOf('OvenError');
	return at <= 0 ? info.name : (info.bases[at - 1] ?? info.name);
}

/** The error classes a module exports at runtime. */
function errorClassesOf(module: Record<string, unknown>): [string, new (...args: never[]) => Error][] {
	return Object.entries(module).filter(
		(entry): entry is [string, new (...args: never[]) => Error] =>
			typeof entry[1] === 'function' && (entry[1] as { prototype?: unknown }).prototype instanceof Error,
	);
}

describe('one error root', () => {
	it('finds the error classes of every package (the listing can fail)', () => {
		const names = classes.map((info) => info.name);
		for (const name of ['OvenRESTError', 'RateLimitError', 'GatewayError', 'OvenCacheError', 'InteractionError', 'NodeVersionError'])
			expect(names).toContain(name);
		for (const name of ['MockDiscordError', 'MigrationError', 'OvenLanguageServerError', 'OvenExtensionError'])
			expect(names).toContain(name);
		expect(new Set(classes.map((info) => info.package))).toEqual(
			new Set([
				'ovenjs',
				'ovenjs/knowledge',
				'@ovenjs/mock-discord',
				'@ovenjs/migrate',
				'@ovenjs/language-server',
				'ovenjs-vscode',
				'create-oven-bot',
			]),
		);
	});

	it('derives every exported error class from OvenError (create-oven-bot, which depends on nothing, keeps its shape)', () => {
		const outside = classes.filter((info) => info.name !== 'OvenError' && !info.bases.includes('OvenError'));
		expect(outside.map((info) => `${info.package} ${info.name}`)).toEqual(
			outside.filter((info) => info.package in STANDALONE_PACKAGES).map((info) => `${info.package} ${info.name}`),
		);
	});

	it('gives every class a code in its package namespace, and no code to two families', () => {
		const family = new Map<string, string>();
		for (const info of classes.filter((c) => c.name !== 'OvenError')) {
			expect(info.codes, `${info.name} has no code`).not.toEqual([]);
			const prefixes: readonly string[] = ERROR_PACKAGES.find((p) => p.name === info.package)?.prefixes ?? [];
			for (const code of info.codes) {
				expect(
					prefixes.some((prefix) => code.startsWith(prefix)),
					`${info.name}'s ${code} is not in ${prefixes.join('/')}`,
				).toBe(true);
				const owner = family.get(code);
				expect(owner === undefined || owner === familyOf(info), `${code} is used by ${owner} and ${familyOf(info)}`).toBe(true);
				family.set(code, familyOf(info));
			}
		}
		expect(family.size).toBeGreaterThan(60);
		// "Invalid option" is spelled one way, with the family's namespace in front.
		const options = [...family.keys()].filter((code) => /INVALID.*OPTION|OPTION.*INVALID|BAD_OPTION/.test(code));
		expect(options.length).toBeGreaterThan(5);
		for (const code of options) expect(code).toMatch(/^[A-Z]+_INVALID_OPTION$/);
	});

	it('agrees with what the packages export at runtime', () => {
		const modules: [string, Record<string, unknown>][] = [
			['ovenjs', { ...ovenjs, ...knowledge }],
			['@ovenjs/mock-discord', mock],
			['@ovenjs/migrate', migrate],
			['@ovenjs/language-server', languageServer],
			['@ovenjs/analysis', analysis],
			['ovenjs-vscode', extension],
		];
		for (const [name, module] of modules) {
			const exported = errorClassesOf(module);
			expect(exported.map(([key]) => key).sort(), name).toEqual(
				classes
					.filter((info) => info.package === name || (name === 'ovenjs' && info.package === 'ovenjs/knowledge'))
					.map((info) => info.name)
					.sort(),
			);
			for (const [key, value] of exported) expect(value === OvenError || value.prototype instanceof OvenError, key).toBe(true);
		}
	});

	it('names an error Class[CODE], one way, and keeps the code and the cause', () => {
		const thrown = (() => {
			try {
				ovenjs.Permissions.from(['SendMesages' as 'SendMessages']);
			} catch (error) {
				return error;
			}
			return undefined;
		})();
		expect(thrown).toBeInstanceOf(OvenError);
		expect(thrown).toMatchObject({ code: 'PERMISSIONS_INVALID', name: 'InvalidPermissionError[PERMISSIONS_INVALID]' });
		const cause = new Error('socket closed');
		const closed = new mock.MockDiscordError('MOCK_SCENARIO_INVALID', 'Fix the scenario.', { cause });
		expect(closed).toMatchObject({ name: 'MockDiscordError[MOCK_SCENARIO_INVALID]', cause });
		expect(String(closed)).toBe('MockDiscordError[MOCK_SCENARIO_INVALID]: Fix the scenario.');
	});

	it('says what each code means where a class carries several (TSDoc above the code in its type)', () => {
		const owners = codeOwners(classes);
		const undocumented = [...owners]
			.filter(([code, info]) => info.codes.length > 1 && info.codeSummaries[code] === undefined)
			.map(([code, info]) => `${info.name} ${code}`);
		expect(undocumented).toEqual([]);
	});

	it('has no code that nothing throws or reports', () => {
		const sources = ERROR_PACKAGES.map((p) => sourcesOf(dirname(fileURLToPath(new URL(`../../${p.entry}`, import.meta.url))))).join('\n');
		// Once where the code type declares it, at least once where an error is made with it.
		const unused = [...codeOwners(classes).keys()].filter((code) => sources.split(`'${code}'`).length - 1 < 2);
		expect(unused).toEqual([]);
	});

	it('is documented in docs/errors.md (node --import tsx test/errors/errorCodes.ts)', () => {
		expect(readErrorCodesPage()).toBe(renderErrorCodes(classes));
	});
});
