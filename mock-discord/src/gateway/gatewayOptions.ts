/** Tunables of {@link MockGateway}. Defaults are Discord's; tests lower the timers. */
export interface MockGatewayOptions {
	/** Receives one readable line per gateway event. Never given the token. */
	readonly log?: (line: string) => void;
	/** `heartbeat_interval` sent in HELLO, in ms. Default 41250. */
	readonly heartbeatInterval?: number;
	/** Extra time past the interval before a silent session is closed with 4009, in ms. Default 10000. */
	readonly heartbeatGrace?: number;
	/** How long a disconnected session stays resumable, in ms. Default 60000. */
	readonly resumeTimeout?: number;
	/** Client payloads allowed per {@link sendLimitWindow} before 4008. Default 120. */
	readonly sendLimit?: number;
	/** The window of {@link sendLimit}, in ms. Default 60000. */
	readonly sendLimitWindow?: number;
	/** Largest client payload in bytes; larger closes with 4002. Default 4096. */
	readonly maxPayloadBytes?: number;
	/** Identify pacing window per `shard_id % max_concurrency` bucket, in ms. Default 5000. */
	readonly identifyWindow?: number;
	/** How long after op 7 the server closes a connection the client kept, in ms. Default 5000. */
	readonly reconnectGrace?: number;
	/** Guilds one shard may hold before IDENTIFY closes with 4011. Default 2500. */
	readonly maxGuildsPerShard?: number;
	/** Dispatches kept per session for RESUME replay. Default 10000. */
	readonly replayBufferSize?: number;
	/**
	 * Gateway versions (`?v=`) accepted on connect; others close with 4012. Default `[10]`.
	 * Add 9 to serve discord.js v13, which speaks v9 (the payloads stay v10's).
	 */
	readonly apiVersions?: readonly number[];
	/** Sees every payload in and out (for the inspector); `shardId` is null before IDENTIFY. Tokens are not removed here. */
	readonly tap?: (shardId: number | null, direction: 'in' | 'out', text: string) => void;
}

/** {@link MockGatewayOptions} with every default filled in. */
export type ResolvedGatewayOptions = Required<Omit<MockGatewayOptions, 'log' | 'tap'>> & {
	readonly log: (line: string) => void;
	readonly tap: MockGatewayOptions['tap'];
};

/** Fills in Discord's defaults. */
export function resolveGatewayOptions(options: MockGatewayOptions = {}): ResolvedGatewayOptions {
	return {
		log: options.log ?? (() => {}),
		tap: options.tap,
		heartbeatInterval: options.heartbeatInterval ?? 41_250,
		heartbeatGrace: options.heartbeatGrace ?? 10_000,
		resumeTimeout: options.resumeTimeout ?? 60_000,
		sendLimit: options.sendLimit ?? 120,
		sendLimitWindow: options.sendLimitWindow ?? 60_000,
		maxPayloadBytes: options.maxPayloadBytes ?? 4096,
		identifyWindow: options.identifyWindow ?? 5000,
		reconnectGrace: options.reconnectGrace ?? 5000,
		maxGuildsPerShard: options.maxGuildsPerShard ?? 2500,
		replayBufferSize: options.replayBufferSize ?? 10_000,
		apiVersions: options.apiVersions ?? [10],
	};
}
