import { InvalidRESTOptionError } from '../rest/errors/InvalidRESTOptionError.js';
import type { REST } from '../rest/REST.js';
import type { APIFileRequestOptions } from './APIRequestOptions.js';
import { operations } from './_operations.js';

/** The `operationId` of an operation of Discord's HTTP API, e.g. `ban_user_from_guild`. */
export type OperationId = keyof typeof operations;

type ParamNames<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;

/** The path parameters of `Op`, by the names its template uses (`{ guild_id, user_id }`). */
export type PathParams<Op extends OperationId> = { readonly [Name in ParamNames<(typeof operations)[Op]['path']>]: string | number };

/**
 * What Discord parses as a snowflake in a path: an unsigned 64-bit integer in decimal. Anything
 * else is refused with 400 50035 (`NUMBER_TYPE_COERCE`), so it is refused here before it costs an
 * invalid request. Shorter numbers than real ids (`1`) are Discord's to answer (with a 404).
 */
function isSnowflakeParam(text: string): boolean {
	return /^\d{1,20}$/.test(text) && BigInt(text) < 2n ** 64n;
}

type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

/** Query objects from discord-api-types; arrays become repeated parameters (`author_id=1&author_id=2`). */
function toQuery(query: object): URLSearchParams {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query) as [string, QueryValue][]) {
		if (value === undefined || value === null) continue;
		for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
	}
	return params;
}

/**
 * Sends operation `operation` through `rest`: its method and path come from the table generated
 * from Discord's OpenAPI description, with `params` checked (an id must be a number Discord can
 * parse, so a typo fails here instead of spending an invalid request) and URI-encoded. The cast to `T` is
 * where the operation's discord-api-types result is named, once per method.
 * Rejects, never throws: a bad parameter fails the promise like any other error.
 * @throws {InvalidRESTOptionError} a path parameter is missing or malformed, or files are given to an operation that takes none.
 */
export async function call<T, Op extends OperationId>(
	rest: REST,
	operation: Op,
	params: PathParams<Op>,
	options: APIFileRequestOptions | undefined,
	body?: unknown,
	query?: object,
): Promise<T> {
	const route = operations[operation];
	const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = (params as Readonly<Record<string, string | number | undefined>>)[name];
		const text = value === undefined ? '' : String(value);
		if (text === '') throw new InvalidRESTOptionError(`${route.method} ${route.path}: ${name} is missing.`);
		if ((route.ids as readonly string[]).includes(name) && !isSnowflakeParam(text)) {
			throw new InvalidRESTOptionError(
				`${route.method} ${route.path}: ${name} must be a Discord id (a decimal string such as '1100000000000000011'), got ${JSON.stringify(text.slice(0, 40))}.`,
			);
		}
		return encodeURIComponent(text);
	});
	if (options?.files !== undefined && options.files.length > 0 && !route.files) {
		throw new InvalidRESTOptionError(`${route.method} ${route.path} takes no file uploads; remove options.files.`);
	}
	const merged: { body?: unknown; query?: URLSearchParams } = {};
	if (body !== undefined) merged.body = body;
	if (query !== undefined) merged.query = toQuery(query);
	return (await rest.request(route.method, path, { ...options, ...merged })) as T;
}
