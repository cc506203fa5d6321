import { GatewayError } from './GatewayError.js';
import type { IdentifyThrottler } from './IdentifyThrottler.js';
import { InMemoryIdentifyThrottler } from './InMemoryIdentifyThrottler.js';
import type { ShardingOptions } from './ShardingOptions.js';
import { DEFAULT_API_BASE, fetchGatewayBot } from './fetchGatewayBot.js';

/** The shards a strategy runs and the throttler that paces them. */
export interface ShardingPlan {
	readonly shardCount: number;
	readonly shardIds: readonly number[];
	readonly identifyThrottler: IdentifyThrottler;
}

/** The plan for a known shard count; bad shard ids throw `GATEWAY_INVALID_OPTION`. */
export function shardingPlan(options: ShardingOptions, shardCount: number, apiMaxConcurrency?: number): ShardingPlan {
	if (!Number.isInteger(shardCount) || shardCount < 1)
		throw new GatewayError('GATEWAY_INVALID_OPTION', `shardCount must be a positive integer or 'auto', got ${shardCount}.`);
	const shardIds = options.shardIds ?? Array.from({ length: shardCount }, (_, id) => id);
	if (shardIds.length === 0) throw new GatewayError('GATEWAY_INVALID_OPTION', 'No shards to run: shardIds is empty.');
	const bad = shardIds.find((id) => !Number.isInteger(id) || id < 0 || id >= shardCount);
	if (bad !== undefined) throw new GatewayError('GATEWAY_INVALID_OPTION', `Shard id ${bad} is not in [0, shardCount ${shardCount}).`);
	const maxConcurrency = options.maxConcurrency ?? apiMaxConcurrency;
	const identifyThrottler =
		options.identifyThrottler ??
		new InMemoryIdentifyThrottler({
			...(maxConcurrency !== undefined && { maxConcurrency }),
			...(options.identifyWindow !== undefined && { windowMs: options.identifyWindow }),
			...(options.identifyMargin !== undefined && { marginMs: options.identifyMargin }),
		});
	return { shardCount, shardIds, identifyThrottler };
}

/** The plan, asking `GET /gateway/bot` first when `shardCount` is `'auto'`. */
export async function resolveSharding(options: ShardingOptions, signal?: AbortSignal): Promise<ShardingPlan> {
	if (options.shardCount !== 'auto') return shardingPlan(options, options.shardCount);
	const info = await fetchGatewayBot(options.api ?? DEFAULT_API_BASE, options.token, signal);
	return shardingPlan(options, info.shards, info.session_start_limit.max_concurrency);
}
