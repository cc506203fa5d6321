/**
 * Smooths over places where Discord accepts more than its OpenAPI description says, so a
 * body a real client sends is not refused by the schema check:
 * - `attachments[].id` is the index of a `files[n]` part; libraries send it as a number
 *   (discord.js does), the spec types it as a snowflake string.
 * @see https://discord.com/developers/docs/reference#uploading-files
 */
export function normalizeBody(body: unknown): unknown {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
	const record = { ...(body as Record<string, unknown>) };
	if (Array.isArray(record['attachments'])) {
		record['attachments'] = record['attachments'].map((a: unknown) =>
			typeof a === 'object' && a !== null && typeof (a as { id?: unknown }).id === 'number' ? { ...a, id: String((a as { id: number }).id) } : a,
		);
	}
	if (typeof record['data'] === 'object' && record['data'] !== null) record['data'] = normalizeBody(record['data']);
	return record;
}
