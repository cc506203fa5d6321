import { OvenRESTError } from './OvenRESTError.js';

/**
 * The client refused to send: the invalid requests (401, 403, non-shared 429) of the last
 * window reached the safety margin below Discord's limit of 10,000 per 10 minutes, past
 * which Cloudflare bans the IP for about an hour.
 * @see https://discord.com/developers/docs/topics/rate-limits#invalid-request-limit-aka-cloudflare-bans
 */
export class InvalidRequestBudgetError extends OvenRESTError<'REST_INVALID_REQUEST_BUDGET'> {
	/** Invalid requests counted in the current window. */
	readonly count: number;
	/** The count at which the client stops sending. */
	readonly threshold: number;
	/** HTTP method of the refused request. */
	readonly method: string;
	/** Route template of the refused request. */
	readonly route: string;

	/**
	 * @param count Invalid requests in the window.
	 * @param threshold The refusal threshold.
	 * @param method Method of the refused request.
	 * @param route Route template of the refused request.
	 */
	constructor(count: number, threshold: number, method: string, route: string) {
		super(
			'REST_INVALID_REQUEST_BUDGET',
			`Refused ${method} ${route}: ${count} invalid requests (401/403/429) in the current window reached the safety threshold of ${threshold}. ` +
				'Fix the requests that fail (missing permissions, bad token, ignored rate limits); sending resumes as the window rolls.',
		);
		this.count = count;
		this.threshold = threshold;
		this.method = method;
		this.route = route;
	}
}
