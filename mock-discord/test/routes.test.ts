import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes, type MockDiscord } from '../src/index.js';
import { type Answer, control, expectSpecResponse, startMock } from './_helpers.js';
import { live, type Row, s } from './rows/_row.js';
import { areaRows } from './rows/index.js';

async function call(mock: MockDiscord, r: Row): Promise<Answer> {
	const headers: Record<string, string> = { ...r.headers };
	if (r.auth === undefined) headers['authorization'] = `Bot ${mock.token}`;
	if (r.auth === 'bearer') headers['authorization'] = `Bearer ${s['bearer']}`;
	let body: string | FormData | undefined;
	if (r.form !== undefined) body = r.form();
	else if (r.body !== undefined) {
		body = JSON.stringify(r.body());
		headers['content-type'] = 'application/json';
	}
	const response = await fetch(`${mock.api}/v10${r.path()}`, { method: r.method, headers, ...(body === undefined ? {} : { body }) });
	if (r.rawType !== undefined && response.ok) {
		expect(response.headers.get('content-type')).toContain(r.rawType);
		return { status: response.status, body: await response.arrayBuffer(), headers: response.headers };
	}
	const text = await response.text();
	return { status: response.status, body: text === '' ? undefined : JSON.parse(text), headers: response.headers };
}

describe('every REST route answers as the spec says', () => {
	let mock: MockDiscord;
	beforeAll(async () => {
		mock = await startMock({ polls: { hourMs: 60_000 } });
		live.mock = mock;
	});
	afterAll(() => mock.close());

	it.each(areaRows.map((r, i) => [`${i} ${r.method} ${r.template}`, r] as const))('%s', async (_name, r) => {
		await r.before?.();
		const answer = await call(mock, r);
		expect(answer.status, JSON.stringify(answer.body)).toBe(r.status);
		if (r.rawType === undefined) expectSpecResponse(r.method, r.template, answer);
		await r.after?.(answer);
	});

	it('serves /api without the version too', async () => {
		const response = await fetch(`${mock.api}/users/@me`, { headers: { authorization: `Bot ${mock.token}` } });
		expect(response.status).toBe(200);
	});

	it('has a row for every route the mock serves', () => {
		const covered = new Set(areaRows.map((r) => `${r.method} ${r.template}`));
		const missing = allRoutes.map((r) => `${r.method} ${r.path}`).filter((key) => !covered.has(key));
		expect(missing).toEqual([]);
	});

	it('logged every request without the token', async () => {
		const log = await control(mock, 'GET', '/requests');
		expect(log.body.length).toBeGreaterThanOrEqual(Math.min(areaRows.length, 1000));
		expect(JSON.stringify(log.body)).not.toContain(mock.token);
	});
});
