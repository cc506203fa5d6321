import type { RequestIdentity } from './DiscordAPIError.js';
import { OvenRESTError } from './OvenRESTError.js';

/**
 * A response that is neither a success nor a Discord JSON error (a 5xx after the retries ran
 * out, an HTML page from a proxy), or a network error that outlasted the retries.
 */
export class HTTPError extends OvenRESTError {
	/** HTTP status, or `0` when no response arrived (network error). */
	readonly status: number;
	/** HTTP method of the request. */
	readonly method: string;
	/** Route template of the request. */
	readonly route: string;
	/** How many times the request was sent. */
	readonly attempts: number;

	/**
	 * @param status HTTP status, `0` for a network error.
	 * @param request Method and route template.
	 * @param attempts How many times it was sent.
	 * @param detail Status text or the network error's message.
	 * @param options `cause`, for a network error.
	 */
	constructor(status: number, request: RequestIdentity, attempts: number, detail: string, options?: ErrorOptions) {
		const what = status === 0 ? `a network error (${detail})` : `HTTP ${status} ${detail}`.trim();
		super(
			'HTTP_ERROR',
			`${request.method} ${request.route} failed with ${what} after ${attempts} attempt${attempts === 1 ? '' : 's'}. ` +
				'Discord may be having trouble; retry later or raise `retries`.',
			options,
		);
		this.status = status;
		this.method = request.method;
		this.route = request.route;
		this.attempts = attempts;
	}
}
