import type { Readable } from 'node:stream';
import type { RateLimitInfo } from './errors/RateLimitError.js';

/** A file to upload: bytes in memory, a stream (read once, then kept for retries), or a path on disk. */
export type RawFile = {
	/** The file name Discord shows, e.g. `chart.png`. */
	readonly name: string;
	/** MIME type; Discord guesses from the name when omitted. */
	readonly contentType?: string;
	/** The form field; defaults to `files[n]` with `n` the file's index. */
	readonly key?: string;
} & ({ readonly data: Uint8Array | string } | { readonly stream: Readable | AsyncIterable<Uint8Array> } | { readonly path: string });

/**
 * When to reject with a {@link RateLimitError} instead of waiting: `true` for every limit,
 * a list of route-template prefixes (`'/channels'`), or a predicate.
 */
export type RejectOnRateLimit = boolean | readonly string[] | ((info: RateLimitInfo) => boolean);

/** Query parameters; `undefined` values are left out. */
export type QueryParams = URLSearchParams | Readonly<Record<string, string | number | boolean | undefined>>;

/** Options of one request. `TBody` is the JSON body type the route expects. */
export interface RequestOptions<TBody = unknown> {
	/** JSON body; with `files`, sent as `payload_json`. */
	readonly body?: TBody;
	/** Files to upload as `multipart/form-data`. */
	readonly files?: readonly RawFile[];
	/** Query string parameters. */
	readonly query?: QueryParams;
	/** Audit-log reason (`X-Audit-Log-Reason`), URI-encoded for you. */
	readonly reason?: string;
	/** Locale for localised responses (`X-Discord-Locale`), e.g. `en-US`. */
	readonly locale?: string;
	/** Extra headers. `Authorization` here is ignored; the client sets it. */
	readonly headers?: Readonly<Record<string, string>>;
	/**
	 * Send the bot token. Default `true`, except on webhook-with-token and interaction routes
	 * when no token is set, since those authenticate by their own token.
	 */
	readonly auth?: boolean;
	/** Aborts the request, queued or in flight; its queue moves on at once. */
	readonly signal?: AbortSignal;
	/** Per-attempt timeout in ms; overrides the client's. */
	readonly timeout?: number;
	/** The most this request may take overall, in ms (queueing, waits, retries); overrides the client's {@link RESTOptions.deadline}. */
	readonly deadline?: number;
	/** The longest rate-limit wait this request accepts, in ms; overrides the client's {@link RESTOptions.maxRateLimitWait}. */
	readonly maxRateLimitWait?: number;
	/**
	 * `high` runs before `normal` requests of the same bucket. Defaults to `high` for
	 * interaction callbacks (3-second deadline), else `normal`.
	 */
	readonly priority?: 'high' | 'normal';
	/** Overrides the client's {@link RESTOptions.rejectOnRateLimit} for this request. */
	readonly rejectOnRateLimit?: RejectOnRateLimit;
	/** Retries of 5xx and network errors; overrides the client's {@link RESTOptions.retries}. */
	readonly retries?: number;
}

/** The options of a request whose route expects no body. */
export type BodylessRequestOptions = Omit<RequestOptions<never>, 'body'>;
