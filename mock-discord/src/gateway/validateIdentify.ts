import { GatewayCloseCodes as CloseCode } from 'discord-api-types/v10';
import { ALL_INTENTS, PRIVILEGED_INTENTS } from 'ovenjs/knowledge';
import type { GatewayBackend } from './GatewayBackend.js';
import { GatewayCloseError } from './GatewayCloseError.js';
import { guildsOfShard } from './ShardRouter.js';

/** An IDENTIFY the gateway accepted. */
export interface ValidIdentify {
	readonly shard: [number, number];
	readonly intents: number;
	/** The guilds of the shard, in the backend's order. */
	readonly guildIds: readonly string[];
}

/** Compares tokens; clients may or may not prefix `Bot `. */
export function tokenMatches(given: unknown, expected: string): boolean {
	if (typeof given !== 'string') return false;
	return given === expected || given === `Bot ${expected}`;
}

/**
 * Checks an IDENTIFY's `d` in the order Discord reports failures: token (4004), intents
 * (4013, then 4014 for privileged ones the application lacks), shard (4010), guilds per
 * shard (4011).
 * @see https://discord.com/developers/docs/events/gateway-events#identify
 */
export function validateIdentify(d: unknown, backend: GatewayBackend, maxGuildsPerShard: number): ValidIdentify {
	if (typeof d !== 'object' || d === null) throw new GatewayCloseError(CloseCode.DecodeError, 'IDENTIFY without a payload');
	const { token, intents, shard } = d as { token?: unknown; intents?: unknown; shard?: unknown };
	if (!tokenMatches(token, backend.token)) throw new GatewayCloseError(CloseCode.AuthenticationFailed, 'Authentication failed');

	if (typeof intents !== 'number' || !Number.isInteger(intents) || intents < 0 || (intents & ~ALL_INTENTS) !== 0) {
		throw new GatewayCloseError(CloseCode.InvalidIntents, `invalid intents ${String(intents)}`);
	}
	const disallowed = intents & PRIVILEGED_INTENTS & ~backend.enabledPrivilegedIntents;
	if (disallowed !== 0) {
		throw new GatewayCloseError(CloseCode.DisallowedIntents, `privileged intents ${disallowed} are not enabled for this application`);
	}

	const pair = parseShard(shard);
	const guildIds = guildsOfShard(backend.guildIds(), pair);
	if (guildIds.length > maxGuildsPerShard) {
		throw new GatewayCloseError(CloseCode.ShardingRequired, `shard ${pair[0]}/${pair[1]} would hold ${guildIds.length} guilds`);
	}
	return { shard: pair, intents, guildIds };
}

function parseShard(shard: unknown): [number, number] {
	if (shard === undefined || shard === null) return [0, 1];
	if (Array.isArray(shard) && shard.length === 2) {
		const [id, count] = shard as [unknown, unknown];
		if (
			Number.isInteger(id) &&
			Number.isInteger(count) &&
			(count as number) >= 1 &&
			(id as number) >= 0 &&
			(id as number) < (count as number)
		) {
			return [id as number, count as number];
		}
	}
	throw new GatewayCloseError(CloseCode.InvalidShard, `invalid shard ${JSON.stringify(shard)}`);
}

/** A RESUME's `d`. */
export interface ResumeRequest {
	readonly token: unknown;
	readonly sessionId: string;
	readonly seq: number;
}

/** Reads a RESUME's `d`; a malformed one is a decode error. */
export function parseResume(d: unknown): ResumeRequest {
	if (typeof d !== 'object' || d === null) throw new GatewayCloseError(CloseCode.DecodeError, 'RESUME without a payload');
	const { token, session_id: sessionId, seq } = d as { token?: unknown; session_id?: unknown; seq?: unknown };
	if (typeof sessionId !== 'string') throw new GatewayCloseError(CloseCode.DecodeError, 'RESUME without session_id');
	// discord.js sends seq null when it saw no dispatch; treat it as 0.
	const s = seq === null || seq === undefined ? 0 : seq;
	if (typeof s !== 'number' || !Number.isInteger(s) || s < 0)
		throw new GatewayCloseError(CloseCode.InvalidSeq, `invalid seq ${String(seq)}`);
	return { token, sessionId, seq: s };
}
