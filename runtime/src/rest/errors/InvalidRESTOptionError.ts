import { OvenRESTError } from './OvenRESTError.js';

/** An option passed to the REST client or to a request is unusable. */
export class InvalidRESTOptionError extends OvenRESTError<'REST_INVALID_OPTION'> {
	/**
	 * @param message Which option, what it was, what is allowed.
	 * @param options `cause`, when another error is behind it.
	 */
	constructor(message: string, options?: ErrorOptions) {
		super('REST_INVALID_OPTION', message, options);
	}
}
