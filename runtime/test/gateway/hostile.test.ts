import { afterEach, describe, expect, it } from 'vitest';
import { type GatewayDispatchPayload } from 'discord-api-types/v10';
import { InMemoryIdentifyThrottler, Shard, type ShardOptions, type ShardWarning } from 'ovenjs';
import { HostileGateway, peakOpens } from './_hostileGateway.js';
import { next, until } from './_harness.js';

let gateway: HostileGateway | undefined;
let shard: Shard | undefined;
afterEach(async () => {
	await shard?.destroy();
	await gateway?.close();
	shard = undefined;
	gateway = undefined;
});

function options(url: string, overrides: Partial<ShardOptions> = {}): ShardOptions {
	return {
		token: 'hostile-test-token',
		intents: 1,
		gatewayUrl: url,
		compression: 'none',
		identifyThrottler: new InMemoryIdentifyThrottler({ windowMs: 0 }),
		helloTimeout: 2000,
		readyTimeout: 2000,
		...overrides,
	};
}

/** A shard on `gateway` that records its warnings and dispatches. */
function watch(s: Shard): { warnings: ShardWarning[]; dispatches: GatewayDispatchPayload[] } {
	const warnings: ShardWarning[] = [];
	const dispatches: GatewayDispatchPayload[] = [];
	s.on('warn', (w) => warnings.push(w));
	s.on('dispatch', (p) => dispatches.push(p));
	return { warnings, dispatches };
}

describe('a gateway that sends malformed payloads', () => {
	it('HELLO without d: a protocolError warning, the connection is dropped and the next one connects', async () => {
		gateway = await HostileGateway.start({
			onOpen: (connection) => {
				if (connection.index > 0) return false;
				void connection.send({ op: 10 });
				return true;
			},
		});
		const s = (shard = new Shard(options(gateway.url)));
		const { warnings } = watch(s);
		await s.connect();
		expect(warnings).toContainEqual(expect.objectContaining({ kind: 'protocolError', op: 10 }));
		expect(gateway.connections).toHaveLength(2);
		expect(gateway.connections[0]?.closed).toBe(true);
	});

	it('HELLO with a heartbeat_interval past the timer range or not a number is refused, not scheduled', async () => {
		const bad = [1e12, 'x', -5, 0];
		gateway = await HostileGateway.start({
			onOpen: (connection) => {
				const interval = bad[connection.index];
				if (connection.index >= bad.length) return false;
				void connection.send({ op: 10, d: { heartbeat_interval: interval } });
				return true;
			},
		});
		const overflow: Error[] = [];
		const onWarning = (warning: Error): void => void (warning.name === 'TimeoutOverflowWarning' && overflow.push(warning));
		process.on('warning', onWarning);
		try {
			const s = (shard = new Shard(options(gateway.url, { reconnectDelay: () => 0 })));
			const { warnings } = watch(s);
			await s.connect();
			expect(warnings.filter((w) => w.kind === 'protocolError')).toHaveLength(bad.length);
			await new Promise((resolve) => setTimeout(resolve, 20));
			expect(overflow).toEqual([]);
		} finally {
			process.off('warning', onWarning);
		}
	});

	it('READY without d: a protocolError warning, no TypeError, and destroy() settles', async () => {
		gateway = await HostileGateway.start({
			onHandshake: (connection) => {
				if (connection.index > 0) return false;
				void connection.send({ op: 0, s: 1, t: 'READY' });
				return true;
			},
		});
		const s = (shard = new Shard(options(gateway.url)));
		const { warnings } = watch(s);
		await s.connect();
		expect(warnings).toContainEqual(expect.objectContaining({ kind: 'protocolError', op: 0 }));
		expect(s.sessionId).toBe('session-1');
		await expect(Promise.race([s.destroy().then(() => 'settled'), new Promise((r) => setTimeout(r, 3000, 'hung'))])).resolves.toBe(
			'settled',
		);
	});

	it('READY whose resume_gateway_url is not a WebSocket URL is refused', async () => {
		gateway = await HostileGateway.start({
			onHandshake: (connection) => {
				if (connection.index > 0) return false;
				void connection.send({ op: 0, s: 1, t: 'READY', d: { session_id: 'x', resume_gateway_url: 'not a url', user: {} } });
				return true;
			},
		});
		const s = (shard = new Shard(options(gateway.url)));
		const { warnings } = watch(s);
		await s.connect();
		expect(warnings).toContainEqual(expect.objectContaining({ kind: 'protocolError', op: 0 }));
		expect(s.session?.resumeUrl).toBe(gateway.url);
	});

	it('a dispatch without t never reaches dispatch listeners; the shard resumes and gets the real one', async () => {
		let sent = false;
		gateway = await HostileGateway.start({
			afterHandshake: (connection, kind) => {
				if (kind !== 'READY' || sent) return;
				sent = true;
				// The server commits seq 2 but the client receives it without its name.
				const real = gateway?.dispatch('GUILD_CREATE', { id: '1' });
				void connection.send({ ...real, t: undefined });
			},
		});
		const s = (shard = new Shard(options(gateway.url)));
		const { warnings, dispatches } = watch(s);
		await s.connect();
		await next(s, 'resumed');
		await until(() => dispatches.some((p) => p.t === 'GUILD_CREATE'));
		expect(dispatches.every((p) => typeof p.t === 'string')).toBe(true);
		expect(dispatches.map((p) => [p.t, p.s])).toEqual([
			['READY', 1],
			['GUILD_CREATE', 2],
			['RESUMED', 3],
		]);
		expect(warnings).toContainEqual(expect.objectContaining({ kind: 'protocolError', op: 0 }));
	});

	it('s: "4" is refused: the sequence stays a number and heartbeats carry a number', async () => {
		gateway = await HostileGateway.start(
			{
				afterHandshake: (connection, kind) => {
					if (kind === 'READY') void connection.send({ op: 0, s: '4', t: 'GUILD_CREATE', d: { id: '1' } });
				},
			},
			200,
		);
		const s = (shard = new Shard(options(gateway.url, { heartbeatJitter: () => 0 })));
		const { warnings, dispatches } = watch(s);
		await s.connect();
		await until(() => warnings.some((w) => w.kind === 'protocolError'));
		await until(() => s.status === 'ready' && s.session !== undefined);
		gateway.dispatch('GUILD_CREATE', { id: '2' });
		await until(() => dispatches.some((p) => p.t === 'GUILD_CREATE'));
		expect(dispatches.map((p) => p.s).every((seq) => typeof seq === 'number')).toBe(true);
		expect(typeof s.session?.seq).toBe('number');
		await until(() => gateway!.connections.some((c) => c.received.some((p) => p.op === 1)));
		const beats = gateway.connections.flatMap((c) => c.received.filter((p) => p.op === 1));
		expect(beats.every((p) => typeof p.d === 'number' || p.d === null)).toBe(true);
	});

	it('invalid JSON and corrupt zlib: warned, and the dispatch lost with them is replayed on resume', async () => {
		let round = 0;
		gateway = await HostileGateway.start({
			afterHandshake: (connection) => {
				round++;
				if (round === 1) {
					gateway?.dispatch('GUILD_CREATE', { id: '1' });
					void connection.sendText('{"op":0,"s":3,"t":"GUILD_CR');
				} else if (round === 2) {
					void connection.sendBytes(Buffer.from([1, 2, 3, 4, 0, 0, 0xff, 0xff]));
				}
			},
		});
		const s = (shard = new Shard(options(gateway.url, { compression: 'zlib-stream' })));
		const { warnings, dispatches } = watch(s);
		await s.connect();
		await until(() => round >= 3 && s.status === 'ready');
		gateway.dispatch('GUILD_CREATE', { id: '2' });
		await until(() => dispatches.filter((p) => p.t === 'GUILD_CREATE').length === 2);
		expect(warnings.filter((w) => w.kind === 'decodeError')).toHaveLength(2);
		expect(dispatches.map((p) => p.s)).toEqual(gateway.sessions[0]?.log.map((c) => c.s));
	});

	it('op 9 with a non-boolean d is refused instead of read as truthy', async () => {
		gateway = await HostileGateway.start({
			afterHandshake: (connection, kind) => {
				if (kind === 'READY') void connection.send({ op: 9, d: 'yes' });
			},
		});
		const s = (shard = new Shard(options(gateway.url)));
		const { warnings } = watch(s);
		await s.connect();
		await until(() => warnings.some((w) => w.kind === 'protocolError'));
		expect(warnings.some((w) => w.kind === 'invalidSession')).toBe(false);
	});
});

describe('reconnect pacing that a server cannot game', () => {
	it('an op 7 after every RESUMED: a few reconnects, not thousands, and never more than 5 in a second', async () => {
		gateway = await HostileGateway.start({
			afterHandshake: (connection) => void connection.send({ op: 7, d: null }),
		});
		const s = (shard = new Shard(options(gateway.url)));
		await s.connect().catch(() => undefined);
		await new Promise((resolve) => setTimeout(resolve, 4000));
		// 0 s, then 0.5–1 s, 1–2 s, 2–4 s: five connections in four seconds at most.
		expect(gateway.connections.length).toBeLessThanOrEqual(5);
		expect(peakOpens(gateway.opens)).toBeLessThanOrEqual(3);
	});

	it('a custom reconnectDelay of 0 still opens at most 5 connections in any second', async () => {
		gateway = await HostileGateway.start({
			afterHandshake: (connection) => void connection.send({ op: 7, d: null }),
		});
		const s = (shard = new Shard(options(gateway.url, { reconnectDelay: () => 0 })));
		await s.connect().catch(() => undefined);
		await new Promise((resolve) => setTimeout(resolve, 2000));
		expect(gateway.connections.length).toBeGreaterThanOrEqual(5);
		expect(peakOpens(gateway.opens)).toBeLessThanOrEqual(6);
	});

	it('the backoff starts over only after a connection stayed ready for backoffResetAfter', async () => {
		const attempts: number[] = [];
		gateway = await HostileGateway.start();
		const s = (shard = new Shard(
			options(gateway.url, { backoffResetAfter: 300, reconnectDelay: (attempt) => (attempts.push(attempt), 0) }),
		));
		await s.connect();
		const drop = async (): Promise<void> => {
			await until(() => gateway!.current !== undefined);
			await gateway!.current!.close(4000);
			await next(s, 'resumed');
		};
		await drop();
		await drop();
		await new Promise((resolve) => setTimeout(resolve, 400));
		await drop();
		expect(attempts).toEqual([0, 1, 0]);
	});
});
