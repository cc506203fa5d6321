import type { IncomingHttpHeaders } from 'node:http';
import type { InteractionStore } from '../interactions/InteractionStore.js';
import type { World } from '../world/World.js';
import { formError } from './formErrors.js';
import type { UploadedFile } from './readBody.js';

/** What a route handler receives. */
export interface RouteContext {
	readonly world: World;
	readonly interactions: InteractionStore;
	/** Path parameters by name, e.g. `channel_id`. */
	readonly params: Readonly<Record<string, string>>;
	readonly query: URLSearchParams;
	/** The JSON body, already checked against the operation's request schema. */
	readonly body: unknown;
	readonly files: readonly UploadedFile[];
	readonly headers: IncomingHttpHeaders;
	/** The mock's gateway URL, `ws://127.0.0.1:PORT/gateway`. */
	readonly gatewayUrl: string;
	/** The user behind an OAuth2 Bearer token, on routes that take one. */
	readonly bearer?: { readonly userId: string; readonly scopes: readonly string[] };
}

/** A handler's answer. A body of `undefined` with status 204 sends no content. */
export interface RouteResult {
	readonly status: number;
	readonly body?: unknown;
	/** Sends `body` (a string or Buffer) as is with this type instead of JSON, e.g. `image/png`, `text/csv`. */
	readonly contentType?: string;
}

/** One REST route. */
export interface Route {
	readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** The template exactly as in Discord's OpenAPI paths, e.g. `/channels/{channel_id}/messages/{message_id}`. */
	readonly path: string;
	readonly handler: (ctx: RouteContext) => RouteResult | Promise<RouteResult>;
	/**
	 * `none` for routes authenticated by their token in the path (webhooks, interaction
	 * callbacks); `bearer` for OAuth2-only routes (a token from the control API); `bot-or-bearer`
	 * for routes that take either. Default `bot`.
	 */
	readonly auth?: 'bot' | 'none' | 'bearer' | 'bot-or-bearer';
	/** Interaction callbacks and follow-ups do not count against the global rate limit. */
	readonly globalExempt?: boolean;
}

/** Shorthand for a JSON 200. */
export function ok(body: unknown): RouteResult {
	return { status: 200, body };
}

/** Shorthand for 204 No Content. */
export const noContent: RouteResult = { status: 204 };

/** The body as a JSON object (routes with a required body have been schema-checked). */
export function bodyObject(ctx: RouteContext): Record<string, unknown> {
	return typeof ctx.body === 'object' && ctx.body !== null && !Array.isArray(ctx.body) ? (ctx.body as Record<string, unknown>) : {};
}

/** A path parameter; the router guarantees every template parameter is present. */
export function param(ctx: RouteContext, name: string): string {
	return ctx.params[name] ?? '';
}

/** A snowflake query parameter (`before`, `after`, ...), or null when absent; 50035 when it is not a snowflake. */
export function snowflakeQuery(ctx: RouteContext, name: string): bigint | null {
	const raw = ctx.query.get(name);
	if (raw === null) return null;
	if (!/^\d{1,20}$/.test(raw)) throw formError([name], 'NUMBER_TYPE_COERCE', `Value "${raw}" is not snowflake.`);
	return BigInt(raw);
}
