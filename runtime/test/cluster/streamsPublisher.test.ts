import { EventEmitter } from 'node:events';
import type { GatewayDispatchPayload, GatewaySendPayload } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import {
	eventLag,
	EventStreamPublisher,
	StreamShardingStrategy,
	streamEvent,
	type ShardingStrategy,
	type ShardingStrategyEventMap,
	type ShardStatus,
} from 'ovenjs';
import { useRedis } from '../_redisServer.js';
import { until } from '../gateway/_harness.js';

const redis = useRedis('event stream publisher');

/** What a gateway's shards hand the publisher: dispatches with a session's seqs (a real gateway is in streams.test.ts). */
class Gateway extends EventEmitter<ShardingStrategyEventMap> implements ShardingStrategy {
	readonly shardIds = [0];
	readonly sent: GatewaySendPayload[] = [];
	connect = async (): Promise<void> => undefined;
	destroy = async (): Promise<void> => undefined;
	send(_shardId: number, payload: GatewaySendPayload): void {
		this.sent.push(payload);
	}
	statuses = (): ReadonlyMap<number, ShardStatus> => new Map([[0, 'ready']]);
	latencies = (): ReadonlyMap<number, number | undefined> => new Map([[0, 1]]);
	ready(sessionId: string): void {
		this.emit('dispatch', 0, { op: 0, t: 'READY', s: 1, d: { session_id: sessionId } } as unknown as GatewayDispatchPayload);
	}
	message(seq: number): void {
		this.emit('dispatch', 0, { op: 0, t: 'MESSAGE_CREATE', s: seq, d: { content: `m${seq}` } } as unknown as GatewayDispatchPayload);
	}
}

/** A connection of the test's own; it outlives the outages below. */
function connect(): ReturnType<typeof redis.connect> {
	const client = redis.connect();
	client.on('error', () => undefined);
	return client;
}

const contents = async (prefix: string): Promise<string[]> => {
	const client = connect();
	const entries = (await client.xrange(`{${prefix}}:stream:0`, '-', '+')) as [string, string[]][];
	return entries.map(([, fields]) => (JSON.parse(fields[fields.indexOf('d') + 1] as string) as { d: { content: string } }).d.content);
};

describe.skipIf(!redis.available)('EventStreamPublisher', () => {
	it('keeps each stream to maxLength and skips what a shard re-sends after a RESUME from an older seq', async () => {
		const gateway = new Gateway();
		const publisher = new EventStreamPublisher(gateway, { redis: redis.url(), prefix: 'bounded', maxLength: 20 });
		await publisher.start();
		gateway.ready('abc');
		for (let seq = 2; seq <= 61; seq += 1) gateway.message(seq);
		// The gateway process restarted from a session reported at seq 51: the gateway replays 52–61.
		for (let seq = 52; seq <= 66; seq += 1) gateway.message(seq);
		await until(() => publisher.stats().buffered === 0 && publisher.stats().published === 65, 5000);
		expect(publisher.stats()).toMatchObject({ published: 65, replaysSkipped: 10, dropped: 0 });
		expect(await connect().xlen('{bounded}:stream:0')).toBe(20);
		expect(await contents('bounded')).toEqual(Array.from({ length: 20 }, (_, i) => `m${47 + i}`));
		// A new session (IDENTIFY again) starts its seqs over: nothing of it is skipped.
		gateway.ready('def');
		gateway.message(2);
		await until(() => publisher.stats().published === 66, 5000);
		expect(await eventLag(connect(), { prefix: 'bounded' })).toMatchObject({ pending: 0, undelivered: 20 });
		await publisher.close();
	});

	it('buffers through a Redis outage, reports it, publishes in order when Redis is back, and drops past bufferLimit', async () => {
		const gateway = new Gateway();
		const publisher = new EventStreamPublisher(gateway, { redis: redis.url(), prefix: 'outage', bufferLimit: 30 });
		const seen: string[] = [];
		publisher.on('outage', () => seen.push('outage'));
		publisher.on('recovered', () => seen.push('recovered'));
		await publisher.start();
		gateway.ready('abc');
		for (let seq = 2; seq <= 11; seq += 1) gateway.message(seq);
		await until(() => publisher.stats().published === 10, 5000);
		await redis.stop();
		for (let seq = 12; seq <= 31; seq += 1) {
			gateway.message(seq);
			await new Promise((resolve) => setTimeout(resolve, 100)); // 2 s of traffic while Redis is down
		}
		expect(seen).toEqual(['outage']);
		expect(publisher.stats()).toMatchObject({ outage: true, dropped: 0 });
		await redis.start(); // a new, empty server: what is there now came from the buffer
		await until(() => seen.includes('recovered') && publisher.stats().buffered === 0, 15_000);
		expect(await contents('outage')).toEqual(Array.from({ length: 20 }, (_, i) => `m${12 + i}`));

		// Past bufferLimit (30) the oldest are dropped, and counted.
		const dropped: number[] = [];
		publisher.on('dropped', (total) => dropped.push(total));
		await redis.stop();
		for (let seq = 32; seq <= 71; seq += 1) gateway.message(seq);
		await until(() => publisher.stats().dropped === 10, 5000);
		expect(dropped.at(-1)).toBe(10);
		await redis.start();
		await until(() => publisher.stats().buffered === 0, 15_000);
		expect(await contents('outage')).toEqual(Array.from({ length: 30 }, (_, i) => `m${42 + i}`));
		expect(publisher.stats()).toMatchObject({ published: 60, dropped: 10, outage: false });
		await publisher.close();
	}, 60_000);
});

describe.skipIf(!redis.available)('StreamShardingStrategy', () => {
	it('keeps a slow handler’s event its own past claimAfterMs (no other worker takes it while it runs)', async () => {
		const gateway = new Gateway();
		const publisher = new EventStreamPublisher(gateway, { redis: redis.url(), prefix: 'slow' });
		await publisher.start();
		const seen: string[] = [];
		const worker = (name: string, ms: number): StreamShardingStrategy => {
			const strategy = new StreamShardingStrategy({ redis: redis.url(), prefix: 'slow', consumer: name, claimAfterMs: 300 });
			strategy.on('dispatch', async (_shardId, payload) => {
				seen.push(`${name} ${(payload.d as { content: string }).content} ${streamEvent()?.redelivered}`);
				await new Promise((resolve) => setTimeout(resolve, ms));
			});
			return strategy;
		};
		const slow = worker('slow', 1500);
		await slow.connect();
		gateway.ready('abc');
		gateway.message(2);
		await until(() => seen.length === 1, 5000);
		const other = worker('other', 0);
		await other.connect();
		await new Promise((resolve) => setTimeout(resolve, 2000)); // five claim timeouts while it runs
		expect(seen).toEqual(['slow m2 false']);
		const lag = await eventLag(connect(), { prefix: 'slow' });
		expect(lag).toMatchObject({ pending: 0, undelivered: 0 });
		await Promise.all([slow.destroy(), other.destroy(), publisher.close()]);
	});

	it('fails login with CLUSTER_REDIS_UNAVAILABLE when Redis does not answer', async () => {
		const strategy = new StreamShardingStrategy({ redis: 'redis://127.0.0.1:1' });
		await expect(strategy.connect()).rejects.toMatchObject({ code: 'CLUSTER_REDIS_UNAVAILABLE' });
		expect(() => strategy.send(0, { op: 3, d: { since: null, activities: [], status: 'online' as never, afk: false } })).toThrow(
			expect.objectContaining({ code: 'CLUSTER_STOPPED' }),
		);
	});
});
