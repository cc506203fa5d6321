import { INSPECTOR_PROTOCOL_VERSION, type InspectorMessage } from './InspectorMessage.js';

type Check = (value: Record<string, unknown>) => boolean;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const numberOrNull = (v: unknown): boolean => v === null || isNumber(v);
const stringOrNull = (v: unknown): boolean => v === null || isString(v);

/** What each message type must hold; fields a message may lack are checked only when present. */
const checks: Readonly<Record<InspectorMessage['type'], Check>> = {
	hello: (m) =>
		isNumber(m['protocol']) &&
		(m['source'] === 'bot' || m['source'] === 'mock') &&
		isString(m['library']) &&
		isString(m['name']) &&
		isNumber(m['pid']) &&
		isNumber(m['replayed']),
	packet: (m) =>
		isNumber(m['shardId']) &&
		(m['direction'] === 'in' || m['direction'] === 'out') &&
		isNumber(m['op']) &&
		stringOrNull(m['t']) &&
		stringOrNull(m['guildId']) &&
		isObject(m['payload']) &&
		isNumber(m['at']),
	rest: (m) =>
		isNumber(m['id']) &&
		isString(m['method']) &&
		isString(m['route']) &&
		(m['path'] === undefined || isString(m['path'])) &&
		isNumber(m['status']) &&
		isNumber(m['durationMs']) &&
		isNumber(m['attempt']) &&
		stringOrNull(m['bucket']) &&
		numberOrNull(m['remaining']) &&
		numberOrNull(m['limit']) &&
		numberOrNull(m['resetAfterMs']) &&
		isNumber(m['at']),
	rateLimit: (m) => {
		const info = m['info'];
		return (
			isObject(info) &&
			isString(info['method']) &&
			isString(info['route']) &&
			isString(info['bucket']) &&
			isNumber(info['retryAfterMs']) &&
			typeof info['fromResponse'] === 'boolean' &&
			isNumber(m['at'])
		);
	},
	shard: (m) => isNumber(m['shardId']) && isString(m['status']) && numberOrNull(m['latencyMs']) && isNumber(m['at']),
	cache: (m) => isObject(m['sizes']) && Object.values(m['sizes']).every(isNumber) && isNumber(m['at']),
};

/**
 * The inspector message an untrusted value holds (a parsed WebSocket frame, a recording's
 * line, a webview `postMessage`), or undefined when it is none: a malformed message or a type
 * this version does not know (a newer sender's addition), which readers skip.
 */
export function parseInspectorMessage(value: unknown): InspectorMessage | undefined {
	if (!isObject(value) || !isString(value['type']) || !Object.hasOwn(checks, value['type'])) return undefined;
	const check = checks[value['type'] as InspectorMessage['type']];
	return check(value) ? (value as unknown as InspectorMessage) : undefined;
}

/** Who reads a stream, for {@link protocolMismatch}'s sentence. */
export interface InspectorReader {
	/** What the user updates, e.g. `the OvenJS extension`, `@ovenjs/mock-discord`. */
	readonly name: string;
	/** The newest protocol it speaks; default {@link INSPECTOR_PROTOCOL_VERSION}. */
	readonly version?: number;
}

/**
 * Why `reader` cannot follow a stream (or a recording) whose first message is `hello`, as a
 * sentence that says what to update; undefined when it can (the same or an older version) or
 * when `hello` is no hello. Takes the raw value: a newer sender's hello may not have the shape
 * this version checks, and its version is what the reader must report.
 */
export function protocolMismatch(hello: unknown, reader: InspectorReader): string | undefined {
	if (!isObject(hello) || hello['type'] !== 'hello' || !isNumber(hello['protocol'])) return undefined;
	const version = reader.version ?? INSPECTOR_PROTOCOL_VERSION;
	if (hello['protocol'] <= version) return undefined;
	const name = isString(hello['name']) ? hello['name'] : 'The stream';
	return `${name} speaks inspector protocol ${hello['protocol']}, newer than ${reader.name} understands (${version}): update ${reader.name} to a release that speaks version ${hello['protocol']}.`;
}
