import type { APIGatewayBotInfo } from 'discord-api-types/v10';
import { request } from 'undici';
import { GatewayBotError } from './GatewayBotError.js';
import { _checkToken } from '../rest/_checkToken.js';
import { sleep } from '../rest/_sleep.js';
import { REDACTED } from './redactPayload.js';

/** Discord's REST base, the default `api` of the sharding strategies. */
export const DEFAULT_API_BASE = 'https://discord.com/api/v10';

function scrub(text: string, token: string): string {
	return token === '' ? text : text.split(token).join(REDACTED);
}

/** Whether `value` has what a sharding plan reads from `GET /gateway/bot`: `url`, `shards`, `session_start_limit`. */
export function isGatewayBotInfo(value: unknown): value is APIGatewayBotInfo {
	if (typeof value !== 'object' || value === null) return false;
	const info = value as Partial<Record<keyof APIGatewayBotInfo, unknown>>;
	const limit = info.session_start_limit as Partial<Record<string, unknown>> | undefined;
	return (
		typeof info.url === 'string' &&
		Number.isInteger(info.shards) &&
		(info.shards as number) >= 1 &&
		typeof limit === 'object' &&
		limit !== null &&
		Number.isInteger(limit.max_concurrency) &&
		typeof limit.remaining === 'number'
	);
}

/** 429s waited out before giving up: every process of a bot asks at start, and they may start together. */
const RATE_LIMIT_RETRIES = 3;

/** `retry_after` of a 429 body, in ms (Discord sends seconds); a second when it says nothing usable. */
function retryAfterMs(body: unknown): number {
	const seconds = typeof body === 'object' && body !== null ? (body as { retry_after?: unknown }).retry_after : undefined;
	return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, 60_000) : 1000;
}

/**
 * `GET {api}/gateway/bot`: the gateway URL, the recommended shard count and the session
 * start limit (`max_concurrency` paces IDENTIFY). A 429 is waited out (`retry_after`, up to
 * three times). Rejects with a {@link GatewayBotError} (no token in it) on a network error,
 * another non-2xx status or a malformed body, with an `InvalidTokenError` before any request
 * when the token is malformed, and with `signal.reason` if `signal` aborts.
 * @param api - REST base, e.g. {@link DEFAULT_API_BASE} or a mock's `/api/v10`.
 * @param token - the bot token, sent as `Authorization: Bot <token>`.
 * @see https://discord.com/developers/docs/events/gateway#get-gateway-bot
 */
export async function fetchGatewayBot(api: string, token: string, signal?: AbortSignal): Promise<APIGatewayBotInfo> {
	_checkToken(token);
	for (let attempt = 0; ; attempt += 1) {
		const answer = await requestGatewayBot(api, token, signal);
		if (answer.status !== 429 || attempt === RATE_LIMIT_RETRIES) return checkGatewayBot(answer, token);
		await sleep(retryAfterMs(answer.body), signal ?? new AbortController().signal);
	}
}

interface Answer {
	readonly url: string;
	readonly status: number;
	readonly text: string;
	readonly body: unknown;
}

async function requestGatewayBot(api: string, token: string, signal: AbortSignal | undefined): Promise<Answer> {
	const url = `${api.replace(/\/+$/, '')}/gateway/bot`;
	let status: number;
	let text: string;
	try {
		const response = await request(url, {
			method: 'GET',
			headers: { authorization: `Bot ${token}`, 'user-agent': 'DiscordBot (https://github.com/ovenjs/ovenjs, 0.1.0)' },
			...(signal !== undefined && { signal }),
		});
		status = response.statusCode;
		text = await response.body.text();
	} catch (error) {
		if (signal?.aborted === true) throw signal.reason;
		const reason = error instanceof Error ? error.message : String(error);
		throw new GatewayBotError(url, undefined, `GET ${url} failed: ${scrub(reason, token)}`, {
			cause: error instanceof Error ? new Error(scrub(error.message, token)) : undefined,
		});
	}
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		body = undefined;
	}
	return { url, status, text, body };
}

function checkGatewayBot({ url, status, text, body }: Answer, token: string): APIGatewayBotInfo {
	if (status < 200 || status >= 300) {
		const detail =
			typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string'
				? (body as { message: string }).message
				: text.slice(0, 200);
		const hint = status === 401 ? ' Check the bot token.' : '';
		throw new GatewayBotError(url, status, `GET ${url} answered ${status}: ${scrub(detail, token)}.${hint}`);
	}
	if (!isGatewayBotInfo(body))
		throw new GatewayBotError(url, status, `GET ${url} did not return gateway-bot info (url, shards, session_start_limit).`);
	return body;
}
