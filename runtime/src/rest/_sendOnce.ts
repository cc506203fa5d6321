import { EventEmitter } from 'node:events';
import type { Dispatcher } from 'undici';
import type { RequestAbort } from './_RequestAbort.js';
import { _timerDelay } from '../_timerDelay.js';

/** One attempt's answer, body fully read so the connection goes back to the pool. */
export interface RawResponse {
	readonly status: number;
	readonly headers: Dispatcher.ResponseData['headers'];
	/** Parsed JSON, a `Buffer` for other content, `undefined` for 204, an empty body or broken JSON. */
	readonly body: unknown;
	/** The text of a body labelled JSON that does not parse. */
	readonly invalidJson?: string;
}

/** What a send failed with: the abort reason (caller's signal or timeout), or a network error. */
export type SendFailure = { readonly aborted: true; readonly reason: unknown } | { readonly aborted: false; readonly error: unknown };

async function readBody(response: Dispatcher.ResponseData): Promise<Pick<RawResponse, 'body' | 'invalidJson'>> {
	if (response.statusCode === 204) {
		await response.body.dump();
		return { body: undefined };
	}
	if (String(response.headers['content-type'] ?? '').includes('application/json')) {
		const text = await response.body.text();
		try {
			return { body: text === '' ? undefined : (JSON.parse(text) as unknown) };
		} catch {
			return { body: undefined, invalidJson: text };
		}
	}
	return { body: Buffer.from(await response.body.arrayBuffer()) };
}

/**
 * The abort of one attempt, as undici takes it: an emitter with `aborted` and `reason`.
 * undici listens on an `AbortSignal` through EventTarget, whose listeners cost microseconds
 * per request; an emitter's cost next to nothing.
 */
class AttemptSignal extends EventEmitter {
	aborted = false;
	reason: unknown = undefined;

	abort(reason: unknown): void {
		if (this.aborted) return;
		this.aborted = true;
		this.reason = reason;
		this.emit('abort');
	}
}

/**
 * Sends one attempt and reads the whole body, under the request's `abort` and a `timeoutMs`
 * that covers both. Never leaves a timer or callback behind, whatever happens.
 * @param onTimeout The reason to abort with when the timeout fires.
 */
export async function sendOnce(
	dispatcher: Dispatcher,
	options: Omit<Dispatcher.RequestOptions, 'signal'>,
	abort: RequestAbort,
	timeoutMs: number,
	onTimeout: () => unknown,
): Promise<{ ok: true; response: RawResponse } | { ok: false; failure: SendFailure }> {
	const { signal } = abort;
	if (signal.aborted) return { ok: false, failure: { aborted: true, reason: signal.reason } };
	const attempt = new AttemptSignal();
	const stopForwarding = abort.onAbort(() => attempt.abort(signal.reason));
	const timer = setTimeout(() => attempt.abort(onTimeout()), _timerDelay(timeoutMs));
	try {
		const response = await dispatcher.request({ ...options, signal: attempt });
		const read = await readBody(response);
		return { ok: true, response: { status: response.statusCode, headers: response.headers, ...read } };
	} catch (error) {
		if (attempt.aborted) return { ok: false, failure: { aborted: true, reason: attempt.reason } };
		return { ok: false, failure: { aborted: false, error } };
	} finally {
		clearTimeout(timer);
		stopForwarding();
	}
}
