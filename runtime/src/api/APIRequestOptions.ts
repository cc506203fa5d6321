import type { RawFile, RequestOptions } from '../rest/RequestOptions.js';

/**
 * The per-call options every high-level method takes as its optional last argument, passed
 * through to {@link REST}: `reason` (audit log), `signal`, `timeout`, `locale`, `headers`,
 * `priority`, `retries`, `rejectOnRateLimit`. The body and query come from the method's own
 * parameters.
 */
export type APIRequestOptions = Omit<RequestOptions<never>, 'body' | 'query' | 'files'>;

/** {@link APIRequestOptions} for methods that can upload attachments (`files[n]`). */
export interface APIFileRequestOptions extends APIRequestOptions {
	/** Files to upload; refer to them from the body's `attachments` by index. */
	readonly files?: readonly RawFile[];
}
