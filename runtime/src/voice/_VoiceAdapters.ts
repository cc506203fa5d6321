import type {
	GatewayDispatchPayload,
	GatewaySendPayload,
	GatewayVoiceServerUpdateDispatchData,
	GatewayVoiceStateUpdateDispatchData,
} from 'discord-api-types/v10';
import { shardIdForGuild } from '../knowledge/index.js';
import { assertNodeFeature } from '../node/index.js';
import type { VoiceAdapterCreator, VoiceAdapterLibraryMethods } from './VoiceAdapter.js';

/** Tells the library its adapter is gone; one connection failing to close must not keep the others open. */
function release(methods: VoiceAdapterLibraryMethods): void {
	try {
		methods.destroy();
	} catch {
		// The connection was destroyed already.
	}
}

/** How the adapters reach the client's shards. @internal */
export interface _VoiceAdapterHost {
	/** Queues a payload on a shard; throws when the shard is not run here or closed for good. */
	send(shardId: number, payload: GatewaySendPayload): void;
	/** The bot's user id, once READY has told it. */
	userId(): string | undefined;
}

/**
 * The client's voice adapters, one per guild (as `@discordjs/voice` keeps one connection per
 * guild): op 4 goes out on the guild's shard through its send queue, which holds it while the
 * shard reconnects and sends it once the session is back (resumed or new); the bot's own
 * VOICE_STATE_UPDATE and every VOICE_SERVER_UPDATE come back in. A shard that closes for good
 * or a destroyed client destroys the adapters, which tells the library so.
 * @internal
 */
export class _VoiceAdapters {
	readonly #host: _VoiceAdapterHost;
	readonly #adapters = new Map<string, VoiceAdapterLibraryMethods>();
	/** From READY's `shard` field: the count the guilds are spread over. */
	#shardCount: number | undefined;
	#destroyed = false;

	constructor(host: _VoiceAdapterHost) {
		this.#host = host;
	}

	/** Guilds with a live adapter. */
	get size(): number {
		return this.#adapters.size;
	}

	/** The adapter creator of one guild. */
	creator(guildId: string): VoiceAdapterCreator {
		return (methods) => {
			assertNodeFeature('voice');
			this.#adapters.set(guildId, methods);
			return {
				sendPayload: (payload) => this.#send(guildId, payload),
				destroy: () => {
					if (this.#adapters.get(guildId) === methods) this.#adapters.delete(guildId);
				},
			};
		};
	}

	/** Feeds a dispatch; only READY, VOICE_STATE_UPDATE and VOICE_SERVER_UPDATE matter here. */
	dispatch(payload: GatewayDispatchPayload): void {
		switch (payload.t) {
			case 'READY': {
				const count = payload.d.shard?.[1];
				if (typeof count === 'number' && count >= 1) this.#shardCount = count;
				return;
			}
			case 'VOICE_STATE_UPDATE':
				return this.#voiceState(payload.d);
			case 'VOICE_SERVER_UPDATE':
				return this.#voiceServer(payload.d);
			default:
		}
	}

	/** A shard closed for good: its guilds' adapters can no longer send. */
	shardClosed(shardId: number): void {
		const count = this.#shardCount;
		if (count === undefined) return;
		for (const [guildId, methods] of [...this.#adapters]) {
			if (shardIdForGuild(guildId, count) !== shardId) continue;
			this.#adapters.delete(guildId);
			release(methods);
		}
	}

	/** The client is going away: every adapter is destroyed, and new ones refuse to send. Idempotent. */
	destroy(): void {
		this.#destroyed = true;
		const all = [...this.#adapters.values()];
		this.#adapters.clear();
		for (const methods of all) release(methods);
	}

	#voiceState(data: GatewayVoiceStateUpdateDispatchData): void {
		if (data.guild_id === undefined || data.user_id !== this.#host.userId()) return;
		this.#adapters.get(data.guild_id)?.onVoiceStateUpdate(data);
	}

	#voiceServer(data: GatewayVoiceServerUpdateDispatchData): void {
		this.#adapters.get(data.guild_id)?.onVoiceServerUpdate(data);
	}

	#send(guildId: string, payload: unknown): boolean {
		const count = this.#shardCount;
		if (this.#destroyed || count === undefined || typeof payload !== 'object' || payload === null) return false;
		try {
			this.#host.send(shardIdForGuild(guildId, count), payload as GatewaySendPayload);
			return true;
		} catch {
			// Not run here, or closed for good: the library marks the connection disconnected.
			return false;
		}
	}
}
