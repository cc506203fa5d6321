/**
 * The mock Discord of the soak benchmark, in its own process so that its work is not
 * counted as the client's. argv[2] is a JSON {@link SoakWorld}. Sends `{ ready: { api, token } }`;
 * on `{ start: SoakDrive }` dispatches MESSAGE_CREATEs at `rate` per second across the
 * guilds (so across the shards) for `durationMs`, each carrying its number and the time it
 * was sent, and injects a gateway fault every `faultEveryMs` (resumable kinds, in turn, on
 * each shard in turn); then answers `{ done: { sent, faults } }`.
 */
import { createMockDiscord, type GatewayFault } from '../../mock-discord/src/index.js';
import { floodMessage, gatewayScenario, type WorldSize } from './_gatewayWorld.js';

/** The world and gateway timing of the soak. */
export interface SoakWorld extends WorldSize {
	/** HELLO's heartbeat_interval, in ms: short enough that a zombie is caught within the run. */
	readonly heartbeatInterval: number;
}

/** What to send, and how often to break the connections. */
export interface SoakDrive {
	readonly rate: number;
	readonly durationMs: number;
	readonly faultEveryMs: number;
	readonly shards: number;
}

/** Faults after which Discord replays what was missed: the client must lose nothing across them. */
const FAULTS: readonly ((shard: number) => GatewayFault)[] = [
	(shard) => ({ kind: 'disconnect', shard, code: 4000 }),
	(shard) => ({ kind: 'reconnect', shard }),
	(shard) => ({ kind: 'invalid_session', shard, resumable: true }),
	(shard) => ({ kind: 'disconnect', shard, code: 4008 }),
	(shard) => ({ kind: 'zombie', shard }),
	(shard) => ({ kind: 'disconnect', shard, code: 4002 }),
];

const world = JSON.parse(process.argv[2] ?? '{}') as SoakWorld;
const mock = await createMockDiscord({
	port: 0,
	scenario: gatewayScenario(world),
	rateLimits: { enabled: false },
	gateway: { heartbeatInterval: world.heartbeatInterval },
});

function drive({ rate, durationMs, faultEveryMs, shards }: SoakDrive): void {
	const started = performance.now();
	let sent = 0;
	const faults: Record<string, number> = {};
	let faultCount = 0;
	const ticker = setInterval(() => {
		const due = Math.min(rate * ((performance.now() - started) / 1000), (rate * durationMs) / 1000);
		for (; sent < due; sent++) {
			const { data, guildId } = floodMessage(sent, world);
			// The content carries the message's number and when it left, on the clock both processes share.
			mock.dispatch('MESSAGE_CREATE', { ...data, content: `soak ${sent} ${performance.timeOrigin + performance.now()}` }, guildId);
		}
		if (performance.now() - started >= durationMs) {
			clearInterval(ticker);
			clearInterval(breaker);
			process.send?.({ done: { sent, faults } });
		}
	}, 10);
	const breaker = setInterval(() => {
		const fault = (FAULTS[faultCount % FAULTS.length] as (shard: number) => GatewayFault)(faultCount % shards);
		faultCount++;
		const name = fault.kind === 'disconnect' ? `disconnect ${fault.code}` : fault.kind;
		faults[name] = (faults[name] ?? 0) + 1;
		void mock.fault(fault);
	}, faultEveryMs);
}

process.on('message', (message: { start?: SoakDrive } | 'close') => {
	if (message === 'close') void mock.close().then(() => process.exit(0));
	else if (message.start !== undefined) drive(message.start);
});
process.send?.({ ready: { api: mock.api, token: mock.token } });
