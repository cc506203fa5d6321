import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayCloseCodes as CloseCode, GatewayOpcodes } from 'discord-api-types/v10';
import { closeCodeAction, eventAllowed } from 'ovenjs/knowledge';
import { WebSocketServer } from 'ws';
import type { GatewayBackend, GatewayDispatcher, GatewayFault } from './GatewayBackend.js';
import { FrameSizeGuard } from './FrameSizeGuard.js';
import { zstdAvailable } from './GatewayCompression.js';
import { GatewayCloseError, closeReason } from './GatewayCloseError.js';
import { type ClientPayload, type ConnectionHandler, GatewayConnection } from './GatewayConnection.js';
import { IdentifyThrottle } from './IdentifyThrottle.js';
import type { GatewaySession } from './GatewaySession.js';
import { type GatewaySessionInfo, SessionRegistry } from './SessionRegistry.js';
import { guildCreateForIntents } from './guildCreateForIntents.js';
import { type MockGatewayOptions, type ResolvedGatewayOptions, resolveGatewayOptions } from './gatewayOptions.js';
import { membersChunk } from './membersChunk.js';
import { parseResume, tokenMatches, validateIdentify } from './validateIdentify.js';

/**
 * The mock's Discord gateway (v10, JSON, optional zlib-stream). The http server hands it
 * upgrades; the rest of the mock hands it dispatches and faults. A misbehaving client is
 * closed with Discord's close code and nothing else is disturbed.
 */
export class MockGateway implements GatewayDispatcher {
	readonly #backend: GatewayBackend;
	readonly #options: ResolvedGatewayOptions;
	readonly #wss: WebSocketServer;
	readonly #connections = new Set<GatewayConnection>();
	readonly #registry: SessionRegistry;
	readonly #throttle: IdentifyThrottle;
	readonly #handler: ConnectionHandler = {
		onPayload: (connection, payload) => this.#onPayload(connection, payload),
		onClose: (connection, code, byServer) => this.#onClose(connection, code, byServer),
	};
	#closing: Promise<void> | undefined;
	#voice: ((session: GatewaySession, data: unknown) => void) | undefined;

	public constructor(backend: GatewayBackend, options: MockGatewayOptions = {}) {
		this.#backend = backend;
		this.#options = resolveGatewayOptions(options);
		// A backstop only: FrameSizeGuard closes oversized messages with 4002 long before this.
		this.#wss = new WebSocketServer({ noServer: true, maxPayload: Math.max(1024 * 1024, this.#options.maxPayloadBytes * 2) });
		this.#registry = new SessionRegistry(() => backend.botUser.id, this.#options.replayBufferSize);
		this.#throttle = new IdentifyThrottle(this.#options.identifyWindow);
	}

	/** Takes over an HTTP upgrade for a path under `/gateway`, e.g. `/gateway?v=10&encoding=json&compress=zlib-stream` (or `zstd-stream`). */
	public handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
		if (this.#closing !== undefined) {
			socket.destroy();
			return;
		}
		const url = new URL(request.url ?? '/gateway', 'ws://localhost');
		const gatewayUrl = `ws://${request.headers.host ?? 'localhost'}${url.pathname}`;
		this.#wss.handleUpgrade(request, socket, head, (ws) => {
			const version = url.searchParams.get('v');
			const encoding = url.searchParams.get('encoding') ?? 'json';
			if (!this.#options.apiVersions.some((accepted) => String(accepted) === version)) {
				this.#options.log(`gateway connection closed 4012 InvalidAPIVersion: v=${String(version)}`);
				ws.close(CloseCode.InvalidAPIVersion, 'Invalid API version');
				return;
			}
			if (encoding !== 'json') {
				this.#options.log(`gateway connection closed 4002 DecodeError: encoding=${closeReason(encoding)} is not supported`);
				ws.close(CloseCode.DecodeError, closeReason(`encoding ${encoding} is not supported`));
				return;
			}
			const asked = url.searchParams.get('compress');
			const compress = asked === 'zlib-stream' || asked === 'zstd-stream' ? asked : undefined;
			if (compress === 'zstd-stream' && !zstdAvailable) {
				const reason = `zstd-stream needs Node.js 22.15+ (this mock runs ${process.version}); use zlib-stream`;
				this.#options.log(`gateway connection closed 4000 UnknownError: ${reason}`);
				ws.close(CloseCode.UnknownError, closeReason(reason));
				return;
			}
			const connection = new GatewayConnection(ws, { gatewayUrl, compress, options: this.#options, handler: this.#handler });
			this.#connections.add(connection);
			// Runs before the WebSocket library sees the bytes, so an oversized frame is refused at its header.
			const guard = new FrameSizeGuard(this.#options.maxPayloadBytes, (bytes) => connection.refuseOversized(bytes));
			socket.prependListener('data', (chunk: Buffer) => guard.feed(chunk));
			this.#options.log(`gateway connection opened${compress === undefined ? '' : ` (${compress})`}`);
			connection.hello();
		});
	}

	/** Who answers op 4 (voice state updates); without one they are accepted and ignored. */
	public setVoiceHandler(handler: (session: GatewaySession, data: unknown) => void): void {
		this.#voice = handler;
	}

	/** Sends a dispatch to the sessions that should see it (shard, intents, content masking). */
	public dispatch(event: string, data: unknown, guildId?: string): void {
		this.#registry.dispatch(event, data, guildId);
	}

	/** Injects a fault into every connected session of a shard. */
	public fault(f: GatewayFault): void {
		const targets = [...this.#connections].filter((c) => c.session?.shard[0] === f.shard && !c.closed);
		this.#options.log(`gateway fault ${f.kind} on shard ${f.shard} (${targets.length} connection(s))`);
		for (const connection of targets) {
			switch (f.kind) {
				case 'disconnect':
					connection.close(f.code ?? CloseCode.UnknownError, 'fault: disconnect');
					break;
				case 'zombie':
					connection.zombie = true;
					break;
				case 'reconnect':
					connection.sendPayload({ op: GatewayOpcodes.Reconnect, d: null });
					setTimeout(() => connection.close(CloseCode.UnknownError, 'reconnect requested'), this.#options.reconnectGrace).unref();
					break;
				case 'invalid_session':
					this.#invalidate(connection, f.resumable);
					break;
			}
		}
	}

	/** The live sessions: connected, or disconnected and still resumable. */
	public sessions(): readonly GatewaySessionInfo[] {
		return this.#registry.list();
	}

	/** Closes every connection (1001) and stops accepting new ones. Idempotent. */
	public close(): Promise<void> {
		this.#closing ??= (async () => {
			const closed = [...this.#wss.clients].map((ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())));
			for (const connection of this.#connections) connection.close(1001, 'mock shutting down');
			await Promise.race([Promise.all(closed), new Promise((resolve) => setTimeout(resolve, 1500).unref())]);
			for (const ws of this.#wss.clients) ws.terminate();
			this.#registry.clear();
			await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
		})();
		return this.#closing;
	}

	#onPayload(connection: GatewayConnection, { op, d }: ClientPayload): void {
		switch (op) {
			case GatewayOpcodes.Heartbeat:
				connection.heartbeatReceived();
				if (!connection.zombie) connection.sendPayload({ op: GatewayOpcodes.HeartbeatAck, d: null });
				return;
			case GatewayOpcodes.Identify:
				return this.#identify(connection, d);
			case GatewayOpcodes.Resume:
				return this.#resume(connection, d);
			case GatewayOpcodes.PresenceUpdate:
			case GatewayOpcodes.VoiceStateUpdate:
			case GatewayOpcodes.RequestGuildMembers:
			case GatewayOpcodes.RequestSoundboardSounds: {
				const session = connection.session;
				if (session === undefined) throw new GatewayCloseError(CloseCode.NotAuthenticated, `op ${op} before IDENTIFY`);
				if (op === GatewayOpcodes.RequestGuildMembers) {
					const chunk = membersChunk(d, this.#backend, session);
					if (chunk !== undefined) session.dispatch('GUILD_MEMBERS_CHUNK', chunk);
				}
				if (op === GatewayOpcodes.VoiceStateUpdate) this.#voice?.(session, d);
				return;
			}
			default:
				throw new GatewayCloseError(CloseCode.UnknownOpcode, `unknown opcode ${op}`);
		}
	}

	#identify(connection: GatewayConnection, d: unknown): void {
		if (connection.session !== undefined) throw new GatewayCloseError(CloseCode.AlreadyAuthenticated, 'IDENTIFY sent twice');
		const valid = validateIdentify(d, this.#backend, this.#options.maxGuildsPerShard);
		const [shardId, shardCount] = valid.shard;
		if (!this.#throttle.tryAcquire(shardId, this.#backend.maxConcurrency)) {
			this.#options.log(`gateway shard ${shardId}/${shardCount} identified too soon for its max_concurrency bucket: op 9`);
			connection.sendPayload({ op: GatewayOpcodes.InvalidSession, d: false });
			return;
		}
		const session = this.#registry.create(valid.shard, valid.intents);
		this.#backend.sessionStarted?.();
		connection.session = session;
		session.attach(connection);
		this.#options.log(
			`gateway shard ${shardId}/${shardCount} identified session ${session.sessionId.slice(0, 8)}… intents ${valid.intents}`,
		);
		const bot = this.#backend.botUser;
		session.dispatch('READY', {
			v: 10,
			user: bot,
			guilds: valid.guildIds.map((id) => ({ id, unavailable: true })),
			// Always empty for bots, and always present: some clients (eris) read it unguarded.
			private_channels: [],
			session_id: session.sessionId,
			resume_gateway_url: connection.gatewayUrl,
			shard: [shardId, shardCount],
			application: { id: this.#backend.applicationId, flags: 0 },
		});
		if (!eventAllowed('GUILD_CREATE', 'guild', valid.intents)) return;
		for (const guildId of valid.guildIds) {
			session.dispatch('GUILD_CREATE', guildCreateForIntents(this.#backend.guildCreatePayload(guildId), valid.intents, bot.id));
		}
	}

	#resume(connection: GatewayConnection, d: unknown): void {
		if (connection.session !== undefined) throw new GatewayCloseError(CloseCode.AlreadyAuthenticated, 'RESUME after IDENTIFY');
		const request = parseResume(d);
		if (!tokenMatches(request.token, this.#backend.token))
			throw new GatewayCloseError(CloseCode.AuthenticationFailed, 'Authentication failed');
		const session = this.#registry.get(request.sessionId);
		if (session === undefined || !session.canReplayFrom(request.seq)) {
			this.#options.log(`gateway resume of unknown or expired session ${request.sessionId.slice(0, 8)}…: op 9`);
			connection.sendPayload({ op: GatewayOpcodes.InvalidSession, d: false });
			return;
		}
		if (request.seq > session.seq) {
			this.#registry.invalidate(session);
			throw new GatewayCloseError(CloseCode.InvalidSeq, `seq ${request.seq} is past the session's ${session.seq}`);
		}
		// A client may resume while its old socket still looks open to us: the new one wins.
		for (const old of this.#connections) {
			if (old !== connection && old.session === session) {
				old.session = undefined;
				session.detach(old);
				old.close(CloseCode.UnknownError, 'session resumed elsewhere');
			}
		}
		connection.session = session;
		session.attach(connection, request.seq);
		this.#options.log(
			`gateway shard ${session.shard[0]}/${session.shard[1]} resumed session ${session.sessionId.slice(0, 8)}… from seq ${request.seq}`,
		);
		session.dispatch('RESUMED', null);
	}

	#invalidate(connection: GatewayConnection, resumable: boolean): void {
		const session = connection.session;
		connection.sendPayload({ op: GatewayOpcodes.InvalidSession, d: resumable });
		if (session === undefined) return;
		// The connection may IDENTIFY or RESUME again, so it is no longer authenticated.
		connection.session = undefined;
		session.detach(connection);
		if (resumable) this.#registry.keepResumable(session, this.#options.resumeTimeout, (s) => this.#expired(s.sessionId));
		else this.#registry.invalidate(session);
	}

	#onClose(connection: GatewayConnection, code: number, byServer: boolean): void {
		this.#connections.delete(connection);
		const session = connection.session;
		if (session === undefined || !session.isAttachedTo(connection)) {
			// Server-side closes were logged with their reason already.
			if (!byServer) this.#options.log(`gateway ${connection.label} closed ${code} by client`);
			return;
		}
		session.detach(connection);
		// A client closing with 1000/1001 ends its session, as Discord documents for resuming.
		const resumable = byServer ? closeCodeAction(code) === 'resume' : code !== 1000 && code !== 1001;
		this.#options.log(
			`gateway ${connection.label} closed ${code} by ${byServer ? 'server' : 'client'}; session ${resumable ? 'resumable' : 'ended'}`,
		);
		if (resumable) this.#registry.keepResumable(session, this.#options.resumeTimeout, (s) => this.#expired(s.sessionId));
		else this.#registry.invalidate(session);
	}

	#expired(sessionId: string): void {
		this.#options.log(`gateway session ${sessionId.slice(0, 8)}… expired`);
	}
}
