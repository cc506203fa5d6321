import { OvenRESTError } from '../rest/errors/OvenRESTError.js';

/** Stable codes of {@link RestProxyError}s. */
export type RestProxyErrorCode = 'REST_PROXY_BAD_REQUEST' | 'REST_PROXY_UNAUTHORIZED' | 'REST_PROXY_UPSTREAM' | 'REST_PROXY_CLOSED';

/**
 * What the REST proxy answers a client with (as JSON `{ code, message }` and {@link status}) for
 * a request it cannot pass on or an upstream that failed, and reports as its `error` event.
 * Never contains a token. (Unusable options are an `InvalidRESTOptionError`, as for `REST`.)
 */
export class RestProxyError<C extends RestProxyErrorCode = RestProxyErrorCode> extends OvenRESTError<C> {
	/** The HTTP status the proxy answers with: 404/405/413 for the request, 401, 429/502/504 for the upstream, 503 while closing. */
	readonly status: number;

	/**
	 * @param code The stable code.
	 * @param status The HTTP status to answer with.
	 * @param message What happened and what to do.
	 * @param options `cause`: the REST client's error, for an upstream failure.
	 */
	constructor(code: C, status: number, message: string, options?: ErrorOptions) {
		super(code, message, options);
		this.status = status;
	}

	/** The body the proxy answers with. */
	toJSON(): { code: C; message: string } {
		return { code: this.code, message: this.message };
	}
}
