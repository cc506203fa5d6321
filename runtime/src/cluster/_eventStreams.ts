import { ClusterError } from './ClusterError.js';

/** The commands of an ioredis client the event streams use. */
export interface StreamRedis {
	call(command: string, ...args: (string | number)[]): Promise<unknown>;
	connect(): Promise<unknown>;
	on(event: 'error', listener: (error: unknown) => void): unknown;
	disconnect(): void;
}

interface IoredisModule {
	readonly Redis?: new (url: string, options: object) => StreamRedis;
	readonly default?: new (url: string, options: object) => StreamRedis;
}

/**
 * A connection to `url` (ioredis, an optional peer dependency). No offline queue and one retry:
 * while Redis is down a command fails fast and the caller's own buffer or loop retries.
 */
export async function connectStreamRedis(url: string): Promise<StreamRedis> {
	let module: IoredisModule;
	try {
		module = (await import('ioredis' as string)) as IoredisModule;
	} catch (error) {
		throw new ClusterError('CLUSTER_INVALID_OPTION', 'Event streams need the optional peer dependency ioredis (npm install ioredis).', {
			cause: error,
		});
	}
	const Redis = module.Redis ?? module.default;
	if (Redis === undefined) throw new ClusterError('CLUSTER_INVALID_OPTION', 'The ioredis module has no Redis export.');
	const client = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 5000 });
	client.on('error', () => undefined); // every caller handles its own failed commands
	await client.connect().catch(() => undefined);
	return client;
}

/** Where the event streams live in Redis. Every key shares one hash tag, so one script may touch several. */
export interface EventStreamKeys {
	/** Set: every event stream key, for workers and health to find. */
	readonly streams: string;
	/** Hash: shard id → `<sessionId>:<seq>` of its last published dispatch (replays after RESUME are skipped). */
	readonly published: string;
	/** Hash: shard id → `{ group, status, at }`, where a worker sends a shard's commands. */
	readonly shards: string;
	/** Hash: shard id → the data of its last READY (the bot user and application, for the workers). */
	readonly ready: string;
	/** Stream of one shard group's dispatches. */
	stream(group: number): string;
	/** Stream of commands (presence, voice state) for one group's shards, from the workers. */
	commands(group: number): string;
}

/** The key layout under `prefix` (default `ovenjs:events`). */
export function eventStreamKeys(prefix = 'ovenjs:events'): EventStreamKeys {
	const tag = `{${prefix}}`;
	return {
		streams: `${tag}:streams`,
		published: `${tag}:published`,
		shards: `${tag}:shards`,
		ready: `${tag}:ready`,
		stream: (group) => `${tag}:stream:${group}`,
		commands: (group) => `${tag}:commands:${group}`,
	};
}

/**
 * Publishes a batch of dispatches to one stream, atomically: each is appended (the stream
 * trimmed to ARGV[1] entries) unless the shard already published that seq of that session,
 * as a gateway replays after a RESUME. KEYS: stream, published hash, streams set.
 * ARGV: maxLength, then per event: shard, session id ('' if unknown), seq, idempotency key, payload.
 */
export const PUBLISH = `
redis.call('SADD', KEYS[3], KEYS[1])
local added = 0
for i = 2, #ARGV, 5 do
	local shard, session, seq = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
	local fresh = true
	if session ~= '' then
		local last = redis.call('HGET', KEYS[2], shard)
		if last then
			local sep = string.find(last, ':[^:]*$')
			if sep and string.sub(last, 1, sep - 1) == session and tonumber(string.sub(last, sep + 1)) >= seq then fresh = false end
		end
	end
	if fresh then
		redis.call('XADD', KEYS[1], 'MAXLEN', ARGV[1], '*', 'k', ARGV[i + 3], 's', shard, 'd', ARGV[i + 4])
		if session ~= '' then redis.call('HSET', KEYS[2], shard, session .. ':' .. seq) end
		added = added + 1
	end
end
return added
`;

/**
 * Resets the idle time of the events a live worker is still handling, so no other worker
 * claims them — only those it still owns (another may have claimed one meanwhile).
 * KEYS: stream. ARGV: group, consumer, ids…
 */
export const TOUCH = `
local touched = 0
for i = 3, #ARGV do
	local entry = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[i], ARGV[i], 1)
	if entry[1] and entry[1][2] == ARGV[2] then
		redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[i], 'JUSTID')
		touched = touched + 1
	end
end
return touched
`;

/** The ms timestamp of a stream entry id (`<ms>-<n>`). */
export function streamIdTime(id: string): number {
	return Number(id.slice(0, id.indexOf('-')));
}

/**
 * Forgets the consumers of dead workers — nothing pending (claimed by now) and silent longer
 * than ARGV[2] ms — in one step, so a worker that reads meanwhile keeps its entries.
 * KEYS: stream. ARGV: group, idle ms.
 */
export const PRUNE = `
local removed = 0
for _, consumer in ipairs(redis.call('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])) do
	local name, pending, idle
	for i = 1, #consumer, 2 do
		if consumer[i] == 'name' then name = consumer[i + 1]
		elseif consumer[i] == 'pending' then pending = consumer[i + 1]
		elseif consumer[i] == 'idle' then idle = consumer[i + 1] end
	end
	if pending == 0 and idle > tonumber(ARGV[2]) then
		redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], name)
		removed = removed + 1
	end
end
return removed
`;
