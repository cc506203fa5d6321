import type { GatewayGuildCreateDispatchData } from 'discord-api-types/v10';
import { eventAllowed } from 'ovenjs/knowledge';
import { GatewaySession } from './GatewaySession.js';
import { shardForGuild } from './ShardRouter.js';
import { maskMessageContent } from './contentMasking.js';
import { guildCreateForIntents } from './guildCreateForIntents.js';

/** A summary of one session, as {@link MockGateway.sessions} reports it. */
export interface GatewaySessionInfo {
	readonly shard: [number, number];
	readonly sessionId: string;
	readonly seq: number;
	readonly intents: number;
	/** False while the session waits, resumable, for its client to come back. */
	readonly connected: boolean;
}

/**
 * The live sessions (connected, or disconnected but still resumable) and the routing of
 * dispatches to them: shard by guild, intents filter, MESSAGE_CONTENT masking.
 */
export class SessionRegistry {
	readonly #sessions = new Map<string, GatewaySession>();
	readonly #botId: () => string;
	readonly #bufferSize: number;

	public constructor(botId: () => string, bufferSize: number) {
		this.#botId = botId;
		this.#bufferSize = bufferSize;
	}

	/** Starts a session. */
	public create(shard: [number, number], intents: number): GatewaySession {
		const session = new GatewaySession(shard, intents, this.#bufferSize);
		this.#sessions.set(session.sessionId, session);
		return session;
	}

	/** The session with this id, if it is still live. */
	public get(sessionId: string): GatewaySession | undefined {
		return this.#sessions.get(sessionId);
	}

	/** Ends a session: it can no longer be resumed. */
	public invalidate(session: GatewaySession): void {
		session.cancelExpiry();
		this.#sessions.delete(session.sessionId);
	}

	/** Keeps a disconnected session resumable for `ms`, buffering its dispatches. */
	public keepResumable(session: GatewaySession, ms: number, onExpire: (session: GatewaySession) => void): void {
		session.scheduleExpiry(ms, () => {
			if (session.connected) return;
			this.invalidate(session);
			onExpire(session);
		});
	}

	/** Every live session on shard `shardId`. */
	public onShard(shardId: number): GatewaySession[] {
		return [...this.#sessions.values()].filter((session) => session.shard[0] === shardId);
	}

	/** Summaries of every live session. */
	public list(): readonly GatewaySessionInfo[] {
		return [...this.#sessions.values()].map((session) => ({
			shard: [session.shard[0], session.shard[1]],
			sessionId: session.sessionId,
			seq: session.seq,
			intents: session.intents,
			connected: session.connected,
		}));
	}

	/** Sends `event` to each session that should see it; returns how many did. */
	public dispatch(event: string, data: unknown, guildId: string | undefined): number {
		const where = guildId === undefined ? 'dm' : 'guild';
		const botId = this.#botId();
		// Sessions mostly share one shard count; the BigInt shift is done once per count.
		const shardByCount = new Map<number, number>();
		let delivered = 0;
		for (const session of this.#sessions.values()) {
			const count = session.shard[1];
			let owner = shardByCount.get(count);
			if (owner === undefined) shardByCount.set(count, (owner = shardForGuild(guildId, count)));
			if (session.shard[0] !== owner) continue;
			if (!eventAllowed(event, where, session.intents)) continue;
			session.dispatch(event, this.#viewFor(session, event, data, guildId, botId));
			delivered += 1;
		}
		return delivered;
	}

	#viewFor(session: GatewaySession, event: string, data: unknown, guildId: string | undefined, botId: string): unknown {
		// A guild joined later arrives as GUILD_CREATE too and gets the same intent filtering as at READY.
		if (event === 'GUILD_CREATE' && typeof data === 'object' && data !== null && Array.isArray((data as { members?: unknown }).members)) {
			return guildCreateForIntents(data as GatewayGuildCreateDispatchData, session.intents, botId);
		}
		return maskMessageContent(event, data, { intents: session.intents, botId, guildId });
	}

	/** Forgets every session. */
	public clear(): void {
		for (const session of this.#sessions.values()) session.cancelExpiry();
		this.#sessions.clear();
	}
}
