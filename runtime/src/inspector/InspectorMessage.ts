import type { GatewayReceivePayload, GatewaySendPayload } from 'discord-api-types/v10';
import type { RateLimitInfo } from '../rest/errors/RateLimitError.js';

/** First message on every connection: who is speaking. */
export interface InspectorHello {
	readonly type: 'hello';
	/** `bot` for a running OvenJS client, `mock` for the mock Discord. */
	readonly source: 'bot' | 'mock';
	readonly name: string;
	readonly pid: number;
	/** Messages replayed before this connection's live stream. */
	readonly replayed: number;
}

/** One gateway packet, in (from Discord) or out (from the bot). IDENTIFY and RESUME carry `[redacted]` as token. */
export interface InspectorPacket {
	readonly type: 'packet';
	readonly shardId: number;
	readonly direction: 'in' | 'out';
	readonly op: number;
	/** The dispatch name for op 0, else null. */
	readonly t: string | null;
	/** The guild the packet concerns, when its data names one. */
	readonly guildId: string | null;
	readonly payload: GatewayReceivePayload | GatewaySendPayload;
	readonly at: number;
}

/** One REST attempt's response, with the bucket state it reported. */
export interface InspectorRest {
	readonly type: 'rest';
	readonly id: number;
	readonly method: string;
	readonly route: string;
	readonly status: number;
	readonly durationMs: number;
	readonly attempt: number;
	readonly bucket: string | null;
	readonly remaining: number | null;
	readonly limit: number | null;
	readonly resetAfterMs: number | null;
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
	readonly status: string;
	readonly latencyMs: number | null;
	readonly at: number;
}

/** Cache sizes per entity, sampled. */
export interface InspectorCache {
	readonly type: 'cache';
	readonly sizes: Readonly<Record<string, number>>;
	readonly at: number;
}

/** Everything an inspector stream carries, one JSON text frame each. */
export type InspectorMessage = InspectorHello | InspectorPacket | InspectorRest | InspectorRateLimit | InspectorShard | InspectorCache;
