/**
 * Smooths over places where Discord accepts more than its OpenAPI description says, so a
 * body a real client sends is not refused by the schema check:
 * - `attachments[].id` is the index of a `files[n]` part; libraries send it as a number
 *   (discord.js does), the spec types it as a snowflake string.
 * - `embeds[].timestamp: 0`: discord.js v13 sends it for every embed without a timestamp
 *   (`timestamp: this.timestamp && …` after `new Date(null).getTime()`), and Discord shows
 *   those embeds without one; the spec wants an ISO 8601 string, so 0 is taken as absent.
 * @see https://discord.com/developers/docs/reference#uploading-files
 */
export function normalizeBody(body: unknown): unknown {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
	const record = { ...(body as Record<string, unknown>) };
	if (Array.isArray(record['attachments'])) {
		record['attachments'] = record['attachments'].map((a: unknown) =>
			typeof a === 'object' && a !== null && typeof (a as { id?: unknown }).id === 'number'
				? { ...a, id: String((a as { id: number }).id) }
				: a,
		);
	}
	if (Array.isArray(record['embeds'])) {
		record['embeds'] = record['embeds'].map((e: unknown) => {
			if (typeof e !== 'object' || e === null || (e as { timestamp?: unknown }).timestamp !== 0) return e;
			const { timestamp: _zero, ...rest } = e as Record<string, unknown>;
			return rest;
		});
	}
	if (typeof record['data'] === 'object' && record['data'] !== null) record['data'] = normalizeBody(record['data']);
	return record;
}
