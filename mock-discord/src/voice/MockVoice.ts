import type { APIVoiceState } from 'discord-api-types/v10';
import { ChannelType, PermissionFlagsBits } from 'discord-api-types/v10';
import { VoiceCloseCodes, VoiceOpcodes } from 'discord-api-types/voice/v8';
import { shardIdForGuild } from 'ovenjs/knowledge';
import { GatewayCloseError } from '../gateway/GatewayCloseError.js';
import type { GatewaySession } from '../gateway/GatewaySession.js';
import type { World } from '../world/World.js';
import { setVoiceState } from '../world/voiceStates.js';
import { createVoiceCertificate } from './voiceCertificate.js';
import { VoiceGateway } from './VoiceGateway.js';
import { VoiceSession } from './VoiceSession.js';
import { VoiceUdp, type UdpPeer } from './VoiceUdp.js';
import { VOICE_ENCRYPTION_MODES, openRtp, sealRtp, type VoiceEncryptionMode } from './voiceCrypto.js';

/** Options of the mock's voice server (`createMockDiscord({ voice })`). */
export interface MockVoiceOptions {
	/** The transport encryption modes READY offers, in order. Default both `*_rtpsize` AEAD modes. */
	readonly modes?: readonly VoiceEncryptionMode[];
	/** `heartbeat_interval` in the voice HELLO, ms. Default 13750, as Discord's. */
	readonly heartbeatInterval?: number;
}

/** Where a running voice server listens, and the certificate its `wss://` endpoint presents. */
export interface VoiceServerInfo {
	/** `host:port` as VOICE_SERVER_UPDATE sends it. */
	readonly endpoint: string;
	/** The UDP socket READY announces. */
	readonly udp: UdpPeer;
	/** The self-signed certificate (PEM) clients must trust; see `trustMockVoiceCertificate`. */
	readonly certificate: string;
	readonly modes: readonly VoiceEncryptionMode[];
}

const VOICE_CHANNEL_TYPES: ReadonlySet<number> = new Set([ChannelType.GuildVoice, ChannelType.GuildStageVoice]);
const CONNECT = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.Connect;
/** 20 ms of 48 kHz audio: what one Opus frame advances the RTP timestamp by. */
const SAMPLES_PER_FRAME = 960;

/**
 * The mock's voice server: it answers op 4 on the gateway as Discord does (VOICE_STATE_UPDATE
 * to the guild, VOICE_SERVER_UPDATE to the asking session), serves the voice WebSocket and UDP
 * on 127.0.0.1, records what every connection sends, plays audio to the bot, and lets other
 * members join and leave channels. DAVE is negotiated at protocol version 0: transport
 * encryption only, no end-to-end layer. Started on first use (or by {@link start}).
 */
export class MockVoice {
	readonly #world: World;
	readonly #log: (line: string) => void;
	readonly #modes: readonly VoiceEncryptionMode[];
	readonly #heartbeatInterval: number;
	readonly #sessions = new Map<string, VoiceSession>();
	/** The live session of each guild (the bot's), by guild id. */
	readonly #byGuild = new Map<string, VoiceSession>();
	/** The gateway session that asked for each guild's voice: VOICE_SERVER_UPDATEs go to it. */
	readonly #requesters = new Map<string, GatewaySession>();
	/** The SSRC each other member "speaks" with when the mock plays audio as them. */
	readonly #memberSsrc = new Map<string, number>();
	#nextSsrc = 100;
	#nextId = 1;
	#server: Promise<{ gateway: VoiceGateway; udp: VoiceUdp; info: VoiceServerInfo }> | undefined;
	#closed = false;

	public constructor(world: World, options: MockVoiceOptions & { readonly log: (line: string) => void }) {
		this.#world = world;
		this.#log = options.log;
		this.#modes = options.modes ?? VOICE_ENCRYPTION_MODES;
		this.#heartbeatInterval = options.heartbeatInterval ?? 13_750;
	}

	/** Starts the voice gateway and UDP socket (once) and says where they are. */
	public async start(): Promise<VoiceServerInfo> {
		this.#server ??= (async () => {
			const certificate = await createVoiceCertificate();
			const udp = await VoiceUdp.bind({ rtp: (packet) => this.#onRtp(packet), discovered: () => {} });
			const gateway = await VoiceGateway.listen(
				{
					find: (serverId, sessionId) => {
						const session = this.#byGuild.get(serverId);
						return session?.sessionId === sessionId ? session : undefined;
					},
					udp: () => udp.address,
					modes: this.#modes,
					daveProtocolVersion: 0,
					heartbeatInterval: this.#heartbeatInterval,
					othersInChannel: (session) => this.#othersIn(session.guildId, session.channelId, session.userId),
					log: this.#log,
				},
				certificate,
			);
			const info = { endpoint: gateway.endpoint, udp: udp.address, certificate: certificate.cert, modes: this.#modes };
			return { gateway, udp, info };
		})();
		return (await this.#server).info;
	}

	/** Every voice session so far, oldest first, ended ones included. */
	public sessions(): readonly VoiceSession[] {
		return [...this.#sessions.values()];
	}

	/** One session by id. */
	public session(id: string): VoiceSession | undefined {
		return this.#sessions.get(id);
	}

	/**
	 * Op 4 from a gateway session: join, move, leave, or change self mute/deaf. Ignored (as
	 * Discord does) for a guild on another shard, a channel that is not a voice channel of
	 * the guild, or one the bot may not connect to.
	 */
	public voiceStateUpdate(gateway: GatewaySession, d: unknown): void {
		const data = (typeof d === 'object' && d !== null ? d : {}) as Record<string, unknown>;
		const guildId = data['guild_id'];
		const channelId = data['channel_id'];
		if (typeof guildId !== 'string' || (channelId !== null && typeof channelId !== 'string'))
			throw new GatewayCloseError(4002, 'op 4 needs guild_id (string) and channel_id (string or null)');
		const botId = this.#world.botUser.id;
		const guild = this.#world.guilds.get(guildId);
		if (guild === undefined || !guild.members.has(botId) || shardIdForGuild(guildId, gateway.shard[1]) !== gateway.shard[0]) {
			this.#log(`voice: op 4 for guild ${guildId} ignored (not the bot's guild, or sent on the wrong shard)`);
			return;
		}
		if (channelId === null) {
			this.#setVoiceState(guildId, botId, null, gateway.sessionId, data);
			this.#byGuild.get(guildId)?.end(VoiceCloseCodes.Disconnected, 'Disconnected');
			this.#byGuild.delete(guildId);
			return;
		}
		const channel = this.#world.channels.get(channelId);
		if (channel?.guild_id !== guildId || !VOICE_CHANNEL_TYPES.has(channel.type)) {
			this.#log(`voice: op 4 to ${channelId} ignored (not a voice channel of guild ${guildId})`);
			return;
		}
		if ((this.#world.channelPermissions(channelId, botId) & CONNECT) !== CONNECT) {
			this.#log(`voice: op 4 to ${channelId} ignored (the bot lacks Connect there)`);
			return;
		}
		const previous = this.#byGuild.get(guildId);
		this.#requesters.set(guildId, gateway);
		this.#setVoiceState(guildId, botId, channelId, gateway.sessionId, data);
		// Only self mute/deaf changed: the voice connection stays as it is.
		if (previous !== undefined && previous.status !== 'closed' && previous.channelId === channelId) return;
		this.#announceServer(gateway, guildId, channelId);
	}

	/** Gives the bot a new voice server (a new token): the client must connect again, as after a voice server failover. */
	public changeServer(guildId: string): boolean {
		const session = this.#byGuild.get(guildId);
		const gateway = this.#requesters.get(guildId);
		if (session === undefined || session.status === 'closed' || gateway === undefined) return false;
		this.#announceServer(gateway, guildId, session.channelId);
		return true;
	}

	/** Closes the bot's voice WebSocket in `guildId` with `code` (4015 lets the client resume). */
	public disconnect(guildId: string, code: number): boolean {
		const socket = this.#byGuild.get(guildId)?.socket;
		socket?.close(code, 'fault: voice disconnect');
		return socket !== undefined;
	}

	/**
	 * Another member joins (`channelId`), moves or leaves (`null`) a voice channel: VOICE_STATE_UPDATE
	 * to the guild, and CLIENTS_CONNECT / CLIENT_DISCONNECT to the bot's voice connection there.
	 */
	public setMemberChannel(guildId: string, userId: string, channelId: string | null, flags: Record<string, unknown> = {}): APIVoiceState {
		const before = (this.#world.guild(guildId).voiceStates.get(userId)?.['channel_id'] as string | undefined) ?? null;
		const state = this.#setVoiceState(guildId, userId, channelId, `mock-${userId}`, flags);
		const session = this.#byGuild.get(guildId);
		if (session !== undefined && session.status !== 'closed' && before !== channelId) {
			if (before === session.channelId) session.send(VoiceOpcodes.ClientDisconnect, { user_id: userId });
			if (channelId === session.channelId) session.send(VoiceOpcodes.ClientsConnect, { user_ids: [userId] });
		}
		return state;
	}

	/**
	 * Plays Opus frames to the bot as `userId` (who must be in the bot's channel): SPEAKING on the
	 * voice WebSocket, then one encrypted RTP packet every `intervalMs`. Resolves with the count sent.
	 */
	public async play(guildId: string, userId: string, frames: readonly Buffer[], intervalMs = 20): Promise<number> {
		const session = this.#byGuild.get(guildId);
		const server = await this.#server;
		if (session?.peer === undefined || session.mode === undefined || server === undefined) return 0;
		let ssrc = this.#memberSsrc.get(userId);
		if (ssrc === undefined) {
			ssrc = this.#nextSsrc++;
			this.#memberSsrc.set(userId, ssrc);
		}
		session.send(VoiceOpcodes.Speaking, { user_id: userId, ssrc, speaking: 1 });
		let sequence = 0;
		const start = Date.now();
		for (const [index, opus] of frames.entries()) {
			const peer = session.peer;
			if (session.status === 'closed' || peer === undefined || session.mode === undefined) return index;
			const packet = sealRtp(
				{ sequence: sequence++, timestamp: index * SAMPLES_PER_FRAME, ssrc, nonce: session.outgoingNonce++, opus },
				session.mode,
				session.secretKey,
			);
			server.udp.send(packet, peer);
			// Paced against the start, so timer drift does not add up.
			const wait = start + (index + 1) * intervalMs - Date.now();
			if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
		}
		return frames.length;
	}

	/** Closes the voice server. Idempotent. */
	public async close(): Promise<void> {
		if (this.#closed) return;
		this.#closed = true;
		const server = await this.#server?.catch(() => undefined);
		if (server === undefined) return;
		await server.gateway.close();
		await server.udp.close();
	}

	#othersIn(guildId: string, channelId: string, except: string): string[] {
		const states = this.#world.guild(guildId).voiceStates.values();
		return [...states]
			.filter((state) => state['channel_id'] === channelId && state['user_id'] !== except)
			.map((state) => state['user_id'] as string);
	}

	/** The world's voice state (one model, shared with the REST routes), with this session's id. */
	#setVoiceState(
		guildId: string,
		userId: string,
		channelId: string | null,
		sessionId: string,
		data: Record<string, unknown>,
	): APIVoiceState {
		const flags = {
			session_id: sessionId,
			...(typeof data['self_mute'] === 'boolean' ? { self_mute: data['self_mute'] } : {}),
			...(typeof data['self_deaf'] === 'boolean' ? { self_deaf: data['self_deaf'] } : {}),
		};
		return setVoiceState(this.#world, guildId, userId, channelId, flags) as unknown as APIVoiceState;
	}

	#announceServer(gateway: GatewaySession, guildId: string, channelId: string): void {
		// A new token ends the old session: its credentials no longer identify or resume.
		const previous = this.#byGuild.get(guildId);
		if (previous !== undefined) previous.status = 'closed';
		const session = new VoiceSession({
			id: `v${this.#nextId++}`,
			guildId,
			userId: this.#world.botUser.id,
			sessionId: gateway.sessionId,
			channelId,
			ssrc: this.#nextSsrc++,
		});
		this.#sessions.set(session.id, session);
		this.#byGuild.set(guildId, session);
		void this.start().then(
			(info) => {
				if (this.#byGuild.get(guildId) === session)
					gateway.dispatch('VOICE_SERVER_UPDATE', { token: session.token, guild_id: guildId, endpoint: info.endpoint });
			},
			(error: unknown) => this.#log(`voice server failed to start: ${String(error)}`),
		);
	}

	#onRtp(packet: Buffer): void {
		const ssrc = packet.readUInt32BE(8);
		const session = [...this.#byGuild.values()].find((candidate) => candidate.ssrc === ssrc);
		if (session?.mode === undefined) return;
		try {
			const { sequence, timestamp, nonce, opus } = openRtp(packet, session.mode, session.secretKey);
			session.frames.push({ sequence, timestamp, nonce, receivedAt: Date.now(), opus });
		} catch {
			session.decryptFailures += 1;
		}
	}
}
