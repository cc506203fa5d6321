import { RestError } from '../errors/RestError.js';
import type { OpenApiSpec } from './OpenApiSpec.js';
import { Router } from './Router.js';

/**
 * The header on every 404 the mock sends for a route it does not serve. Real Discord never
 * sends it, so a test can tell "the mock lacks this route" from "Discord says not found".
 */
export const UNIMPLEMENTED_HEADER = 'X-Mock-Unimplemented';

const specRouters = new WeakMap<OpenApiSpec, Router>();

/** A router over every operation of the description, to name what an unserved request was. */
function specRouter(spec: OpenApiSpec): Router {
	let router = specRouters.get(spec);
	if (router === undefined) {
		router = new Router().add(
			spec.routes().map((r) => ({
				method: r.method as 'GET',
				path: r.path,
				handler: () => ({ status: 501 }),
			})),
		);
		specRouters.set(spec, router);
	}
	return router;
}

/** The operation of the description a request names, if any: its template and operationId. */
export function specOperationFor(
	spec: OpenApiSpec,
	method: string,
	path: string,
): { path: string; operationId: string | undefined } | undefined {
	const match = specRouter(spec).match(method, path);
	if (match === undefined || match === 'method') return undefined;
	return { path: match.route.path, operationId: spec.operationId(match.route.path, method) };
}

/**
 * Discord's 404 shape (`{ message: '404: Not Found', code: 0 }`) for a route the mock does not
 * serve, plus {@link UNIMPLEMENTED_HEADER} and a `mock_unimplemented` field saying whether
 * Discord has the operation. A path Discord has under other methods only is Discord's 405.
 */
export function unimplemented(spec: OpenApiSpec, method: string, path: string): RestError {
	const operation = specOperationFor(spec, method, path);
	if (operation === undefined && specRouter(spec).match(method, path) === 'method') {
		return new RestError(405, 0, '405: Method Not Allowed');
	}
	const detail =
		operation === undefined
			? `${method} ${path} is not in Discord's API description; @ovenjs/mock-discord serves no such route`
			: `${method} ${operation.path} (${operation.operationId ?? 'no operationId'}) is in Discord's API but @ovenjs/mock-discord does not implement it`;
	return new RestError(404, 0, '404: Not Found', undefined, { mock_unimplemented: detail }, { [UNIMPLEMENTED_HEADER]: '1' });
}
