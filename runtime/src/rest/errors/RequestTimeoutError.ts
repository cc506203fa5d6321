import { OvenRESTError } from './OvenRESTError.js';

/**
 * A request ran out of time: one attempt got no complete response within `timeout`
 * (`scope: 'attempt'`), or the whole request (queueing, rate-limit waits, retries) outlasted
 * its `deadline` (`scope: 'deadline'`).
 */
export class RequestTimeoutError extends OvenRESTError<'REST_REQUEST_TIMEOUT'> {
	/** HTTP method. */
	readonly method: string;
	/** Route template. */
	readonly route: string;
	/** The timeout that elapsed, in milliseconds. */
	readonly timeoutMs: number;
	/** Which bound elapsed: one attempt's `timeout`, or the request's `deadline`. */
	readonly scope: 'attempt' | 'deadline';

	/**
	 * @param method HTTP method.
	 * @param route Route template.
	 * @param timeoutMs The timeout that elapsed.
	 * @param scope Which bound it was. Default `attempt`.
	 */
	constructor(method: string, route: string, timeoutMs: number, scope: 'attempt' | 'deadline' = 'attempt') {
		super(
			'REST_REQUEST_TIMEOUT',
			scope === 'attempt'
				? `${method} ${route} got no response within ${timeoutMs} ms. Raise \`timeout\` or check the connection.`
				: `${method} ${route} did not finish within its deadline of ${timeoutMs} ms (queueing, rate-limit waits and retries included). Raise \`deadline\` or send less.`,
		);
		this.method = method;
		this.route = route;
		this.timeoutMs = timeoutMs;
		this.scope = scope;
	}
}
