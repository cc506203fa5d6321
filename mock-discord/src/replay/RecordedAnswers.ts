import { redactSecrets } from 'ovenjs/knowledge';
import type { InspectorRest } from 'ovenjs/inspector/protocol';

/** A REST response taken from a recording. */
export interface RecordedAnswer {
	readonly status: number;
	/** The body to send; undefined for none (204). */
	readonly body: unknown;
	/** Rate-limit headers rebuilt from the recorded bucket state (and `Retry-After` on a 429). */
	readonly headers: Readonly<Record<string, string>>;
}

/** `METHOD /path?query`, tokens redacted as the recording has them. */
function key(method: string, path: string): string {
	return `${method.toUpperCase()} ${redactSecrets(path)}`;
}

function headersOf(rest: InspectorRest): Record<string, string> {
	const headers: Record<string, string> = {};
	if (rest.bucket !== null) headers['x-ratelimit-bucket'] = rest.bucket;
	if (rest.limit !== null) headers['x-ratelimit-limit'] = String(rest.limit);
	if (rest.remaining !== null) headers['x-ratelimit-remaining'] = String(rest.remaining);
	if (rest.resetAfterMs !== null) {
		headers['x-ratelimit-reset-after'] = (rest.resetAfterMs / 1000).toFixed(3);
		headers['x-ratelimit-reset'] = ((Date.now() + rest.resetAfterMs) / 1000).toFixed(3);
	}
	const retryAfter = (rest.responseBody as { retry_after?: unknown } | undefined)?.retry_after;
	if (rest.status === 429 && typeof retryAfter === 'number') headers['retry-after'] = String(Math.ceil(retryAfter));
	return headers;
}

/**
 * The REST answers of a recording, by method and path: each recorded response is given once,
 * in the order it was recorded, to the next request for the same method and path (query
 * included). A retried request therefore meets the 429 it met then, then the success.
 */
export class RecordedAnswers {
	readonly #byKey = new Map<string, InspectorRest[]>();

	public constructor(exchanges: readonly InspectorRest[]) {
		for (const rest of exchanges) {
			if (rest.path === undefined || rest.status === 0) continue;
			const k = key(rest.method, rest.path);
			const queue = this.#byKey.get(k) ?? [];
			queue.push(rest);
			this.#byKey.set(k, queue);
		}
	}

	/** The next recorded answer for `method path` (path with its query, relative to the API base), or undefined. */
	public take(method: string, path: string): RecordedAnswer | undefined {
		const rest = this.#byKey.get(key(method, path))?.shift();
		if (rest === undefined) return undefined;
		return { status: rest.status, body: rest.status === 204 ? undefined : rest.responseBody, headers: headersOf(rest) };
	}

	/** Recorded answers no request has taken yet. */
	public get remaining(): number {
		let count = 0;
		for (const queue of this.#byKey.values()) count += queue.length;
		return count;
	}
}
