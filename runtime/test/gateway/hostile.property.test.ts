import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayError, InMemoryIdentifyThrottler, Shard } from 'ovenjs';
import { closeCodeAction } from 'ovenjs/knowledge';
import { heapAfterGc, hostileParameters, hostileRuns, type ProcessWatch, watchProcess } from '../_hostile.js';
import { type HostileConnection, HostileGateway, peakOpens } from './_hostileGateway.js';

/** Garbage the client must refuse without advancing its sequence. `next` is the sequence a real dispatch would have. */
const MISTYPED: readonly ((next: number) => unknown)[] = [
	(next) => ({ op: 0, s: String(next), t: 'MESSAGE_CREATE', d: {} }),
	(next) => ({ op: 0, s: next, t: 7, d: {} }),
	(next) => ({ op: 0, s: next, t: 'MESSAGE_CREATE', d: [1, 2] }),
	(next) => ({ op: 0, s: next, t: 'MESSAGE_CREATE' }),
	(next) => ({ op: 0, s: next + 0.5, t: 'MESSAGE_CREATE', d: {} }),
	() => ({ op: 0, s: -1, t: 'MESSAGE_CREATE', d: {} }),
	(next) => ({ op: '0', s: next, t: 'MESSAGE_CREATE', d: {} }),
	(next) => ({ op: 0, s: next, t: 'READY', d: { session_id: 5 } }),
	(next) => ({
		op: 0,
		s: next,
		t: 'READY',
		d: { session_id: 'x', resume_gateway_url: 'javascript:1', user: { id: '1' }, application: { id: '1' } },
	}),
	() => ({ op: 9, d: 'yes' }),
	() => ({ op: 10, d: { heartbeat_interval: 1e12 } }),
	() => ({ op: 10 }),
	() => null,
	() => [1, 2, 3],
	() => 'a string',
	() => 42,
];

/** Close codes a gateway may send: resumable, re-identify and unknown ones; fatal ones are their own action. */
const CLOSE_CODES = [1000, 1001, 1011, 3000, 4000, 4001, 4002, 4003, 4005, 4007, 4008, 4009, 4999];
const FATAL_CODES = [4004, 4010, 4011, 4012, 4013, 4014];

/** A hostile answer to the next connection's handshake. */
type HandshakeAttack = 'helloMissingD' | 'helloBadInterval' | 'helloTwice' | 'noHello' | 'readyMissingD' | 'readyBadUrl';

type Action =
	| { kind: 'dispatch'; count: number; skip: number }
	| { kind: 'huge'; bytes: number }
	| { kind: 'truncated'; cut: number }
	| { kind: 'notJson'; text: string }
	| { kind: 'mistyped'; variant: number }
	| { kind: 'duplicate'; pick: number }
	| { kind: 'close'; code: number }
	| { kind: 'fatal'; code: number }
	| { kind: 'terminate' }
	| { kind: 'storm'; op: 1 | 7 | 11; count: number }
	| { kind: 'invalidSession'; resumable: boolean }
	| { kind: 'corruptZlib'; bytes: Uint8Array }
	| { kind: 'zombie' }
	| { kind: 'handshake'; attack: HandshakeAttack }
	| { kind: 'pause'; ms: number }
	| { kind: 'reconnectStorm'; count: number; op: 7 | 9 };

const action: fc.Arbitrary<Action> = fc.oneof(
	{
		weight: 80,
		arbitrary: fc.record({ kind: fc.constant('dispatch'), count: fc.integer({ min: 1, max: 5 }), skip: fc.constantFrom(0, 0, 0, 2) }),
	},
	{ weight: 10, arbitrary: fc.record({ kind: fc.constant('huge'), bytes: fc.integer({ min: 100_000, max: 3_000_000 }) }) },
	{ weight: 30, arbitrary: fc.record({ kind: fc.constant('truncated'), cut: fc.double({ min: 0.01, max: 0.99, noNaN: true }) }) },
	{
		weight: 10,
		arbitrary: fc.record({ kind: fc.constant('notJson'), text: fc.string({ minLength: 1, maxLength: 40 }).map((t) => `<${t}`) }),
	},
	{ weight: 30, arbitrary: fc.record({ kind: fc.constant('mistyped'), variant: fc.nat({ max: MISTYPED.length - 1 }) }) },
	{ weight: 20, arbitrary: fc.record({ kind: fc.constant('duplicate'), pick: fc.nat() }) },
	{ weight: 30, arbitrary: fc.record({ kind: fc.constant('close'), code: fc.constantFrom(...CLOSE_CODES) }) },
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant('fatal'), code: fc.constantFrom(...FATAL_CODES) }) },
	{ weight: 10, arbitrary: fc.constant({ kind: 'terminate' as const }) },
	{
		weight: 20,
		arbitrary: fc.record({
			kind: fc.constant('storm'),
			op: fc.constantFrom(1 as const, 7 as const, 11 as const),
			count: fc.integer({ min: 5, max: 200 }),
		}),
	},
	{ weight: 20, arbitrary: fc.record({ kind: fc.constant('invalidSession'), resumable: fc.boolean() }) },
	{ weight: 10, arbitrary: fc.record({ kind: fc.constant('corruptZlib'), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }) },
	{ weight: 10, arbitrary: fc.constant({ kind: 'zombie' as const }) },
	{
		weight: 20,
		arbitrary: fc.record({
			kind: fc.constant('handshake'),
			attack: fc.constantFrom<HandshakeAttack>(
				'helloMissingD',
				'helloBadInterval',
				'helloTwice',
				'noHello',
				'readyMissingD',
				'readyBadUrl',
			),
		}),
	},
	{ weight: 10, arbitrary: fc.record({ kind: fc.constant('pause'), ms: fc.integer({ min: 0, max: 60 }) }) },
	{
		weight: 5,
		arbitrary: fc.record({
			kind: fc.constant('reconnectStorm'),
			count: fc.integer({ min: 3, max: 12 }),
			op: fc.constantFrom(7 as const, 9 as const),
		}),
	},
);

const scenario = fc.record({
	compression: fc.constantFrom('none' as const, 'zlib-stream' as const),
	// `zero` leaves the shard's own floor as the only pacing: what no server behaviour may get past.
	delays: fc.constantFrom('zero' as const, 'fast' as const),
	actions: fc.array(action, { minLength: 1, maxLength: 8 }),
});

const HEARTBEAT_MS = 250;
/** How long the shard may take to be back after any action: timeouts, backoff and the 200 ms gap, with room for a loaded machine. */
const RECOVERY_MS = 6000;

async function waitFor(check: () => boolean, ms: number, what: string): Promise<void> {
	const deadline = Date.now() + ms;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`hostile gateway: ${what} not within ${ms} ms`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

/** Answers the next connection's handshake with `attack`, once. */
function arm(gateway: HostileGateway, attack: HandshakeAttack): void {
	let used = false;
	const once = (): boolean => !used && (used = true);
	gateway.script = {
		onOpen: (connection) => {
			if (attack.startsWith('ready') || !once()) return false;
			const hello = { op: 10, d: { heartbeat_interval: HEARTBEAT_MS } };
			if (attack === 'helloMissingD') void connection.send({ op: 10 });
			else if (attack === 'helloBadInterval') void connection.send({ op: 10, d: { heartbeat_interval: -1 } });
			else if (attack === 'helloTwice') void connection.send(hello).then(() => connection.send(hello));
			return true;
		},
		onHandshake: (connection, op) => {
			if (!attack.startsWith('ready') || !once()) return false;
			// Never a payload the client could take: it would hold a sequence number the server did not commit.
			const seq = (gateway.session?.seq ?? 0) + 1;
			if (op === 6) void connection.send({ op: 0, s: String(seq), t: 'RESUMED' });
			else if (attack === 'readyMissingD') void connection.send({ op: 0, s: 1, t: 'READY' });
			else
				void connection.send({
					op: 0,
					s: 1,
					t: 'READY',
					d: { session_id: 'bad', resume_gateway_url: 'http://x', user: { id: '1' }, application: { id: '1' } },
				});
			return true;
		},
	};
}

async function perform(gateway: HostileGateway, connection: HostileConnection, step: Action): Promise<void> {
	const session = gateway.session;
	const next = (session?.seq ?? 0) + 1;
	switch (step.kind) {
		case 'dispatch':
			for (let i = 0; i < step.count; i++)
				gateway.dispatch('MESSAGE_CREATE', { id: String(next + i), content: 'hi' }, i === 0 ? step.skip : 0);
			return;
		case 'huge':
			gateway.dispatch('MESSAGE_CREATE', { id: String(next), content: 'x'.repeat(step.bytes) });
			return;
		case 'truncated': {
			// The server commits the dispatch; the client gets it cut short and must get it again on resume.
			const committed = gateway.dispatch('MESSAGE_CREATE', { id: String(next), content: 'cut' }, 0, false);
			const text = JSON.stringify(committed);
			return void connection.sendText(text.slice(0, Math.max(1, Math.floor(text.length * step.cut))));
		}
		case 'notJson':
			return void connection.sendText(step.text);
		case 'mistyped':
			return void connection.send((MISTYPED[step.variant] as (next: number) => unknown)(next));
		case 'duplicate': {
			const old = connection.sent[step.pick % Math.max(1, connection.sent.length)];
			if (old !== undefined) void connection.send(old);
			return;
		}
		case 'close':
			return void gateway.closeWith(connection, step.code, 'hostile close');
		case 'fatal':
			return void gateway.closeWith(connection, step.code, 'hostile fatal');
		case 'terminate':
			return connection.terminate();
		case 'storm':
			for (let i = 0; i < step.count; i++) void connection.send(step.op === 7 ? { op: 7, d: null } : { op: step.op, d: null });
			return;
		case 'invalidSession':
			if (!step.resumable) gateway.endSession();
			return void connection.send({ op: 9, d: step.resumable });
		case 'corruptZlib':
			return void connection.sendBytes(Buffer.concat([Buffer.from(step.bytes), Buffer.from([0, 0, 0xff, 0xff])]));
		case 'zombie':
			connection.zombie = true;
			return;
		case 'handshake':
			arm(gateway, step.attack);
			return void gateway.closeWith(connection, 4000, 'to a hostile handshake');
		case 'pause':
			return new Promise((resolve) => setTimeout(resolve, step.ms));
		case 'reconnectStorm': {
			// The storm: op 7 (or op 9 true) right after every READY/RESUMED, `count` times.
			let left = step.count;
			gateway.script = { afterHandshake: (c) => void (left-- > 0 && c.send({ op: step.op, d: step.op === 9 ? true : null })) };
			void connection.send({ op: step.op, d: step.op === 9 ? true : null });
			await waitFor(() => left <= 0, RECOVERY_MS * 2, 'the reconnect storm');
			gateway.script = {};
			return;
		}
	}
}

let watch: ProcessWatch;
beforeAll(() => {
	watch = watchProcess();
});
afterAll(() => watch.stop());

const RUNS = hostileRuns(80);

describe('a shard against a gateway that sends anything (property)', () => {
	it(
		'no uncaught error, nothing lost that a resume replays, at most 6 connections in any second, destroy() settles, heap bounded',
		async () => {
			const heapBefore = heapAfterGc();
			let cases = 0;
			await fc.assert(
				fc.asyncProperty(scenario, async ({ compression, delays, actions }) => {
					cases++;
					watch.reset();
					const gateway = await HostileGateway.start({}, HEARTBEAT_MS);
					const shard = new Shard({
						token: 'hostile-property-token',
						intents: 1,
						gatewayUrl: gateway.url,
						compression,
						identifyThrottler: new InMemoryIdentifyThrottler({ windowMs: 0 }),
						helloTimeout: 400,
						readyTimeout: 400,
						invalidSessionDelay: () => 20,
						reconnectDelay: delays === 'zero' ? () => 0 : (attempt) => Math.min(25 * 2 ** attempt, 300),
						backoffResetAfter: 500,
					});
					const delivered: { session: string | undefined; s: number }[] = [];
					const fatal: GatewayError[] = [];
					shard.on('dispatch', (payload) => void delivered.push({ session: shard.sessionId, s: payload.s }));
					shard.on('error', (error) => void fatal.push(error));
					try {
						void shard.connect().catch(() => undefined);
						const up = (): boolean => shard.status === 'ready' && gateway.current !== undefined;
						for (const step of actions) {
							await waitFor(() => up() || shard.status === 'closed', RECOVERY_MS, `ready before ${step.kind}`);
							if (shard.status === 'closed') break;
							await perform(gateway, gateway.current as HostileConnection, step);
						}
						gateway.script = {};
						if (shard.status !== 'closed') {
							await waitFor(() => up() || shard.status === 'closed', RECOVERY_MS, 'ready at the end');
							gateway.dispatch('MESSAGE_CREATE', { id: 'final', content: 'end' });
							// Until the shard is up and has the last dispatch committed (a resume may add RESUMED after the final one).
							const caughtUp = (): boolean => {
								const last = gateway.session?.log.at(-1);
								return up() && last !== undefined && delivered.some((d) => d.s === last.s && d.session === gateway.session?.id);
							};
							await waitFor(() => caughtUp() || shard.status === 'closed', RECOVERY_MS, 'every committed dispatch');
						}
					} finally {
						const destroyed = await Promise.race([shard.destroy().then(() => true), new Promise((r) => setTimeout(r, 4000, false))]);
						await gateway.close();
						expect(destroyed, 'destroy() settled').toBe(true);
					}
					// Nothing lost that a resume would replay, nothing twice: per session, what the shard
					// delivered is the start of what the server committed (all of it for the live session).
					for (const session of gateway.sessions) {
						const got = delivered.filter((d) => d.session === session.id).map((d) => d.s);
						const committed = session.log.map((c) => c.s);
						if (session === gateway.sessions.at(-1) && fatal.length === 0) expect(got).toEqual(committed);
						else expect(got).toEqual(committed.slice(0, got.length));
					}
					expect(peakOpens(gateway.opens), 'connections opened in one second').toBeLessThanOrEqual(6);
					const fatalCodes = actions.flatMap((a) => (a.kind === 'fatal' ? [a.code] : []));
					if (fatal.length > 0) expect(fatalCodes.map((code) => closeCodeAction(code))).toContain('fatal');
					expect(watch.uncaught).toEqual([]);
					expect(watch.unhandled).toEqual([]);
					expect(watch.timerWarnings).toEqual([]);
				}),
				hostileParameters(RUNS),
			);
			const growth = heapAfterGc() - heapBefore;
			console.log(`hostile gateway: ${cases} cases, heap growth ${(growth / 1024 / 1024).toFixed(1)} MiB`);
			expect(growth).toBeLessThan(64 * 1024 * 1024);
		},
		RUNS * 8000 + 30_000,
	);
});
