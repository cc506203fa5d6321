import { RedisIdentifyThrottler, type RedisEvalClient } from '../gateway/RedisIdentifyThrottler.js';
import { CLUSTER_REDIS_ENV } from '../cluster/_clusterProtocol.js';
import { OvenClientError } from './OvenClientError.js';

/** The Redis a {@link Cluster} shares between its processes, when it was given one. */
export function clusterRedisUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const url = env[CLUSTER_REDIS_ENV];
	return url === undefined || url === '' ? undefined : url;
}

interface RedisConnection extends RedisEvalClient {
	quit(): Promise<unknown>;
}

/** An identify throttler on the cluster's Redis (ioredis, an optional peer dependency, loaded here). */
export async function clusterIdentifyThrottler(
	url: string,
	maxConcurrency: number,
): Promise<{ throttler: RedisIdentifyThrottler; close: () => Promise<unknown> }> {
	let Redis: (new (url: string, options: Record<string, unknown>) => RedisConnection) | undefined;
	try {
		const module = (await import('ioredis' as string)) as { Redis?: typeof Redis; default?: typeof Redis };
		Redis = module.Redis ?? module.default;
	} catch (error) {
		throw new OvenClientError(
			'CLIENT_INVALID_OPTION',
			`The cluster shares Redis (${CLUSTER_REDIS_ENV}); install the optional peer dependency ioredis.`,
			{ cause: error },
		);
	}
	if (Redis === undefined) throw new OvenClientError('CLIENT_INVALID_OPTION', 'The ioredis module has no Redis export.');
	const redis = new Redis(url, { maxRetriesPerRequest: 3 });
	return { throttler: new RedisIdentifyThrottler({ redis, maxConcurrency }), close: () => redis.quit() };
}
