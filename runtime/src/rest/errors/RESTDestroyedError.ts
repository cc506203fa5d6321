import { OvenRESTError } from './OvenRESTError.js';

/** The client was destroyed; queued requests are rejected and new ones refused. */
export class RESTDestroyedError extends OvenRESTError<'REST_DESTROYED'> {
	constructor() {
		super('REST_DESTROYED', 'The REST client was destroyed; create a new one to send requests.');
	}
}
