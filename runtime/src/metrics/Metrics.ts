import type * as PromClient from 'prom-client';
import type { ShardingStrategy } from '../gateway/ShardingStrategy.js';
import type { REST } from '../rest/REST.js';
import type { RedisRateLimitStore } from '../rest/RedisRateLimitStore.js';
import { loadPromClient } from './_loadPromClient.js';

/** The part of a prom-client `Registry` OvenJS uses; pass your own to add OvenJS's metrics to it. */
export interface MetricsRegistry {
	readonly contentType: string;
	metrics(): Promise<string>;
}

/** Options of {@link createMetrics}. */
export interface MetricsOptions {
	/** A prom-client `Registry` to register in. Default a new one. */
	readonly registry?: MetricsRegistry;
	/** Prefix of every metric name. Default `ovenjs_`. */
	readonly prefix?: string;
	/** Buckets of the REST duration histogram, in seconds. */
	readonly restBuckets?: readonly number[];
}

const STATUSES = ['idle', 'connecting', 'identifying', 'resuming', 'ready', 'reconnecting', 'closed'] as const;

/**
 * Prometheus metrics of a bot, through prom-client: gateway latency and status per shard,
 * events by type, REST latency and responses by route and status, 429s and rate-limit waits
 * by scope, REST requests in flight, outages of the shared rate-limit store, cache sizes. Serve
 * them with {@link serveMetrics}.
 */
export class Metrics {
	/** The registry the metrics are in. */
	public readonly registry: MetricsRegistry;
	readonly #latency: PromClient.Gauge<'shard'>;
	readonly #status: PromClient.Gauge<'shard' | 'status'>;
	readonly #events: PromClient.Counter<'shard' | 'event'>;
	readonly #restDuration: PromClient.Histogram<'method' | 'route' | 'status'>;
	readonly #rateLimited: PromClient.Counter<'scope'>;
	readonly #tooManyRequests: PromClient.Counter<'scope'>;
	readonly #storeOutages: PromClient.Counter;
	readonly #storeDegraded: PromClient.Gauge;
	readonly #sources = { rest: new Set<REST>(), cache: new Set<() => Readonly<Record<string, number>>>() };
	readonly #detach: (() => void)[] = [];

	/** Loads prom-client (an optional peer dependency) and creates the metrics. Same as {@link createMetrics}. */
	public static async create(options: MetricsOptions = {}): Promise<Metrics> {
		return new Metrics(await loadPromClient(), options);
	}

	private constructor(prom: typeof PromClient, options: MetricsOptions) {
		const registry = (options.registry as PromClient.Registry | undefined) ?? new prom.Registry();
		this.registry = registry;
		const p = options.prefix ?? 'ovenjs_';
		const registers = [registry];
		this.#latency = new prom.Gauge({
			name: `${p}gateway_latency_seconds`,
			help: 'Heartbeat round trip per shard.',
			labelNames: ['shard'],
			registers,
		});
		this.#status = new prom.Gauge({
			name: `${p}gateway_shard_status`,
			help: '1 for the status each shard is in.',
			labelNames: ['shard', 'status'],
			registers,
		});
		this.#events = new prom.Counter({
			name: `${p}gateway_events_total`,
			help: 'Gateway dispatches received, by type.',
			labelNames: ['shard', 'event'],
			registers,
		});
		this.#restDuration = new prom.Histogram({
			name: `${p}rest_request_duration_seconds`,
			help: 'REST attempts from send to complete body, by route and status.',
			labelNames: ['method', 'route', 'status'],
			buckets: [...(options.restBuckets ?? [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5])],
			registers,
		});
		this.#tooManyRequests = new prom.Counter({
			name: `${p}rest_429_total`,
			help: '429 responses, by scope.',
			labelNames: ['scope'],
			registers,
		});
		this.#rateLimited = new prom.Counter({
			name: `${p}rest_rate_limited_total`,
			help: 'Requests that waited for (or were refused by) a rate limit, by scope.',
			labelNames: ['scope'],
			registers,
		});
		this.#storeOutages = new prom.Counter({
			name: `${p}rest_store_outages_total`,
			help: 'Times the shared rate-limit store (Redis) became unreachable and the process fell back to its own limits.',
			registers,
		});
		this.#storeDegraded = new prom.Gauge({
			name: `${p}rest_store_degraded`,
			help: '1 while the process runs on its own rate limits because the shared store (Redis) is unreachable.',
			registers,
		});
		const sources = this.#sources;
		new prom.Gauge({
			name: `${p}rest_pending_requests`,
			help: 'REST requests queued or in flight.',
			registers,
			collect() {
				this.set([...sources.rest].reduce((n, rest) => n + rest.pending, 0));
			},
		});
		new prom.Gauge({
			name: `${p}cache_entities`,
			help: 'Cached entities, by kind.',
			labelNames: ['entity'],
			registers,
			collect() {
				this.reset();
				for (const sizes of sources.cache) for (const [entity, size] of Object.entries(sizes())) this.inc({ entity }, size);
			},
		});
	}

	/** Counts a sharding strategy's events and follows its shards' status and latency. Returns a function that stops it. */
	public attachGateway(strategy: ShardingStrategy): () => void {
		const onDispatch = (shardId: number, payload: { t: string }): void => this.#events.inc({ shard: String(shardId), event: payload.t });
		const onStatus = (shardId: number, status: string): void => {
			for (const each of STATUSES) this.#status.set({ shard: String(shardId), status: each }, each === status ? 1 : 0);
		};
		const onLatency = (shardId: number, ms: number): void => this.#latency.set({ shard: String(shardId) }, ms / 1000);
		strategy.on('dispatch', onDispatch);
		strategy.on('status', onStatus);
		strategy.on('latency', onLatency);
		return this.#track(() => {
			strategy.off('dispatch', onDispatch);
			strategy.off('status', onStatus);
			strategy.off('latency', onLatency);
		});
	}

	/** Times a REST client's responses and counts its 429s and rate-limit waits. Returns a function that stops it. */
	public attachREST(rest: REST): () => void {
		this.#sources.rest.add(rest);
		const offResponse = rest.on('response', (event) => {
			this.#restDuration.observe({ method: event.method, route: event.route, status: String(event.status) }, event.durationMs / 1000);
			if (event.status === 429) this.#tooManyRequests.inc({ scope: event.rateLimit?.scope ?? 'user' });
		});
		const offLimited = rest.on('rateLimited', (info) => this.#rateLimited.inc({ scope: info.scope }));
		return this.#track(() => {
			this.#sources.rest.delete(rest);
			offResponse();
			offLimited();
		});
	}

	/** Follows a shared rate-limit store's outages: a counter, and a gauge at 1 while it falls back. Returns a function that stops it. */
	public attachRateLimitStore(store: RedisRateLimitStore): () => void {
		this.#storeDegraded.set(store.degraded ? 1 : 0);
		const offOutage = store.on('outage', () => {
			this.#storeOutages.inc();
			this.#storeDegraded.set(1);
		});
		const offRecovered = store.on('recovered', () => this.#storeDegraded.set(0));
		return this.#track(() => {
			offOutage();
			offRecovered();
		});
	}

	/** Reports cache sizes (read at each scrape). Returns a function that stops it. */
	public attachCache(sizes: () => Readonly<Record<string, number>>): () => void {
		this.#sources.cache.add(sizes);
		return this.#track(() => this.#sources.cache.delete(sizes));
	}

	/** The metrics in Prometheus's text format. */
	public text(): Promise<string> {
		return this.registry.metrics();
	}

	/** Stops following every source. The metrics keep their last values. Idempotent. */
	public detach(): void {
		for (const detach of this.#detach.splice(0)) detach();
	}

	#track(detach: () => void): () => void {
		this.#detach.push(detach);
		return detach;
	}
}

/** Loads prom-client (an optional peer dependency) and creates the bot's {@link Metrics}. */
export function createMetrics(options: MetricsOptions = {}): Promise<Metrics> {
	return Metrics.create(options);
}
