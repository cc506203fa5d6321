import type { RESTMethod } from './REST.js';

/**
 * A request as a proxy received it, for {@link REST.forward}: bytes and headers go to Discord
 * unchanged, through the client's rate limits.
 */
export interface ForwardRequest {
	readonly method: RESTMethod;
	/** The path below the API version, with its query string: `/channels/1/messages?limit=5`. */
	readonly route: string;
	/** The body as received (JSON or `multipart/form-data` bytes); sent again as is on a retry. */
	readonly body?: Uint8Array;
	/**
	 * Headers to send, lowercase names (`content-type`, `x-audit-log-reason`, `user-agent`, …),
	 * values as received. `authorization` here is ignored: see {@link authorization}.
	 */
	readonly headers?: Readonly<Record<string, string>>;
	/**
	 * The `Authorization` value to send (`Bot …`, `Bearer …`); default the client's token. With
	 * neither, the request goes without one (webhook-with-token and interaction routes).
	 */
	readonly authorization?: string;
	/** Aborts the request, queued or in flight (the proxied client went away). */
	readonly signal?: AbortSignal;
}

/** Discord's final answer to a {@link ForwardRequest}, after the client's retries and rate-limit waits. */
export interface ForwardResponse {
	readonly status: number;
	/** The response headers, `X-RateLimit-*` included, names lowercase. */
	readonly headers: Readonly<Record<string, string | string[] | undefined>>;
	/** The body, unparsed. */
	readonly body: Buffer;
}
