import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { controlRoutes } from './control/controlRoutes.js';
import { handleControl } from './control/handleControl.js';
import { type Inspector, type InspectorOptions, LocalAccess, type LocalAccessOptions } from 'ovenjs/inspector';
import { redactSecrets } from 'ovenjs/knowledge';
import { mockInspector } from './inspector/mockInspector.js';
import { MockGateway, type GatewayFault, type MockGatewayOptions } from './gateway/index.js';
import { OpenApiSpec } from './http/OpenApiSpec.js';
import { RestFaults } from './http/RestFaults.js';
import { handleRest, type RequestLogEntry } from './http/RestPipeline.js';
import { Router } from './http/Router.js';
import { type InteractionTiming, InteractionStore } from './interactions/InteractionStore.js';
import { RateLimiter, type RateLimitFault, type RateLimitOverrides } from './ratelimit/index.js';
import { allRoutes } from './routes/allRoutes.js';
import { defaultScenario } from './world/defaultScenario.js';
import type { Scenario } from './world/Scenario.js';
import { loadScenarioFile, validateScenario } from './world/validateScenario.js';
import { World } from './world/World.js';
import { MockControl } from './MockControl.js';
import { MockVoice, type MockVoiceOptions } from './voice/MockVoice.js';
import { readRecording, scenarioFromRecording, SessionReplay, type ReplayOptions } from './replay/index.js';

/** Options of {@link createMockDiscord}. */
export interface MockDiscordOptions {
	/** Port to listen on; 0 (default) picks a free one. */
	readonly port?: number;
	/** Address to bind; default 127.0.0.1. */
	readonly host?: string;
	/** A scenario object or the path of a scenario JSON file; default {@link defaultScenario}. */
	readonly scenario?: Scenario | string;
	/** Receives one readable line per request and gateway event. Never given a token (bot, interaction or webhook). */
	readonly log?: (line: string) => void;
	/** Rate-limit overrides, applied over the scenario's `limits` (e.g. `{ enabled: false }`). */
	readonly rateLimits?: RateLimitOverrides;
	/** Interaction deadlines; tests shorten the 3 s callback deadline. */
	readonly interactions?: InteractionTiming;
	/** Gateway tunables (heartbeat interval, ...). */
	readonly gateway?: Omit<MockGatewayOptions, 'log'>;
	/** Poll timing: `hourMs` is how long one hour of a poll's `duration` lasts (default an hour); tests shorten it to see polls end. */
	readonly polls?: { readonly hourMs?: number };
	/** Largest request body in bytes before 413. Default 25 MiB. */
	readonly maxBodyBytes?: number;
	/** The voice server's modes and heartbeat interval (it starts on the first op 4, or with `mock.voice.start()`). */
	readonly voice?: MockVoiceOptions;
	/**
	 * Streams the mock's side of the traffic (gateway payloads, REST requests) to editors in
	 * the runtime inspector's format, over a token-guarded WebSocket on 127.0.0.1 with a
	 * discovery file (source `mock`). `true`, or `Inspector` options. Default off.
	 */
	readonly inspector?: boolean | InspectorOptions;
	/**
	 * Browser origins and host names to let in. By default a request from a web page (one with
	 * an `Origin`, or a `Host` that names another domain) is refused with 403, on every path:
	 * REST, gateway and control API. Bots and test clients send neither.
	 */
	readonly access?: LocalAccessOptions;
	/**
	 * Plays a recorded session (`OVEN_RECORD`, `Inspector.record()`, the extension's Record) to
	 * the bot that connects: the world of its READY and GUILD_CREATEs (unless `scenario` is
	 * given), its dispatches in order and pace, and its REST answers for the same method and
	 * path. A file path, or {@link ReplayOptions}. `mock.replay` tells how far it is.
	 */
	readonly replay?: string | ReplayOptions;
}

/** A running mock Discord. */
export class MockDiscord extends MockControl {
	readonly #server: Server;
	readonly #gateway: MockGateway;
	#closing: Promise<void> | undefined;
	/** REST base, `http://127.0.0.1:PORT/api` (`/api/v10` works too). */
	public readonly api: string;
	/** Gateway URL, `ws://127.0.0.1:PORT/gateway`. */
	public readonly gateway: string;
	/** Control API base, `http://127.0.0.1:PORT/_mock`. */
	public readonly control: string;
	/** The bot token clients must send. */
	public readonly token: string;
	public readonly applicationId: string;
	/** The world, for in-process tests that want to look directly. */
	public readonly world: World;
	/** The inspector streaming the mock's traffic, with `inspector: true`; its `address` has the URL and access token. */
	public readonly inspector: Inspector | undefined;
	/** The voice server: `await mock.voice.start()` gives its endpoint and the certificate to trust. */
	public readonly voice: MockVoice;
	/** The recording being played, with the `replay` option: its progress and the requests the bot made. */
	public readonly replay: SessionReplay | undefined;

	/** @internal Use {@link createMockDiscord}. */
	public constructor(parts: {
		server: Server;
		gateway: MockGateway;
		world: World;
		voice: MockVoice;
		origin: string;
		ws: string;
		control: MockControlParts;
		inspector?: Inspector;
		replay?: SessionReplay;
	}) {
		super(parts.control);
		this.inspector = parts.inspector;
		this.replay = parts.replay;
		this.#server = parts.server;
		this.#gateway = parts.gateway;
		this.world = parts.world;
		this.voice = parts.voice;
		this.api = `${parts.origin}/api`;
		this.gateway = `${parts.ws}/gateway`;
		this.control = `${parts.origin}/_mock`;
		this.token = parts.world.token;
		this.applicationId = parts.world.applicationId;
	}

	/**
	 * Sends a raw gateway dispatch to the sessions that should see it, as if Discord had:
	 * routed to the shard of `guildId` (shard 0 without one), filtered by each session's
	 * intents, with message content masked where the session lacks MessageContent. For
	 * events the control API does not model (e.g. `GUILD_MEMBER_ADD` with custom data).
	 */
	public dispatch(event: string, data: unknown, guildId?: string): void {
		this.#gateway.dispatch(event, data, guildId);
	}

	/** Stops the gateway and the server. Safe to call more than once. */
	public close(): Promise<void> {
		this.#closing ??= (async () => {
			this.replay?.close();
			this.world.resources.stopTimers();
			await this.inspector?.close();
			await this.voice.close();
			await this.#gateway.close();
			await new Promise<void>((resolve) => {
				this.#server.close(() => resolve());
				this.#server.closeAllConnections();
			});
		})();
		return this.#closing;
	}
}

/** The internals {@link MockControl} drives. */
export type MockControlParts = ConstructorParameters<typeof MockControl>[0];

function resolveScenario(input: Scenario | string | undefined): Scenario {
	if (input === undefined) return defaultScenario;
	return typeof input === 'string' ? loadScenarioFile(input) : validateScenario(input);
}

/**
 * Starts a mock Discord: REST v10 at `/api` and `/api/v10`, the gateway at `/gateway`,
 * the control API at `/_mock`, all on one loopback HTTP server.
 */
export async function createMockDiscord(options: MockDiscordOptions = {}): Promise<MockDiscord> {
	const replayOptions = typeof options.replay === 'string' ? { file: options.replay } : options.replay;
	const recording = replayOptions === undefined ? undefined : readRecording(replayOptions.file);
	const world = new World(
		recording === undefined || options.scenario !== undefined
			? resolveScenario(options.scenario)
			: scenarioFromRecording(
					recording.start,
					[recording.dispatches.map((d) => d.d), recording.exchanges.map((e) => e.responseBody)],
					replayOptions?.file ?? 'the recording',
				),
	);
	if (options.polls?.hourMs !== undefined) world.pollHourMs = options.polls.hourMs;
	const userLog = options.log;
	// One guard for every line: the bot token, interaction and webhook tokens never reach the log.
	const log = userLog === undefined ? () => {} : (line: string) => userLog(redactSecrets(line, [world.token]));
	const taps =
		options.inspector === undefined || options.inspector === false
			? undefined
			: mockInspector(world.token, options.inspector === true ? {} : options.inspector);
	const gateway = new MockGateway(world, { ...options.gateway, log, ...(taps === undefined ? {} : { tap: taps.gatewayTap }) });
	world.setDispatcher(gateway);
	const voice = new MockVoice(world, { ...options.voice, log });
	gateway.setVoiceHandler((session, data) => voice.voiceStateUpdate(session, data));
	const limiter = new RateLimiter({ ...(world.limits as RateLimitOverrides), ...options.rateLimits });
	const interactions = new InteractionStore(options.interactions);
	const faults = new RestFaults();
	const requestLog: RequestLogEntry[] = [];
	const spec = OpenApiSpec.shared();
	let gatewayUrl = '';
	const restRouter = new Router().add(allRoutes);
	const controlRouter = new Router().add(
		controlRoutes({
			requestLog,
			restFaults: faults,
			gatewayFault: (f: GatewayFault) => gateway.fault(f),
			rateLimitFault: (f: RateLimitFault) => limiter.injectFault(f),
			sessions: () => gateway.sessions(),
			voice,
		}),
	);
	const replay =
		recording === undefined || replayOptions === undefined
			? undefined
			: new SessionReplay(recording, replayOptions, {
					dispatch: (event, data, guildId) => gateway.dispatch(event, data, guildId),
					sessions: () => gateway.sessions(),
					interactions,
					log,
				});
	const restDeps = {
		world,
		interactions,
		router: restRouter,
		spec,
		limiter,
		faults,
		requestLog,
		log,
		gatewayUrl: () => gatewayUrl,
		maxBodyBytes: options.maxBodyBytes ?? 25 * 1024 * 1024,
		...(taps === undefined ? {} : { onRequest: taps.onRequest }),
		...(replay === undefined ? {} : { replay }),
	};
	const controlDeps = { world, interactions, router: controlRouter, gatewayUrl: () => gatewayUrl, log };
	const host = options.host ?? '127.0.0.1';
	const access = new LocalAccess(host, options.access);
	const server = createServer((req: IncomingMessage, res: ServerResponse) => {
		const refusal = access.refusal(req.headers);
		if (refusal !== undefined) {
			log(`refused ${req.method ?? 'GET'} ${new URL(req.url ?? '/', 'http://mock').pathname}: ${refusal}`);
			const text = JSON.stringify({ message: refusal, code: 0 });
			res.writeHead(403, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
			req.resume();
			return;
		}
		const url = new URL(req.url ?? '/', 'http://mock');
		const rest = /^\/api(?:\/v(\d+))?(\/.*)$/.exec(url.pathname);
		if (rest !== null)
			void handleRest(restDeps, req, res, rest[2] as string, url.searchParams, rest[1] === undefined ? undefined : Number(rest[1]));
		else if (url.pathname.startsWith('/_mock/'))
			void handleControl(controlDeps, req, res, url.pathname.slice('/_mock'.length), url.searchParams);
		else res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: '404: Not Found', code: 0 }));
	});
	server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
		if (access.refuseUpgrade(req, socket)) log(`refused a gateway connection: ${access.refusal(req.headers) ?? ''}`);
		else if ((req.url ?? '').startsWith('/gateway')) gateway.handleUpgrade(req, socket, head);
		else socket.destroy();
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
	gatewayUrl = `ws://${shownHost}:${port}/gateway`;
	const origin = `http://${shownHost}:${port}`;
	const control = { world, interactions, router: controlRouter };
	if (taps !== undefined) await taps.inspector.start();
	return new MockDiscord({
		server,
		gateway,
		world,
		voice,
		origin,
		ws: `ws://${shownHost}:${port}`,
		control,
		...(taps === undefined ? {} : { inspector: taps.inspector }),
		...(replay === undefined ? {} : { replay }),
	});
}
