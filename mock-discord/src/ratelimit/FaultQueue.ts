import { RateLimitSetupError } from './RateLimitSetupError.js';
import type { RateLimitScope } from './RateLimitTypes.js';

/** A fault to inject: the next `count` requests to `route` get a 429 of `scope` (default `user`). */
export interface RateLimitFault {
	/** `/channels/{channel_id}/messages` (any method) or `POST /channels/{channel_id}/messages`. */
	readonly route: string;
	readonly count: number;
	readonly scope?: RateLimitScope;
}

interface Pending {
	readonly scope: RateLimitScope;
	left: number;
}

/**
 * Injected 429s, queued per route key in the order they were injected. A method-qualified fault
 * is consulted before a method-less one for the same template.
 */
export class FaultQueue {
	readonly #pending = new Map<string, Pending[]>();

	/** Whether any fault is pending; lets `take` skip the lookup (and its key string) entirely. */
	get isEmpty(): boolean {
		return this.#pending.size === 0;
	}

	add(fault: RateLimitFault): void {
		const route = fault.route.trim();
		const space = route.indexOf(' ');
		const template = space === -1 ? route : route.slice(space + 1);
		if (!template.startsWith('/') || (space !== -1 && !/^[A-Z]+$/.test(route.slice(0, space)))) {
			throw new RateLimitSetupError(
				`Fault route "${fault.route}" must be a template like "/channels/{channel_id}/messages" or "POST /channels/{channel_id}/messages".`,
			);
		}
		if (!(Number.isInteger(fault.count) && fault.count >= 1)) {
			throw new RateLimitSetupError(`Fault count for "${fault.route}" must be an integer >= 1, got ${String(fault.count)}.`);
		}
		const queue = this.#pending.get(route) ?? [];
		queue.push({ scope: fault.scope ?? 'user', left: fault.count });
		this.#pending.set(route, queue);
	}

	/** Consumes one pending fault for this request and returns its scope, or `undefined`. */
	take(method: string, route: string): RateLimitScope | undefined {
		return this.#takeFrom(`${method} ${route}`) ?? this.#takeFrom(route);
	}

	clear(): void {
		this.#pending.clear();
	}

	#takeFrom(key: string): RateLimitScope | undefined {
		const queue = this.#pending.get(key);
		const head = queue?.[0];
		if (queue === undefined || head === undefined) return undefined;
		head.left--;
		if (head.left === 0) queue.shift();
		if (queue.length === 0) this.#pending.delete(key);
		return head.scope;
	}
}
