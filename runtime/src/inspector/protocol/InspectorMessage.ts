import type { GatewayReceivePayload, GatewaySendPayload } from 'discord-api-types/v10';
import type { RateLimitInfo } from '../../rest/errors/RateLimitError.js';

/**
 * The version of the inspector stream this code speaks. A reader accepts any version up to its
 * own and ignores message types it does not know; a change a reader of the previous version
 * would misread (a field renamed or retyped, a meaning changed) takes the next number.
 * Recordings (JSONL) carry it too, in their first line.
 */
export const INSPECTOR_PROTOCOL_VERSION = 1;

/** Which program produced a stream: an OvenJS client, a discord.js client through `@ovenjs/inspect`, or the mock Discord. */
export type InspectorLibrary = 'ovenjs' | 'discord.js' | 'mock';

/** First message on every connection (and first line of a recording): who is speaking, and in which protocol version. */
export interface InspectorHello {
	readonly type: 'hello';
	/** {@link INSPECTOR_PROTOCOL_VERSION} of the sender. */
	readonly protocol: number;
	/** `bot` for a running bot, `mock` for the mock Discord. */
	readonly source: 'bot' | 'mock';
	/** The library the bot runs on. */
	readonly library: InspectorLibrary;
	readonly name: string;
	readonly pid: number;
	/** Messages replayed before this connection's live stream (0 in a recording). */
	readonly replayed: number;
}

/** One gateway packet, in (from Discord) or out (from the bot). IDENTIFY and RESUME carry `[redacted]` as token. */
export interface InspectorPacket {
	readonly type: 'packet';
	/** The shard; -1 when the sender does not know it yet (the mock, before IDENTIFY). */
	readonly shardId: number;
	readonly direction: 'in' | 'out';
	readonly op: number;
	/** The dispatch name for op 0, else null. */
	readonly t: string | null;
	/** The guild the packet concerns, when its data names one. */
	readonly guildId: string | null;
	/** The whole packet, `{ op, d, s, t }`. */
	readonly payload: GatewayReceivePayload | GatewaySendPayload;
	/** `Date.now()` when it was received or sent. */
	readonly at: number;
}

/** One REST attempt's response, with the bucket state it reported. */
export interface InspectorRest {
	readonly type: 'rest';
	/** Unique per request within a stream; retries of one request share it. */
	readonly id: number;
	readonly method: string;
	/** The route template, `/channels/{channel_id}/messages`. */
	readonly route: string;
	/** The path as sent, relative to the API base, with its query; webhook and interaction tokens `[redacted]`. */
	readonly path?: string;
	/** HTTP status, or 0 when the request failed before a response. */
	readonly status: number;
	/** From send to complete body. */
	readonly durationMs: number;
	/** 1 for the first send, 2 for the first retry, … */
	readonly attempt: number;
	/** `X-RateLimit-Bucket`, or null when the response had none. */
	readonly bucket: string | null;
	readonly remaining: number | null;
	readonly limit: number | null;
	readonly resetAfterMs: number | null;
	/** The JSON body sent (the `payload_json` part of a multipart request; files are left out). */
	readonly requestBody?: unknown;
	/** The parsed response body (JSON, or text); absent for 204. */
	readonly responseBody?: unknown;
	readonly at: number;
}

/** A request waits for, or was refused by, a rate limit. */
export interface InspectorRateLimit {
	readonly type: 'rateLimit';
	readonly info: RateLimitInfo;
	readonly at: number;
}

/** A shard's status or latency changed. */
export interface InspectorShard {
	readonly type: 'shard';
	readonly shardId: number;
	/** `connecting`, `identifying`, `ready`, `resuming`, `reconnecting`, `closed`… */
	readonly status: string;
	/** Last heartbeat round trip, or null before the first ACK. */
	readonly latencyMs: number | null;
	readonly at: number;
}

/** Cache sizes per entity (`guilds`, `channels`, `users`…), sampled. */
export interface InspectorCache {
	readonly type: 'cache';
	readonly sizes: Readonly<Record<string, number>>;
	readonly at: number;
}

/** Everything an inspector stream carries, one JSON text frame each (one line each in a recording). */
export type InspectorMessage = InspectorHello | InspectorPacket | InspectorRest | InspectorRateLimit | InspectorShard | InspectorCache;

/** The `type` of each {@link InspectorMessage}. */
export type InspectorMessageType = InspectorMessage['type'];
