import { eventStreamKeys, streamIdTime } from './_eventStreams.js';

/** One event stream as its consumer group sees it. */
export interface EventStreamLag {
	readonly stream: string;
	/** Entries kept (bounded by the publishers' `maxLength`). */
	readonly length: number;
	/** Workers in the group that read within the last 30 s (a dead one's name stays until pruned). */
	readonly consumers: number;
	/** Delivered to a worker, not yet acknowledged. */
	readonly pending: number;
	/** Not yet delivered to any worker (null when Redis cannot tell, after a trim or deletion). */
	readonly undelivered: number | null;
	/** Age of the oldest pending event, in ms (by Redis's clock); null when none. */
	readonly oldestPendingMs: number | null;
	/** Age of the oldest undelivered event, in ms; null when none. */
	readonly oldestUndeliveredMs: number | null;
}

/** The event lag of every stream: what `/health` reports under `events`. */
export interface EventLag {
	readonly streams: readonly EventStreamLag[];
	readonly pending: number;
	readonly undelivered: number;
	/** The oldest event not yet handled (pending or undelivered), in ms; null when all are. */
	readonly oldestMs: number | null;
}

/** A Redis connection, as ioredis's `call`. */
export interface EventLagRedis {
	call(command: string, ...args: (string | number)[]): Promise<unknown>;
}

/** A worker reads at least every second while it runs; one silent this long is gone. */
const LIVE_MS = 30_000;

/** Options of {@link eventLag}. */
export interface EventLagOptions {
	/** As the publishers'. Default `ovenjs:events`. */
	readonly prefix?: string;
	/** As the workers'. Default `workers`. */
	readonly group?: string;
}

/** Reads an `XINFO`-style flat reply (`[name, value, …]`) as a record. */
function record(reply: unknown): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	const list = Array.isArray(reply) ? reply : [];
	for (let i = 0; i + 1 < list.length; i += 2) out[String(list[i])] = list[i + 1];
	return out;
}

/**
 * How far the workers are behind: per stream, the events delivered and not acknowledged, those
 * not delivered yet, and the age of the oldest of each. Undefined when no gateway process has
 * published to this Redis (events through streams unused).
 */
export async function eventLag(redis: EventLagRedis, options: EventLagOptions = {}): Promise<EventLag | undefined> {
	const keys = eventStreamKeys(options.prefix);
	const group = options.group ?? 'workers';
	const streams = ((await redis.call('SMEMBERS', keys.streams)) as string[]).sort();
	if (streams.length === 0) return undefined;
	const [seconds, micros] = (await redis.call('TIME')) as [string, string];
	const now = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
	const lags = await Promise.all(
		streams.map(async (stream): Promise<EventStreamLag> => {
			const length = Number(await redis.call('XLEN', stream));
			const info = ((await redis.call('XINFO', 'GROUPS', stream).catch(() => [])) as unknown[]).map(record).find((g) => g.name === group);
			if (info === undefined) {
				// No worker ever joined: everything kept is undelivered.
				const first = (await redis.call('XRANGE', stream, '-', '+', 'COUNT', 1)) as [string, unknown][];
				const oldest = first[0] === undefined ? null : now - streamIdTime(first[0][0]);
				return { stream, length, consumers: 0, pending: 0, undelivered: length, oldestPendingMs: null, oldestUndeliveredMs: oldest };
			}
			const members = ((await redis.call('XINFO', 'CONSUMERS', stream, group)) as unknown[]).map(record);
			const summary = (await redis.call('XPENDING', stream, group)) as [number, string | null, string | null, unknown];
			const next = (await redis.call('XRANGE', stream, `(${String(info['last-delivered-id'])}`, '+', 'COUNT', 1)) as [string, unknown][];
			const lag = info.lag;
			return {
				stream,
				length,
				consumers: members.filter((m) => Number(m.idle) < LIVE_MS).length,
				pending: Number(summary[0]),
				undelivered: lag === null || lag === undefined ? null : Number(lag),
				oldestPendingMs: summary[1] === null ? null : now - streamIdTime(summary[1]),
				oldestUndeliveredMs: next[0] === undefined ? null : now - streamIdTime(next[0][0]),
			};
		}),
	);
	const ages = lags.flatMap((l) => [l.oldestPendingMs, l.oldestUndeliveredMs]).filter((age): age is number => age !== null);
	return {
		streams: lags,
		pending: lags.reduce((n, l) => n + l.pending, 0),
		undelivered: lags.reduce((n, l) => n + (l.undelivered ?? 0), 0),
		oldestMs: ages.length === 0 ? null : Math.max(0, ...ages),
	};
}
