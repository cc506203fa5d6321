import type { RESTMethod, REST } from '../rest/REST.js';
import type { QueryParams } from '../rest/RequestOptions.js';
import type { APIFileRequestOptions } from './APIRequestOptions.js';

/** Query objects from discord-api-types, widened to what REST accepts. */
export type LooseQuery = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Sends one request through `rest`, merging the caller's options with the method's body and
 * query. The cast to `T` is where the route's discord-api-types result is named, once per method.
 */
export function send<T>(
	rest: REST,
	method: RESTMethod,
	route: string,
	options: APIFileRequestOptions | undefined,
	body?: unknown,
	query?: object,
): Promise<T> {
	const merged: { body?: unknown; query?: QueryParams } = {};
	if (body !== undefined) merged.body = body;
	if (query !== undefined) merged.query = query as LooseQuery;
	return rest.request(method, route, { ...options, ...merged }) as Promise<T>;
}
