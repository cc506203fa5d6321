import { expect } from 'vitest';
import { createMockDiscord, type MockDiscord, type MockDiscordOptions, OpenApiSpec } from '../src/index.js';

/** A REST answer. */
export interface Answer {
	readonly status: number;
	readonly body: any;
	readonly headers: Headers;
}

/** Starts a mock with rate limits off unless the test asks for them. */
export function startMock(options: MockDiscordOptions = {}): Promise<MockDiscord> {
	return createMockDiscord({ rateLimits: { enabled: false }, ...options });
}

/** Calls the mock's REST API as the bot (or with `auth` given). */
export async function rest(
	mock: MockDiscord,
	method: string,
	path: string,
	body?: unknown,
	init: { auth?: string | null; raw?: string; contentType?: string; headers?: Readonly<Record<string, string>> } = {},
): Promise<Answer> {
	const headers: Record<string, string> = { ...init.headers };
	const auth = init.auth === undefined ? `Bot ${mock.token}` : init.auth;
	if (auth !== null) headers['authorization'] = auth;
	let payload: string | undefined;
	if (init.raw !== undefined) payload = init.raw;
	else if (body !== undefined) payload = JSON.stringify(body);
	if (payload !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
	const response = await fetch(`${mock.api}/v10${path}`, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
	const text = await response.text();
	return { status: response.status, body: text === '' ? undefined : JSON.parse(text), headers: response.headers };
}

/** Calls the control API. */
export async function control(mock: MockDiscord, method: string, path: string, body?: unknown): Promise<Answer> {
	const response = await fetch(`${mock.control}${path}`, {
		method,
		...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
	});
	const text = await response.text();
	return { status: response.status, body: text === '' ? undefined : JSON.parse(text), headers: response.headers };
}

/**
 * Where Discord's OpenAPI description is narrower than what Discord documents and sends, the
 * mock follows the documentation, and the response is checked with the documented value
 * mapped onto one the description allows. Each gap names its documentation.
 */
const SPEC_GAPS: readonly { readonly route: RegExp; readonly why: string; readonly patch: (body: any) => void }[] = [
	{
		route: /entitlements/,
		why: 'EntitlementTypes lists 8 and 10 only; Discord documents 1–10 (purchases are 1, test entitlements 4): https://discord.com/developers/docs/resources/entitlement#entitlement-object-entitlement-types',
		patch: (body) => {
			for (const e of Array.isArray(body) ? body : [body]) if (typeof e?.type === 'number') e.type = 8;
		},
	},
];

/** Asserts a body matches the spec's response schema for the operation and status. */
export function expectSpecResponse(method: string, template: string, answer: Answer): void {
	const check = OpenApiSpec.shared().responseCheck(template, method, answer.status);
	const gaps = SPEC_GAPS.filter((g) => g.route.test(template));
	if (gaps.length > 0 && answer.body !== undefined) {
		const body = structuredClone(answer.body);
		for (const gap of gaps) gap.patch(body);
		answer = { ...answer, body };
	}
	if (answer.status === 204) {
		expect(answer.body).toBeUndefined();
		return;
	}
	expect(check, `spec declares a JSON body for ${method} ${template} ${answer.status}`).toBeDefined();
	const valid = check?.(answer.body);
	expect(valid, `${method} ${template} ${answer.status}: ${JSON.stringify(check?.errors?.slice(0, 3))}`).toBe(true);
}

/** Asserts Discord's error JSON. */
export function expectError(answer: Answer, status: number, code: number): void {
	expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
	expect(typeof answer.body?.message).toBe('string');
}
