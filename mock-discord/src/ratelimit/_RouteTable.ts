import { Bucket } from './Bucket.js';
import { bucketHash } from './bucketHash.js';
import type { RateLimitConfig, RouteLimit } from './RateLimitConfig.js';
import { RateLimitSetupError } from './RateLimitSetupError.js';

/**
 * One bucket definition and its live buckets. A normal rule keys buckets by identity, then major
 * parameter; a shared rule by major parameter only, because the limit belongs to the resource.
 * Nested maps rather than a concatenated key keep `take` free of string allocation.
 */
export class RouteRule {
	readonly hash: string;
	readonly limit: number;
	readonly windowMs: number;
	readonly shared: boolean;
	readonly #perIdentity = new Map<string, Map<string, Bucket>>();
	readonly #perResource = new Map<string, Bucket>();

	constructor(hashKey: string, limit: RouteLimit, shared: boolean) {
		if (!(Number.isInteger(limit.limit) && limit.limit >= 1 && limit.windowMs > 0)) {
			throw new RateLimitSetupError(
				`Rate limit for "${hashKey}" must have an integer limit >= 1 and windowMs > 0, got ${JSON.stringify(limit)}.`,
			);
		}
		this.hash = bucketHash(hashKey);
		this.limit = limit.limit;
		this.windowMs = limit.windowMs;
		this.shared = shared;
	}

	/** Live buckets (open or not yet pruned). */
	get size(): number {
		let n = this.#perResource.size;
		for (const inner of this.#perIdentity.values()) n += inner.size;
		return n;
	}

	/** The bucket for this request, if one exists. */
	find(identity: string, major: string): Bucket | undefined {
		return this.shared ? this.#perResource.get(major) : this.#perIdentity.get(identity)?.get(major);
	}

	/** The bucket for this request, created on first use. */
	get(identity: string, major: string): Bucket {
		let map = this.#perResource;
		if (!this.shared) {
			let inner = this.#perIdentity.get(identity);
			if (inner === undefined) {
				inner = new Map();
				this.#perIdentity.set(identity, inner);
			}
			map = inner;
		}
		let bucket = map.get(major);
		if (bucket === undefined) {
			bucket = new Bucket(this.limit, this.windowMs);
			map.set(major, bucket);
		}
		return bucket;
	}

	/** Drops buckets whose window has closed; returns how many are left. */
	prune(now: number): number {
		let left = pruneMap(this.#perResource, now);
		for (const [identity, inner] of this.#perIdentity) {
			const n = pruneMap(inner, now);
			if (n === 0) this.#perIdentity.delete(identity);
			left += n;
		}
		return left;
	}

	clear(): void {
		this.#perIdentity.clear();
		this.#perResource.clear();
	}
}

function pruneMap(map: Map<string, Bucket>, now: number): number {
	for (const [key, bucket] of map) if (bucket.isExpired(now)) map.delete(key);
	return map.size;
}

/** Past this many distinct unlisted routes, rules stop being cached: a caller passing raw paths instead of templates must not grow memory without bound. */
const MAX_UNLISTED_RULES = 4096;

/** Resolves `METHOD` + route template to its {@link RouteRule} with two map lookups. */
export class RouteTable {
	readonly #byMethod = new Map<string, Map<string, RouteRule>>();
	readonly #defaultLimit: RouteLimit;
	#unlisted = 0;

	constructor(config: RateLimitConfig) {
		this.#defaultLimit = config.defaultLimit;
		for (const [key, limit] of Object.entries(config.routes)) {
			const [method, route] = splitRouteKey(key);
			this.#set(method, route, new RouteRule(key, limit, false));
		}
		// Shared groups come second so that they win over a per-route entry for the same key.
		for (const [name, group] of Object.entries(config.sharedBuckets)) {
			const rule = new RouteRule(`shared:${name}`, group, true);
			for (const key of group.routes) {
				const [method, route] = splitRouteKey(key);
				this.#set(method, route, rule);
			}
		}
		// Validate the default up front rather than on the first unlisted request.
		void new RouteRule('default', config.defaultLimit, false);
	}

	/** The rule for a request; unlisted routes get their own bucket at the default limit, as on Discord. */
	resolve(method: string, route: string): RouteRule {
		const rule = this.#byMethod.get(method)?.get(route);
		if (rule !== undefined) return rule;
		const created = new RouteRule(`${method} ${route}`, this.#defaultLimit, false);
		if (this.#unlisted < MAX_UNLISTED_RULES) {
			this.#unlisted++;
			this.#set(method, route, created);
		}
		return created;
	}

	/** Every rule, each once. */
	*rules(): IterableIterator<RouteRule> {
		const seen = new Set<RouteRule>();
		for (const routes of this.#byMethod.values()) {
			for (const rule of routes.values()) {
				if (seen.has(rule)) continue;
				seen.add(rule);
				yield rule;
			}
		}
	}

	#set(method: string, route: string, rule: RouteRule): void {
		let routes = this.#byMethod.get(method);
		if (routes === undefined) {
			routes = new Map();
			this.#byMethod.set(method, routes);
		}
		routes.set(route, rule);
	}
}

/** Splits `METHOD /template`; throws on anything else so a typo in a scenario is loud. */
export function splitRouteKey(key: string): [method: string, route: string] {
	const space = key.indexOf(' ');
	const method = key.slice(0, space);
	const route = key.slice(space + 1);
	if (space <= 0 || !/^[A-Z]+$/.test(method) || !route.startsWith('/')) {
		throw new RateLimitSetupError(`Route key "${key}" must be "METHOD /template", e.g. "POST /channels/{channel_id}/messages".`);
	}
	return [method, route];
}
