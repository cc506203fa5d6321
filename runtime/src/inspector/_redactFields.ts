import { REDACTED } from '../knowledge/redactSecrets.js';
import type { InspectorMessage } from './protocol/InspectorMessage.js';

function redact(value: unknown, fields: ReadonlySet<string>): unknown {
	if (Array.isArray(value)) return value.map((item) => redact(item, fields));
	if (typeof value !== 'object' || value === null) return value;
	const out: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) out[key] = fields.has(key) ? REDACTED : redact(item, fields);
	return out;
}

/**
 * `message` with the value of every member named in `fields` (`content`, `email`…) replaced by
 * `[redacted]` wherever it sits in the data the message carries: a packet's payload, a
 * request's or response's body. The message's own fields are left alone.
 */
export function redactFields(message: InspectorMessage, fields: ReadonlySet<string>): InspectorMessage {
	if (fields.size === 0) return message;
	switch (message.type) {
		case 'packet':
			return { ...message, payload: redact(message.payload, fields) as typeof message.payload };
		case 'rest':
			return {
				...message,
				...(message.requestBody === undefined ? {} : { requestBody: redact(message.requestBody, fields) }),
				...(message.responseBody === undefined ? {} : { responseBody: redact(message.responseBody, fields) }),
			};
		default:
			return message;
	}
}
