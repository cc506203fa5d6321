import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { HTTPError } from '../rest/errors/HTTPError.js';
import { InvalidRequestBudgetError } from '../rest/errors/InvalidRequestBudgetError.js';
import { RateLimitError } from '../rest/errors/RateLimitError.js';
import { RequestTimeoutError } from '../rest/errors/RequestTimeoutError.js';
import { RESTDestroyedError } from '../rest/errors/RESTDestroyedError.js';
import { RestProxyError } from './RestProxyError.js';

/**
 * Headers that belong to one hop (RFC 9110 §7.6.1), or that the proxy sets itself: the token,
 * the length of a body it re-sends, and `accept-encoding`, so that Discord answers in plain
 * bytes the proxy can read (a 429's `retry_after`).
 */
const NOT_FORWARDED: ReadonlySet<string> = new Set([
	'authorization',
	'accept-encoding',
	'connection',
	'content-length',
	'expect',
	'host',
	'keep-alive',
	'proxy-authorization',
	'proxy-connection',
	'te',
	'trailer',
	'transfer-encoding',
	'upgrade',
]);

/** The request headers to send on to Discord (lowercase names, as Node gives them). */
export function upstreamHeaders(headers: IncomingHttpHeaders): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value === undefined || NOT_FORWARDED.has(name)) continue;
		out[name] = Array.isArray(value) ? value.join(', ') : value;
	}
	return out;
}

/** Discord's response headers to hand back, rate-limit headers included; the proxy sets the length. */
export function downstreamHeaders(headers: Readonly<Record<string, string | string[] | undefined>>, length: number): OutgoingHttpHeaders {
	const out: OutgoingHttpHeaders = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value !== undefined && !NOT_FORWARDED.has(name)) out[name] = value;
	}
	out['content-length'] = length;
	return out;
}

/**
 * Reads a request body whole (a multipart upload is re-sent as is on a retry), up to `maxBytes`.
 * @throws {RestProxyError} `REST_PROXY_BAD_REQUEST` (413) past `maxBytes`.
 */
export async function readRequestBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
	const chunks: Buffer[] = [];
	let length = 0;
	for await (const chunk of request as AsyncIterable<Buffer>) {
		length += chunk.length;
		if (length > maxBytes) {
			throw new RestProxyError(
				'REST_PROXY_BAD_REQUEST',
				413,
				`The request body is larger than the proxy's maxBodyBytes (${maxBytes}); raise it if Discord accepts uploads this large.`,
			);
		}
		chunks.push(chunk);
	}
	return length === 0 ? undefined : Buffer.concat(chunks, length);
}

/**
 * The answer for what the REST client threw: a rate limit it will not wait for becomes a 429 as
 * Discord words it (clients know how to wait); a dead or silent upstream a 502/504 with a JSON
 * body, as is anything unforeseen: a client always gets an answer.
 */
export function upstreamFailure(
	error: unknown,
	method: string,
	route: string,
): { error: RestProxyError; headers: OutgoingHttpHeaders; body: string } {
	if (error instanceof RateLimitError) {
		const seconds = error.info.retryAfterMs / 1000;
		const global = error.info.scope === 'global';
		const body = JSON.stringify({ message: error.message, retry_after: seconds, global, code: 0 });
		const headers = {
			'retry-after': String(Math.ceil(seconds)),
			'x-ratelimit-scope': error.info.scope,
			...(global ? { 'x-ratelimit-global': 'true' } : {}),
		};
		return { error: new RestProxyError('REST_PROXY_UPSTREAM', 429, error.message, { cause: error }), headers, body };
	}
	let failure: RestProxyError;
	if (error instanceof RequestTimeoutError)
		failure = new RestProxyError('REST_PROXY_UPSTREAM', 504, `${method} ${route}: Discord did not answer in time (${error.message})`, {
			cause: error,
		});
	else if (error instanceof HTTPError || error instanceof InvalidRequestBudgetError)
		failure = new RestProxyError('REST_PROXY_UPSTREAM', 502, `${method} ${route} could not be passed on: ${error.message}`, {
			cause: error,
		});
	else if (error instanceof RESTDestroyedError)
		failure = new RestProxyError('REST_PROXY_CLOSED', 503, 'The REST proxy is shutting down; retry on another.');
	else if (error instanceof RestProxyError) failure = error;
	else
		failure = new RestProxyError(
			'REST_PROXY_UPSTREAM',
			502,
			`${method} ${route} could not be passed on: ${error instanceof Error ? error.message : String(error)}`,
			{
				cause: error,
			},
		);
	return { error: failure, headers: {}, body: JSON.stringify(failure) };
}

/** Answers `error` as JSON `{ code, message }` with its status. */
export function answer(response: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: string): void {
	if (response.headersSent || response.destroyed) return;
	response
		.writeHead(status, {
			...headers,
			'content-type': 'application/json',
			'content-length': Buffer.byteLength(body),
			'cache-control': 'no-store',
		})
		.end(body);
}
