import { createHash } from 'node:crypto';

/**
 * The Lua scripts of `RedisRateLimitStore`, each atomic in Redis. Bucket keys are hashes with
 * `limit`, `remaining`, `resetAt` (epoch ms), `span` (the longest reset-after seen in the
 * window) and, while a request is sent into an unknown window, `pending` (its store) and
 * `pendingUntil`. The global window is a sorted set of slots scored by when each frees.
 * @internal
 */

/**
 * Takes a global slot, or answers how long to wait for one (also while a global 429 block is in
 * force). The window scores each slot by when it frees: `now + holdMs` until its request
 * settles it, then a window after the answer. The unsettled set scores each unsettled slot by
 * when it was taken: a request waiting behind one asks again at its window's end, then every
 * `pollMs`, since it frees a window after an answer still to come (GlobalSlots does the same).
 */
const TAKE_GLOBAL = `
local function takeGlobal(windowKey, unsettledKey, blockKey, now, limit, windowMs, holdMs, pollMs, member)
	local blocked = redis.call('GET', blockKey)
	if blocked and now < tonumber(blocked) then return math.ceil(tonumber(blocked) - now) end
	redis.call('ZREMRANGEBYSCORE', windowKey, '-inf', now)
	redis.call('ZREMRANGEBYSCORE', unsettledKey, '-inf', now - holdMs)
	if redis.call('ZCARD', windowKey) >= limit then
		local first = redis.call('ZRANGE', windowKey, 0, 0, 'WITHSCORES')
		local wait = tonumber(first[2]) - now
		local oldest = redis.call('ZRANGE', unsettledKey, 0, 0, 'WITHSCORES')
		if oldest[2] then wait = math.min(wait, math.max(tonumber(oldest[2]) + windowMs - now, pollMs)) end
		return math.max(1, math.ceil(wait))
	end
	redis.call('ZADD', windowKey, now + holdMs, member)
	redis.call('ZADD', unsettledKey, now, member)
	if redis.call('PTTL', windowKey) < holdMs then redis.call('PEXPIRE', windowKey, holdMs) end
	if redis.call('PTTL', unsettledKey) < holdMs then redis.call('PEXPIRE', unsettledKey, holdMs) end
	return 0
end
`;

/**
 * KEYS: bucket, global window, unsettled slots, global block. ARGV: now, owner, pendingMs,
 * pollMs, limit, windowMs, holdMs, member, exempt (1|0), globalPollMs. Takes the bucket and the global slot together, or neither; answers
 * { waitMs, 'user' | 'global' }. A bucket whose window is unknown (never seen, or rolled) lets
 * one store send blind and marks it pending; the others poll until a response teaches the
 * window, or `pendingUntil` passes should that request never be answered. The owner itself
 * may go on: its queue for the bucket is serial, so its blind request is over.
 */
const ACQUIRE = `${TAKE_GLOBAL}
local now = tonumber(ARGV[1])
local state = redis.call('HMGET', KEYS[1], 'remaining', 'resetAt', 'pending', 'pendingUntil')
if state[3] and state[3] ~= ARGV[2] and now < tonumber(state[4]) then return { tonumber(ARGV[4]), 'user' } end
local blind = (not state[2]) or now >= tonumber(state[2])
if not blind and tonumber(state[1]) <= 0 then return { math.ceil(tonumber(state[2]) - now), 'user' } end
if ARGV[9] == '0' then
	local wait = takeGlobal(KEYS[2], KEYS[3], KEYS[4], now, tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[10]), ARGV[8])
	if wait > 0 then return { wait, 'global' } end
end
if blind then
	redis.call('DEL', KEYS[1])
	redis.call('HSET', KEYS[1], 'pending', ARGV[2], 'pendingUntil', now + tonumber(ARGV[3]))
	redis.call('PEXPIRE', KEYS[1], ARGV[3])
else
	if state[3] then redis.call('HDEL', KEYS[1], 'pending', 'pendingUntil') end
	redis.call('HINCRBY', KEYS[1], 'remaining', -1)
end
return { 0, 'user' }
`;

/** KEYS: global window, unsettled slots, global block. ARGV: now, limit, windowMs, holdMs, pollMs, member. */
const ACQUIRE_GLOBAL = `${TAKE_GLOBAL}
return takeGlobal(KEYS[1], KEYS[2], KEYS[3], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6])
`;

/** KEYS: bucket. ARGV: owner. The owner's blind request got a response without rate-limit headers. */
const RELEASE_BUCKET = `
if redis.call('HGET', KEYS[1], 'pending') ~= ARGV[1] then return 0 end
if redis.call('HEXISTS', KEYS[1], 'resetAt') == 1 then redis.call('HDEL', KEYS[1], 'pending', 'pendingUntil')
else redis.call('DEL', KEYS[1]) end
return 0
`;

/**
 * KEYS: bucket. ARGV: limit, remaining, resetAt, ttlMs, now, owner. MemoryRateLimitStore's
 * merge rule (see mergeBucketState there): resets closer than half the longest reset-after are
 * one window, whose lowest remaining and latest reset win; a newer window replaces the state;
 * an older one is ignored unless it says the bucket is spent. Another store's pending mark
 * stays: its blind request, not yet answered, is not counted in this response.
 */
const UPDATE_BUCKET = `
local limit = tonumber(ARGV[1])
local remaining = tonumber(ARGV[2])
local resetAt = tonumber(ARGV[3])
local now = tonumber(ARGV[5])
local span = math.max(0, resetAt - now)
local state = redis.call('HMGET', KEYS[1], 'remaining', 'resetAt', 'span', 'pending')
local write = true
if state[2] then
	local oldReset = tonumber(state[2])
	local oldSpan = tonumber(state[3] or '0')
	local tolerance = math.max(50, math.max(span, oldSpan) / 2)
	local delta = resetAt - oldReset
	if delta < tolerance then
		if delta <= -tolerance and remaining > 0 then
			write = false
		else
			remaining = math.min(remaining, tonumber(state[1]))
			resetAt = math.max(resetAt, oldReset)
			span = math.max(span, oldSpan)
		end
	end
end
if write then
	redis.call('HSET', KEYS[1], 'limit', limit, 'remaining', remaining, 'resetAt', resetAt, 'span', span)
	redis.call('PEXPIREAT', KEYS[1], math.floor(resetAt + tonumber(ARGV[4])))
end
if state[4] == ARGV[6] then redis.call('HDEL', KEYS[1], 'pending', 'pendingUntil') end
return 0
`;

/**
 * KEYS: global window, unsettled slots. ARGV: score, ttlMs, members…. Holds each member still in
 * the window until `score` (a window after its answer); members already freed are left out.
 */
const SETTLE_GLOBAL = `
for i = 3, #ARGV do
	if redis.call('ZSCORE', KEYS[1], ARGV[i]) then redis.call('ZADD', KEYS[1], 'XX', ARGV[1], ARGV[i]) end
	redis.call('ZREM', KEYS[2], ARGV[i])
end
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;

/**
 * KEYS: global window, unsettled slots. ARGV: ttlMs, then (until, takenAt or -1 if settled,
 * member) triples: the slots a process took alone while Redis was unreachable.
 */
const RESTORE_GLOBAL = `
for i = 2, #ARGV, 3 do
	redis.call('ZADD', KEYS[1], ARGV[i], ARGV[i + 2])
	if tonumber(ARGV[i + 1]) >= 0 then redis.call('ZADD', KEYS[2], ARGV[i + 1], ARGV[i + 2]) end
end
for i = 1, 2 do
	if redis.call('PTTL', KEYS[i]) < tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
end
return 0
`;

/** KEYS: global block. ARGV: until, now. Only ever extends the block. */
const BLOCK_GLOBAL = `
local blockUntil = tonumber(ARGV[1])
local current = redis.call('GET', KEYS[1])
if current and tonumber(current) >= blockUntil then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', math.max(1, math.ceil(blockUntil - tonumber(ARGV[2]))))
return 0
`;

/**
 * KEYS: seconds (sorted set), counts (hash second → n), total. ARGV: now, windowMs, add (0|1).
 * Counts per whole second, so memory stays bounded; expired seconds are dropped in O(expired).
 */
const INVALID_REQUESTS = `
local now = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
local oldest = math.floor((now - windowMs) / 1000)
local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', oldest)
for _, second in ipairs(expired) do
	local n = tonumber(redis.call('HGET', KEYS[2], second) or '0')
	redis.call('HDEL', KEYS[2], second)
	redis.call('DECRBY', KEYS[3], n)
end
if #expired > 0 then redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', oldest) end
if ARGV[3] == '1' then
	local second = math.floor(now / 1000)
	redis.call('ZADD', KEYS[1], second, second)
	redis.call('HINCRBY', KEYS[2], second, 1)
	redis.call('INCR', KEYS[3])
	local ttl = windowMs + 1000
	redis.call('PEXPIRE', KEYS[1], ttl)
	redis.call('PEXPIRE', KEYS[2], ttl)
	redis.call('PEXPIRE', KEYS[3], ttl)
end
return tonumber(redis.call('GET', KEYS[3]) or '0')
`;

/**
 * KEYS: peers (sorted set owner → last seen). ARGV: now, owner, staleMs. Marks this store as
 * alive and answers how many stores used the prefix in the last `staleMs`: the share of the
 * global limit each may take alone while Redis is unreachable.
 */
const PRESENCE = `
local now = tonumber(ARGV[1])
redis.call('ZADD', KEYS[1], now, ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[3]))
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) * 2)
return redis.call('ZCARD', KEYS[1])
`;

/** A script and its SHA1, for EVALSHA. */
export interface RedisScript {
	readonly source: string;
	readonly sha: string;
}

function script(source: string): RedisScript {
	return { source, sha: createHash('sha1').update(source).digest('hex') };
}

/** Every script of the store. */
export const RATE_LIMIT_SCRIPTS = {
	acquire: script(ACQUIRE),
	acquireGlobal: script(ACQUIRE_GLOBAL),
	releaseBucket: script(RELEASE_BUCKET),
	updateBucket: script(UPDATE_BUCKET),
	settleGlobal: script(SETTLE_GLOBAL),
	restoreGlobal: script(RESTORE_GLOBAL),
	blockGlobal: script(BLOCK_GLOBAL),
	invalid: script(INVALID_REQUESTS),
	presence: script(PRESENCE),
} as const;
