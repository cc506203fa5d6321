import { OvenRESTError } from './OvenRESTError.js';

/** A request attempt got no complete response within `timeout` milliseconds. */
export class RequestTimeoutError extends OvenRESTError {
	/** HTTP method. */
	readonly method: string;
	/** Route template. */
	readonly route: string;
	/** The timeout that elapsed, in milliseconds. */
	readonly timeoutMs: number;

	/**
	 * @param method HTTP method.
	 * @param route Route template.
	 * @param timeoutMs The timeout that elapsed.
	 */
	constructor(method: string, route: string, timeoutMs: number) {
		super('REQUEST_TIMEOUT', `${method} ${route} got no response within ${timeoutMs} ms. Raise \`timeout\` or check the connection.`);
		this.method = method;
		this.route = route;
		this.timeoutMs = timeoutMs;
	}
}
