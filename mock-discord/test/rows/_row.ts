import type { MockDiscord } from '../../src/index.js';
import type { Answer } from '../_helpers.js';

/** Ids made along the way, read by later rows. */
export const s: Record<string, string> = {};

/** The running mock, for rows that seed state through the control API. */
export const live: { mock?: MockDiscord } = {};

/** One call of one operation, checked against the spec's response schema. */
export interface Row {
	readonly method: string;
	readonly template: string;
	readonly path: () => string;
	readonly body?: () => unknown;
	/** A multipart body instead of JSON. */
	readonly form?: () => FormData;
	readonly status: number;
	/** Runs first, e.g. to seed state through the control API. */
	readonly before?: () => Promise<void>;
	readonly after?: (answer: Answer) => void | Promise<void>;
	/** `null`: no Authorization header; `bearer`: the OAuth2 token in `s.bearer`. */
	readonly auth?: null | 'bearer';
	/** Extra request headers. */
	readonly headers?: Readonly<Record<string, string>>;
	/** The response is not JSON (e.g. `text/csv`, `image/png`): only its status and type are checked. */
	readonly rawType?: string;
}

export const row = (method: string, template: string, path: () => string, status: number, extra: Partial<Row> = {}): Row => ({
	method,
	template,
	path,
	status,
	...extra,
});
