import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '@ovenjs/mock-discord';
import { DiscordAPIError } from 'ovenjs';
import { readClaims } from '../../scripts/_apiClaims.js';
import { allOperations } from '../../scripts/generate-api.js';
import type { SpecOperation } from '../../scripts/_specOperations.js';
import { CASES, REASON } from './_everyMethodCases.js';
import { DefaultIds as D, startAPI, type APIHarness } from './_harness.js';

const claims = readClaims(new URL('../../src/api/', import.meta.url).pathname);
const { operations } = allOperations();

/** The operation a logged request hit: the template that matches with the most literal segments. */
function operationOf(entry: RequestLogEntry): SpecOperation | undefined {
	const matches = operations.filter(
		(op) => op.method === entry.method && new RegExp(`^${op.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(entry.path),
	);
	const literals = (op: SpecOperation): number => op.path.split('/').filter((s) => s !== '' && !s.startsWith('{')).length;
	return matches.sort((a, b) => literals(b) - literals(a))[0];
}

/**
 * The path parameters the world's ids may fill: a method that put a guild id in `{user_id}`
 * (its arguments swapped) still matches the template, and fails here.
 */
const PLACES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
	[D.guild, ['guild_id']],
	...[D.general, D.announcements, D.voice, D.thread, D.staff].map((id) => [id, ['channel_id']] as const),
	[D.alice, ['user_id', 'overwrite_id']],
	[D.moderatorRole, ['role_id']],
	[D.application, ['application_id', 'webhook_id']],
]);

/** Each known id of `path` and the parameter of `template` it fills. */
function placed(template: string, path: string): [string, string][] {
	const names = template.split('/');
	return path
		.split('/')
		.map((value, i): [string, string] => [decodeURIComponent(value), /^\{(\w+)\}$/.exec(names[i] ?? '')?.[1] ?? ''])
		.filter(([value]) => PLACES.has(value));
}

let h: APIHarness;
beforeAll(async () => {
	h = await startAPI();
});
afterAll(async () => {
	await h?.close();
});

describe('every API method against the mock, checked through its request log', () => {
	it('has a case for every public method, and no case for a method that does not exist', () => {
		expect(Object.keys(CASES).sort()).toEqual(claims.map((c) => `${c.group}.${c.method}`).sort());
	});

	it.each(claims.map((c) => [`${c.group}.${c.method}`, c] as const))('%s sends the operation it claims', async (name, claim) => {
		const testCase = CASES[name];
		if (testCase === undefined) throw new Error(`no case for ${name}`);
		const hit = new Set<string>();
		for (const run of testCase.calls) {
			const before = (await h.mock.requests()).length;
			await run(h.api).catch((error: unknown) => {
				// Any Discord answer is fine (the mock may not know the id or the route); a body the
				// description's schema rejects is not, nor is an error raised before sending.
				if (!(error instanceof DiscordAPIError)) throw error;
				if (error.rawCode === 50035) throw new Error(`${name}: the mock rejected the body: ${error.message}`, { cause: error });
			});
			const entries = (await h.mock.requests()).slice(before);
			expect(entries.length, `${name} sent nothing`).toBeGreaterThan(0);
			for (const entry of entries) {
				const op = operationOf(entry);
				expect(op?.id, `${entry.method} ${entry.path}`).toBeDefined();
				expect(claim.operations).toContain(op?.id);
				hit.add(op?.id ?? '');
				for (const [id, name] of placed(op?.path ?? '', entry.path)) expect(PLACES.get(id), `${id} in {${name}}`).toContain(name);
				expect(entry.query ?? '', 'query string').toBe(testCase.query ?? '');
				for (const key of new URLSearchParams(entry.query ?? '').keys()) expect(op?.query, `query ${key}`).toContain(key);
				expect(entry.body, 'body (payload_json for uploads)').toEqual(testCase.body ?? null);
				expect(entry.reason, 'options.reason as X-Audit-Log-Reason').toBe(REASON);
			}
		}
		expect([...hit].sort()).toEqual([...claim.operations]);
	});
});
