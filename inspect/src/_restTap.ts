import { STATUS_CODES } from 'node:http';
import { Readable } from 'node:stream';
import { routeInfo, type Inspector } from 'ovenjs';
import type { InspectorRest } from 'ovenjs/inspector/protocol';
import type { RequestInitLike, ResponseLike, RestLike } from './_discordJs.js';

/** The JSON body a request carried: a JSON string, or the `payload_json` part of a multipart form (files left out). */
async function requestJson(body: unknown): Promise<unknown> {
	let text: unknown = body;
	if (body instanceof FormData) text = body.get('payload_json');
	if (typeof text !== 'string') return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** The response body, parsed as @discordjs/rest would: JSON when it says so, text otherwise, nothing for none. */
function responseJson(bytes: Buffer, contentType: string | null): unknown {
	if (bytes.length === 0) return undefined;
	const text = bytes.toString('utf8');
	if (contentType?.startsWith('application/json') !== true) return text;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

/** A `ResponseLike` over bytes already read, so the library reads the body the inspector read too. */
function replayable(response: ResponseLike, bytes: Buffer): ResponseLike & Record<string, unknown> {
	let used = false;
	const take = (): Buffer => {
		used = true;
		return bytes;
	};
	return {
		body: Readable.from([bytes]),
		status: response.status,
		statusText: response.statusText ?? STATUS_CODES[response.status] ?? '',
		ok: response.status >= 200 && response.status < 300,
		headers: response.headers,
		get bodyUsed() {
			return used;
		},
		arrayBuffer: async () => {
			const b = take();
			return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
		},
		json: async () => JSON.parse(take().toString('utf8')) as unknown,
		text: async () => take().toString('utf8'),
	};
}

function header(response: ResponseLike, name: string): number | null {
	const value = response.headers.get(name);
	return value === null || value === '' || !Number.isFinite(Number(value)) ? null : Number(value);
}

/**
 * Wraps discord.js's REST `makeRequest` so that every attempt is published: method, route
 * template, path, status, duration, bucket state from the headers, and both bodies. The
 * response is read once and handed on as it came. Returns a function that unwraps it.
 */
export function tapRest(rest: RestLike, inspector: Inspector): () => void {
	const original = rest.options.makeRequest;
	const base = new URL(`${rest.options.api.replace(/\/+$/, '')}/v${rest.options.version}`).pathname;
	let nextId = 1;
	const wrapped = async (url: string, init: RequestInitLike): Promise<ResponseLike> => {
		const started = performance.now();
		const response = await original(url, init);
		const bytes = Buffer.from(await response.arrayBuffer());
		const target = new URL(url);
		const path = `${target.pathname.startsWith(base) ? target.pathname.slice(base.length) : target.pathname}${target.search}`;
		const method = (init.method ?? 'GET').toUpperCase();
		const requestBody = await requestJson(init.body);
		const responseBody = responseJson(bytes, response.headers.get('content-type'));
		const resetAfter = header(response, 'x-ratelimit-reset-after');
		const message: InspectorRest = {
			type: 'rest',
			id: nextId++,
			method,
			route: routeInfo(method, path.split('?')[0] ?? path).template,
			path,
			status: response.status,
			durationMs: performance.now() - started,
			attempt: 1,
			bucket: response.headers.get('x-ratelimit-bucket'),
			remaining: header(response, 'x-ratelimit-remaining'),
			limit: header(response, 'x-ratelimit-limit'),
			resetAfterMs: resetAfter === null ? null : resetAfter * 1000,
			...(requestBody === undefined ? {} : { requestBody }),
			...(responseBody === undefined ? {} : { responseBody }),
			at: Date.now(),
		};
		inspector.publish(message);
		return replayable(response, bytes);
	};
	rest.options.makeRequest = wrapped;
	return () => {
		if (rest.options.makeRequest === wrapped) rest.options.makeRequest = original;
	};
}
