/** A server-error fault: the next `count` requests on `route` answer `status`. */
export interface ServerErrorFault {
	readonly kind: 'server_error';
	/** A route template such as `/channels/{channel_id}/messages`, optionally prefixed by a method (`POST /channels/...`). */
	readonly route: string;
	readonly status: number;
	readonly count: number;
}

/** A latency fault: every REST response waits `ms` first. */
export interface LatencyFault {
	readonly kind: 'latency';
	readonly ms: number;
}

/** Faults the REST side owns (the rate limiter and the gateway own theirs). */
export class RestFaults {
	readonly #serverErrors: { route: string; method: string | undefined; status: number; remaining: number }[] = [];
	#latencyMs = 0;

	public add(fault: ServerErrorFault | LatencyFault): void {
		if (fault.kind === 'latency') {
			this.#latencyMs = Math.max(0, fault.ms);
			return;
		}
		const [first, second] = fault.route.trim().split(/\s+/);
		const method = second === undefined ? undefined : first?.toUpperCase();
		this.#serverErrors.push({ route: second ?? first ?? '', method, status: fault.status, remaining: fault.count });
	}

	/** The status to answer instead of handling, consuming one use of the matching fault. */
	public takeServerError(method: string, route: string): number | undefined {
		const fault = this.#serverErrors.find((f) => f.remaining > 0 && f.route === route && (f.method === undefined || f.method === method));
		if (fault === undefined) return undefined;
		fault.remaining -= 1;
		return fault.status;
	}

	public get latencyMs(): number {
		return this.#latencyMs;
	}

	public reset(): void {
		this.#serverErrors.length = 0;
		this.#latencyMs = 0;
	}
}
