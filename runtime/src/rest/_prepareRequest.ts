import type { Dispatcher } from 'undici';
import { prepareMultipart } from './_multipart.js';
import { InvalidRESTOptionError } from './errors/InvalidRESTOptionError.js';
import type { QueryParams, RequestOptions } from './RequestOptions.js';
import type { RequestAbort } from './_RequestAbort.js';
import type { RESTMethod } from './REST.js';
import type { RouteInfo } from './routeInfo.js';

/** One request as the queue and the attempts see it. @internal */
export interface PreparedRequest {
	/** Unique per call; attempts share it. */
	readonly id: number;
	readonly method: RESTMethod;
	/** The route as the caller gave it, query included. */
	readonly route: string;
	readonly info: RouteInfo;
	readonly options: RequestOptions;
	/** A fresh body per attempt (multipart is rebuilt), or undefined for none. */
	readonly body: (() => Dispatcher.DispatchOptions['body']) | undefined;
	readonly contentType: string | undefined;
	/** Fires on the caller's abort, the deadline or `destroy()`; its reason is the error to throw. */
	readonly abort: RequestAbort;
	/** The longest rate-limit wait this request accepts, in ms. */
	readonly maxRateLimitWait: number;
}

/**
 * The body of a request: multipart when there are files (read once, kept for retries), JSON
 * otherwise, or none.
 * @throws {InvalidRESTOptionError} the body is not JSON-serialisable, or a file cannot be read.
 * @internal
 */
export async function prepareBody(
	method: string,
	info: RouteInfo,
	options: RequestOptions,
): Promise<Pick<PreparedRequest, 'body' | 'contentType'>> {
	if (options.files !== undefined && options.files.length > 0) {
		return { body: await prepareMultipart(options.files, options.body), contentType: undefined };
	}
	if (options.body === undefined) return { body: undefined, contentType: undefined };
	let json: string;
	try {
		json = JSON.stringify(options.body);
	} catch (error) {
		throw new InvalidRESTOptionError(`${method} ${info.template}: body is not JSON-serialisable (${(error as Error).message}).`, {
			cause: error,
		});
	}
	return { body: () => json, contentType: 'application/json' };
}

function queryString(query: QueryParams | undefined): string {
	if (query === undefined) return '';
	const params = query instanceof URLSearchParams ? query : new URLSearchParams();
	if (!(query instanceof URLSearchParams)) {
		for (const [key, value] of Object.entries(query)) if (value !== undefined) params.append(key, String(value));
	}
	const text = params.toString();
	return text === '' ? '' : `?${text}`;
}

/**
 * The path to send: the API base and version, the route, the `query` option, and any query
 * the route itself carried (after the option's).
 * @internal
 */
export function requestPath(basePath: string, route: string, query: QueryParams | undefined): string {
	const at = route.indexOf('?');
	const own = queryString(query);
	if (at === -1) return `${basePath}${route}${own}`;
	return `${basePath}${route.slice(0, at)}${own}${query === undefined ? '?' : '&'}${route.slice(at + 1)}`;
}
