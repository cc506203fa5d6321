import { OvenRESTError } from './OvenRESTError.js';

/** An option passed to the REST client or to a request is unusable. */
export class InvalidRESTOptionError extends OvenRESTError {
	/**
	 * @param message Which option, what it was, what is allowed.
	 * @param options `cause`, when another error is behind it.
	 */
	constructor(message: string, options?: ErrorOptions) {
		super('INVALID_REST_OPTION', message, options);
	}
}
