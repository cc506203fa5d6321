import { afterEach, describe, expect, it } from 'vitest';
import { type GatewayTransportFactory, Shard, type ShardStatus, webSocketTransport } from 'ovenjs';
import { GUILDS, type Harness, message, next, record, startMock, until } from './_harness.js';

let h: Harness | undefined;
let shard: Shard | undefined;
afterEach(async () => {
	await shard?.destroy();
	await h?.close();
	shard = undefined;
	h = undefined;
});

const GUILD = GUILDS[0] as string;
const isMessage2 = (text: string): boolean => text.includes('"t":"MESSAGE_CREATE"') && text.includes('"id":"2",');

describe('chaos on the mock gateway', () => {
	it('disconnect: 1,000 dispatches sent during the gap are delivered once each, in order, after RESUME', async () => {
		h = await startMock();
		const mock = h;
		const s = (shard = new Shard(h.shardOptions({ compression: 'zlib-stream' })));
		const rec = record(s);
		const ids: string[] = [];
		s.on('dispatch', (payload) => {
			if (payload.t === 'MESSAGE_CREATE') ids.push(payload.d.id);
		});
		await s.connect();
		// Half while the socket is closing, half once the shard is already reconnecting.
		s.once('status', (status: ShardStatus) => {
			for (let n = 501; n <= 1000; n += 1) mock.gateway.dispatch('MESSAGE_CREATE', message(n, GUILD), GUILD);
			expect(status).toBe('reconnecting');
		});
		mock.gateway.fault({ kind: 'disconnect', shard: 0, code: 4000 });
		for (let n = 1; n <= 500; n += 1) mock.gateway.dispatch('MESSAGE_CREATE', message(n, GUILD), GUILD);
		await next(s, 'resumed');
		await until(() => ids.length >= 1000);
		expect(ids).toEqual(Array.from({ length: 1000 }, (_, i) => String(i + 1)));
		expect(rec.sent(2)).toHaveLength(1);
		expect(rec.warnings.filter((w) => w.kind === 'sequenceGap' || w.kind === 'duplicateSequence')).toEqual([]);
	});

	it('zombie: an unacknowledged heartbeat is caught within one interval + 1 s, then the shard resumes', async () => {
		const interval = 300;
		h = await startMock({ heartbeatInterval: interval });
		const s = (shard = new Shard(h.shardOptions()));
		const rec = record(s);
		await s.connect();
		await next(s, 'latency');
		const faultAt = Date.now();
		h.gateway.fault({ kind: 'zombie', shard: 0 });
		const zombieSeen = new Promise<number>((resolve) => s.on('warn', (w) => w.kind === 'zombie' && resolve(Date.now())));
		await next(s, 'resumed', 2800);
		expect((await zombieSeen) - faultAt).toBeLessThanOrEqual(interval + 1000);
		expect(rec.events).toContain('close 4000 resume');
		expect(rec.sent(2)).toHaveLength(1);
		expect(rec.sent(6)).toHaveLength(1);
	});

	it('reconnect (op 7): closes, resumes, no new IDENTIFY', async () => {
		h = await startMock();
		const s = (shard = new Shard(h.shardOptions()));
		const rec = record(s);
		await s.connect();
		h.gateway.fault({ kind: 'reconnect', shard: 0 });
		await next(s, 'resumed');
		expect(rec.warnings).toContainEqual({ kind: 'reconnectRequested' });
		expect(rec.sent(2)).toHaveLength(1);
		expect(rec.sent(6)).toHaveLength(1);
	});

	it('invalid_session resumable (op 9 true): resumes, no new IDENTIFY', async () => {
		h = await startMock();
		const s = (shard = new Shard(h.shardOptions()));
		const rec = record(s);
		await s.connect();
		const session = s.sessionId;
		h.gateway.fault({ kind: 'invalid_session', shard: 0, resumable: true });
		await next(s, 'resumed');
		expect(s.sessionId).toBe(session);
		expect(rec.sent(2)).toHaveLength(1);
		expect(rec.sent(6)).toHaveLength(1);
	});

	it('invalid_session not resumable (op 9 false): waits, then exactly one new IDENTIFY', async () => {
		h = await startMock();
		const delays: number[] = [];
		const s = (shard = new Shard(h.shardOptions({ invalidSessionDelay: () => (delays.push(120), 120) })));
		const rec = record(s);
		await s.connect();
		const session = s.sessionId;
		const at = Date.now();
		h.gateway.fault({ kind: 'invalid_session', shard: 0, resumable: false });
		await next(s, 'ready');
		expect(Date.now() - at).toBeGreaterThanOrEqual(100);
		expect(delays).toEqual([120]);
		expect(s.sessionId).not.toBe(session);
		expect(rec.sent(2)).toHaveLength(2);
		expect(rec.sent(6)).toHaveLength(0);
	});

	it('a lost frame is reported as a sequence gap (a warning, not a crash) and dispatches go on', async () => {
		h = await startMock();
		const mock = h;
		// A lossy network: the real ws transport, minus the frame of message 2.
		const lossy: GatewayTransportFactory = (url, handlers) =>
			webSocketTransport(url, { ...handlers, onMessage: (frame) => !isMessage2(frame.toString('utf8')) && handlers.onMessage(frame) });
		const s = (shard = new Shard(h.shardOptions({ transport: lossy })));
		const rec = record(s);
		const ids: string[] = [];
		s.on('dispatch', (payload) => payload.t === 'MESSAGE_CREATE' && ids.push(payload.d.id));
		await s.connect();
		for (let n = 1; n <= 3; n += 1) mock.gateway.dispatch('MESSAGE_CREATE', message(n, GUILD), GUILD);
		await until(() => ids.length === 2);
		expect(ids).toEqual(['1', '3']);
		const first = 1 + GUILDS.length + 1;
		expect(rec.warnings).toEqual([{ kind: 'sequenceGap', expected: first + 1, received: first + 2 }]);
		expect(s.status).toBe('ready');
	});
});

describe('handshake timeouts', () => {
	/** The real ws transport, minus the first frame that matches `drop` (a lossy network). */
	function dropOnce(drop: (text: string) => boolean): GatewayTransportFactory {
		let dropped = false;
		return (url, handlers) =>
			webSocketTransport(url, {
				...handlers,
				onMessage: (frame) => {
					if (!dropped && drop(frame.toString('utf8'))) dropped = true;
					else handlers.onMessage(frame);
				},
			});
	}

	it('no HELLO in time: warns, reconnects and identifies once', async () => {
		h = await startMock();
		const s = (shard = new Shard(h.shardOptions({ helloTimeout: 200, transport: dropOnce((t) => t.includes('"op":10')) })));
		const rec = record(s);
		await s.connect();
		expect(rec.warnings).toEqual([{ kind: 'helloTimeout', timeoutMs: 200 }]);
		expect(rec.sent(2)).toHaveLength(1);
	});

	it('no READY in time: warns, reconnects and identifies again', async () => {
		h = await startMock();
		const s = (shard = new Shard(h.shardOptions({ readyTimeout: 200, transport: dropOnce((t) => t.includes('"t":"READY"')) })));
		const rec = record(s);
		await s.connect();
		expect(rec.warnings.filter((w) => w.kind === 'readyTimeout')).toEqual([{ kind: 'readyTimeout', timeoutMs: 200 }]);
		expect(rec.sent(2)).toHaveLength(2);
	});
});
