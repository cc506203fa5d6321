import type { RequestIdentity } from './DiscordAPIError.js';
import { OvenRESTError } from './OvenRESTError.js';

/** What an {@link HTTPError} carries besides the standard `cause`. */
export interface HTTPErrorOptions extends ErrorOptions {
	/** The start of the body, when it was text or bytes (the token taken out). */
	readonly bodyExcerpt?: string | undefined;
}

/**
 * A response that is neither a success nor a Discord JSON error (a 5xx after the retries ran
 * out, an HTML page from a proxy, a 2xx labelled JSON whose body does not parse), or a
 * network error that outlasted the retries.
 */
export class HTTPError extends OvenRESTError<'REST_HTTP_ERROR'> {
	/** HTTP status, or `0` when no response arrived (network error). */
	readonly status: number;
	/** HTTP method of the request. */
	readonly method: string;
	/** Route template of the request. */
	readonly route: string;
	/** How many times the request was sent. */
	readonly attempts: number;
	/** The start of the response body (up to 200 characters), when it was text or bytes. */
	readonly bodyExcerpt: string | undefined;

	/**
	 * @param status HTTP status, `0` for a network error.
	 * @param request Method and route template.
	 * @param attempts How many times it was sent.
	 * @param detail Status text or the network error's message.
	 * @param options `cause`, for a network error; `bodyExcerpt`, when a body came.
	 */
	constructor(status: number, request: RequestIdentity, attempts: number, detail: string, options?: HTTPErrorOptions) {
		const what = status === 0 ? `a network error (${detail})` : `HTTP ${status} ${detail}`.trim();
		super(
			'REST_HTTP_ERROR',
			`${request.method} ${request.route} failed with ${what} after ${attempts} attempt${attempts === 1 ? '' : 's'}. ` +
				'Discord may be having trouble; retry later or raise `retries`.',
			options,
		);
		this.status = status;
		this.method = request.method;
		this.route = request.route;
		this.attempts = attempts;
		this.bodyExcerpt = options?.bodyExcerpt;
	}
}
