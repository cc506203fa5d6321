import { OvenRESTError } from './OvenRESTError.js';

/** The caller's `AbortSignal` fired before the request finished. `cause` is the signal's reason. */
export class RequestAbortedError extends OvenRESTError<'REST_REQUEST_ABORTED'> {
	/** HTTP method. */
	readonly method: string;
	/** Route template. */
	readonly route: string;

	/**
	 * @param method HTTP method.
	 * @param route Route template.
	 * @param reason The signal's reason.
	 */
	constructor(method: string, route: string, reason: unknown) {
		super('REST_REQUEST_ABORTED', `${method} ${route} was aborted by its signal.`, { cause: reason });
		this.method = method;
		this.route = route;
	}
}
