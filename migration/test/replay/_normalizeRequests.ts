/** A REST request as the mock logged it (`GET /_mock/requests`). */
export interface LoggedRequest {
	readonly method: string;
	readonly path: string;
	readonly query?: string;
	readonly status: number;
	readonly body: unknown;
}

/** A request after normalising: what a replay compares. */
export interface ReplayRequest {
	readonly method: string;
	/** The path under the API base, without its version (`/api/v9` for discord.js v13, `/api/v10` for v14 and OvenJS), and `?query` when there is one. */
	readonly route: string;
	readonly status: number;
	readonly body?: unknown;
}

/** Snowflakes: 17–20 digits (Discord's ids from 2015 on), anywhere in a path or a string. */
const SNOWFLAKE = /(?<!\d)\d{17,20}(?!\d)/g;

/** An ISO 8601 date-time, as embeds' `timestamp` carries. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Placeholders that stay stable across runs: the n-th distinct snowflake seen in the whole
 * request sequence becomes `<id:n>`, so the same entity has the same placeholder in both
 * runs, whatever id the mock generated for it. (Interaction tokens need none: the mock logs
 * them as `[redacted]`, and answers a wrong one with 10015, which the status shows.)
 */
class Placeholders {
	readonly #ids = new Map<string, string>();

	text(value: string): string {
		return value.replace(SNOWFLAKE, (id) => {
			let placeholder = this.#ids.get(id);
			if (placeholder === undefined) {
				placeholder = `<id:${this.#ids.size + 1}>`;
				this.#ids.set(id, placeholder);
			}
			return placeholder;
		});
	}
}

/**
 * Values two clients may legitimately spell differently for the same request, normalised
 * away. Each entry cites why it means the same to Discord.
 */
function isEmptyObject(value: unknown): boolean {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

function normalizeValue(
	value: unknown,
	placeholders: Placeholders,
	key: string | undefined,
	inEmbed: boolean,
	inComponents: boolean,
): unknown {
	if (typeof value === 'string') {
		// Embed timestamps are "now" at build time: equal in meaning, never in value.
		if (key === 'timestamp' && ISO_TIME.test(value)) return '<timestamp>';
		return placeholders.text(value);
	}
	if (Array.isArray(value))
		return value.map((item) =>
			normalizeValue(item, placeholders, undefined, inEmbed || key === 'embeds', inComponents || key === 'components'),
		);
	if (value === null || typeof value !== 'object') return value;
	const out: Record<string, unknown> = {};
	for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
		// `nonce` is a per-send random value for deduplication, never the same twice.
		if (name === 'nonce') continue;
		// `enforce_nonce` only acts on a `nonce` ("if true and nonce is present…"), and nonces are dropped above, https://discord.com/developers/docs/resources/message#create-message-jsonform-params
		if (name === 'enforce_nonce' && item === false) continue;
		// Message reference: `fail_if_not_exists` "default true", https://discord.com/developers/docs/resources/message#message-reference-structure
		if (key === 'message_reference' && name === 'fail_if_not_exists' && item === true) continue;
		// Create Message: `tts` defaults to false ("true if this is a TTS message"), https://discord.com/developers/docs/resources/message#create-message-jsonform-params
		if (name === 'tts' && item === false) continue;
		// Embed and component fields are optional; discord.js v13 sends the unset ones as null, which Discord reads as absent,
		// https://discord.com/developers/docs/resources/message#embed-object, https://discord.com/developers/docs/components/reference
		if ((inEmbed || inComponents) && item === null) continue;
		// Buttons and selects: `disabled` "defaults to false"; discord.js v13 always sends it, https://discord.com/developers/docs/components/reference#button
		if (inComponents && name === 'disabled' && item === false) continue;
		// Select option `default`: optional, "will show this option as selected by default"; discord.js v13 always sends `false`, https://discord.com/developers/docs/components/reference#string-select-select-option-structure
		if (inComponents && name === 'default' && item === false) continue;
		// A component's (or select option's) emoji: `animated` is optional and absent means not animated; discord.js sends `animated: false` for a unicode emoji, https://discord.com/developers/docs/resources/emoji#emoji-object
		if (inComponents && key === 'emoji' && name === 'animated' && item === false) continue;
		// discord.js v13 sends `timestamp: 0` for an embed without one (`this.timestamp && …` after `new Date(null).getTime()`); Discord shows no timestamp, as for an absent one.
		if (inEmbed && name === 'timestamp' && item === 0) continue;
		// Embed `fields` is an optional array; discord.js v13 sends `[]` for an embed without fields, which shows as none, https://discord.com/developers/docs/resources/message#embed-object
		if (inEmbed && key === undefined && name === 'fields' && Array.isArray(item) && item.length === 0) continue;
		// Embed type: "always 'rich' for webhook embeds" (and bot messages), the default, https://discord.com/developers/docs/resources/message#embed-object-embed-types
		if (inEmbed && name === 'type' && item === 'rich') continue;
		// Message and interaction-response `flags` is a bitfield: 0 sets none, as an absent one, https://discord.com/developers/docs/resources/message#message-object-message-flags
		if (name === 'flags' && item === 0) continue;
		const normalized = normalizeValue(item, placeholders, name, inEmbed, inComponents);
		// An interaction response's `data` is optional; a deferred answer's with nothing left in it (discord.js sends `{ flags: 0 }`) is absent, https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object
		if (key === undefined && name === 'data' && isEmptyObject(normalized)) continue;
		out[placeholders.text(name)] = normalized;
	}
	return out;
}

/**
 * The query string without parameters that only restate Discord's default, sorted (their
 * order means nothing).
 */
function queryOf(method: string, route: string, query: string | undefined): string {
	if (query === undefined || query === '') return '';
	const params = [...new URLSearchParams(query)].filter(([name, value]) => {
		// Create Interaction Response: `with_response` only asks for the callback response in the answer ("default false"); the
		// interaction is answered the same either way, https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response
		if (name === 'with_response' && /\/callback$/.test(route)) return false;
		// Create Followup Message "functions the same as Execute Webhook, but wait is always true", https://discord.com/developers/docs/interactions/receiving-and-responding#create-followup-message
		if (name === 'wait' && value === 'true' && method === 'POST' && /^\/webhooks\/[^/]+\/[^/]+$/.test(route)) return false;
		return true;
	});
	params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return params.length === 0 ? '' : `?${new URLSearchParams(params).toString()}`;
}

/** The route under the API base: `/api/v9/channels/1/messages` → `/channels/1/messages`. */
function routeOf(path: string): string {
	// `@original` and `%40original` name the same resource; clients differ in what they percent-encode.
	return decodeURIComponent(path.replace(/^\/api(?:\/v\d+)?(?=\/)/, ''));
}

/**
 * Normalises a replay's REST log for comparison: the API version prefix, query parameters
 * that restate a default (see `queryOf`), snowflakes (to placeholders by first appearance),
 * nonces, embed timestamps, and
 * Discord's documented defaults (see {@link normalizeValue}). Everything else (method,
 * route, status, every other body field, the order of requests) is kept.
 */
export function normalizeRequests(requests: readonly LoggedRequest[]): ReplayRequest[] {
	const placeholders = new Placeholders();
	return requests.map((request) => {
		const path = routeOf(request.path);
		const route = placeholders.text(path + queryOf(request.method, path, request.query));
		const body =
			request.body === undefined || request.body === null || request.body === ''
				? undefined
				: normalizeValue(request.body, placeholders, undefined, false, false);
		// A callback asked `with_response` is answered 200 with the response instead of 204 (see `queryOf`): the same outcome.
		const status = request.status === 200 && request.method === 'POST' && /\/callback$/.test(path) ? 204 : request.status;
		return { method: request.method, route, status, ...(body === undefined ? {} : { body }) };
	});
}
