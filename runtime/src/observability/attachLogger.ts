import type { ShardingStrategy } from '../gateway/ShardingStrategy.js';
import type { REST } from '../rest/REST.js';
import type { RedisRateLimitStore } from '../rest/RedisRateLimitStore.js';
import type { Logger } from './Logger.js';

/** What {@link attachLogger} logs. */
export interface LoggedSources {
	readonly rest?: REST;
	/** A sharding strategy (a client's is `client.strategy` after `login()`). */
	readonly gateway?: ShardingStrategy;
	/** A shared rate-limit store: its outages (warn) and recoveries (info). */
	readonly rateLimitStore?: RedisRateLimitStore;
}

/**
 * Logs a bot's REST and gateway life to a structured logger (pino): every REST response at
 * debug, rate-limit waits and invalid-request warnings at warn, shard status changes and
 * closes at info, shard warnings at warn, fatal errors at error, with their fields (shard
 * id, route, status, bucket, close code…). The events carry no token, so neither do the
 * logs. Returns a function that stops logging.
 */
export function attachLogger(logger: Logger, sources: LoggedSources): () => void {
	const stops: (() => void)[] = [];
	const { rest, gateway, rateLimitStore } = sources;
	if (rateLimitStore !== undefined) {
		stops.push(
			rateLimitStore.on('outage', (e) =>
				logger.warn(
					{ err: { name: e.error.name, code: e.error.code, message: e.error.message }, globalShare: e.globalShare },
					'rate-limit store unreachable: per-process limits',
				),
			),
			rateLimitStore.on('recovered', (e) => logger.info({ downMs: e.downMs }, 'rate-limit store back: shared limits')),
		);
	}
	if (rest !== undefined) {
		stops.push(
			rest.on('response', (e) =>
				logger.debug(
					{ method: e.method, route: e.route, status: e.status, durationMs: e.durationMs, attempt: e.attempt, bucket: e.rateLimit?.bucket },
					'REST response',
				),
			),
			rest.on('rateLimited', (info) =>
				logger.warn(
					{ method: info.method, route: info.route, bucket: info.bucket, scope: info.scope, retryAfterMs: info.retryAfterMs },
					'REST rate limited',
				),
			),
			rest.on('invalidRequestWarning', (e) =>
				logger.warn({ count: e.count, threshold: e.threshold, windowMs: e.windowMs }, 'invalid requests approaching the Cloudflare ban'),
			),
		);
	}
	if (gateway !== undefined) {
		const onStatus = (shardId: number, status: string, previous: string): void =>
			logger.info({ shardId, status, previous }, 'shard status');
		const onWarn = (shardId: number, warning: object): void => logger.warn({ shardId, ...warning }, 'shard warning');
		const onClose = (shardId: number, e: { code: number; reason: string; byClient: boolean; action: string }): void =>
			(e.action === 'fatal' ? logger.error : logger.info).call(
				logger,
				{ shardId, code: e.code, reason: e.reason, byClient: e.byClient, action: e.action },
				'shard connection closed',
			);
		const onError = (shardId: number, error: Error & { code?: string }): void =>
			logger.error({ shardId, err: { name: error.name, code: error.code, message: error.message } }, 'shard failed');
		gateway.on('status', onStatus);
		gateway.on('warn', onWarn);
		gateway.on('close', onClose);
		gateway.on('error', onError);
		stops.push(() => {
			gateway.off('status', onStatus);
			gateway.off('warn', onWarn);
			gateway.off('close', onClose);
			gateway.off('error', onError);
		});
	}
	return () => {
		for (const stop of stops.splice(0)) stop();
	};
}
