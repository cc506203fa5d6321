/**
 * The Gateway Inspector stream: what a running bot's inspector (or the mock) sends, and what
 * the extension forwards to the inspector webview, one JSON message at a time.
 */

/** A gateway packet received (`in`) or sent (`out`) by a shard. Identify/resume arrive redacted. */
export interface InspectorPacketMessage {
	readonly type: 'packet';
	readonly shardId: number;
	readonly direction: 'in' | 'out';
	/** Gateway opcode. */
	readonly op: number;
	/** Dispatch event name (`READY`, `MESSAGE_CREATE`…), or null for non-dispatch opcodes. */
	readonly t: string | null;
	/** The packet (the runtime sends the whole `{ op, d, s, t }`). */
	readonly payload: unknown;
	/** The guild the packet concerns, when the sender knows it. */
	readonly guildId?: string | null;
	/** Milliseconds since the epoch. */
	readonly at: number;
}

/** A finished REST request with its rate-limit bucket state. */
export interface InspectorRestMessage {
	readonly type: 'rest';
	readonly method: string;
	/** The route template, e.g. `/channels/:id/messages`. */
	readonly route: string;
	/** HTTP status, or 0 when the request failed before a response. */
	readonly status: number;
	readonly durationMs: number;
	/** Discord's `X-RateLimit-Bucket` hash, or null before the first response. */
	readonly bucket: string | null;
	/** Time the request waited in its bucket queue. */
	readonly waitedMs: number;
	readonly at: number;
}

/** A shard's status and heartbeat latency. */
export interface InspectorShardMessage {
	readonly type: 'shard';
	readonly shardId: number;
	/** e.g. `connecting`, `ready`, `resuming`, `closed`. */
	readonly status: string;
	/** Last heartbeat round trip, or null before the first ACK. */
	readonly latencyMs: number | null;
}

/** Cache sizes by store name (`guilds`, `channels`, `users`…). */
export interface InspectorCacheMessage {
	readonly type: 'cache';
	readonly sizes: Readonly<Record<string, number>>;
}

/** A request waits for a rate limit (`hit: true` when Discord answered 429, false when waiting pre-emptively). */
export interface InspectorRateLimitMessage {
	readonly type: 'rateLimit';
	readonly method: string;
	readonly route: string;
	readonly bucket: string;
	readonly waitMs: number;
	readonly hit: boolean;
	readonly at: number;
}

/** Every message of the inspector stream. */
export type InspectorMessage =
	InspectorPacketMessage | InspectorRestMessage | InspectorShardMessage | InspectorCacheMessage | InspectorRateLimitMessage;

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks that an untrusted value (parsed from the inspector socket or a postMessage) is an
 * inspector message; the webview drops anything else.
 */
export function isInspectorMessage(value: unknown): value is InspectorMessage {
	if (!isObj(value)) return false;
	switch (value['type']) {
		case 'packet':
			return (
				isNum(value['shardId']) &&
				(value['direction'] === 'in' || value['direction'] === 'out') &&
				isNum(value['op']) &&
				(value['t'] === null || typeof value['t'] === 'string') &&
				isNum(value['at'])
			);
		case 'rest':
			return (
				typeof value['method'] === 'string' &&
				typeof value['route'] === 'string' &&
				isNum(value['status']) &&
				isNum(value['durationMs']) &&
				(value['bucket'] === null || typeof value['bucket'] === 'string') &&
				isNum(value['waitedMs']) &&
				isNum(value['at'])
			);
		case 'shard':
			return isNum(value['shardId']) && typeof value['status'] === 'string' && (value['latencyMs'] === null || isNum(value['latencyMs']));
		case 'cache':
			return isObj(value['sizes']) && Object.values(value['sizes']).every(isNum);
		case 'rateLimit':
			return (
				typeof value['method'] === 'string' &&
				typeof value['route'] === 'string' &&
				typeof value['bucket'] === 'string' &&
				isNum(value['waitMs']) &&
				typeof value['hit'] === 'boolean' &&
				isNum(value['at'])
			);
		default:
			return false;
	}
}

/**
 * Converts one frame of the OvenJS runtime's inspector socket (`ovenjs` `InspectorMessage`:
 * `rest` without `waitedMs`, `rateLimit` with an `info` object, `hello`) to this stream's
 * shape. Returns undefined for frames the webview does not show (`hello`, malformed ones).
 */
export function fromRuntimeInspector(frame: unknown): InspectorMessage | undefined {
	if (isInspectorMessage(frame)) return frame;
	if (!isObj(frame)) return undefined;
	if (frame['type'] === 'rest') {
		const rest = { ...frame, waitedMs: isNum(frame['waitedMs']) ? frame['waitedMs'] : 0 };
		return isInspectorMessage(rest) ? rest : undefined;
	}
	if (frame['type'] === 'rateLimit' && isObj(frame['info'])) {
		const info = frame['info'];
		const limit = {
			type: 'rateLimit',
			method: info['method'],
			route: info['route'],
			bucket: info['bucket'],
			waitMs: info['retryAfterMs'],
			hit: info['fromResponse'] === true,
			at: frame['at'],
		};
		return isInspectorMessage(limit) ? limit : undefined;
	}
	return undefined;
}
