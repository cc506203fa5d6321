/**
 * The Gateway Inspector's state, kept apart from the DOM so the webview script only draws
 * it: the event list (bounded), filters and search, pause, selection, shard latencies,
 * rate-limit buckets, the REST log and cache sizes. It reads the stream in the one protocol
 * the runtime, `@ovenjs/inspect` and the mock speak (`ovenjs/inspector/protocol`).
 */
import type { InspectorHello, InspectorMessage, InspectorPacket, InspectorRest } from 'ovenjs/inspector/protocol';

/** One row of the event list: a gateway packet or a REST attempt, with what the list shows about it. */
export type InspectorEvent = (InspectorPacket | InspectorRest) & {
	/** Sequence number of the row, unique within the state (a REST message's own `id` is the request's). */
	readonly seq: number;
	/** Milliseconds since the previous event (0 for the first). */
	readonly sinceMs: number;
	/** Size of the packet's payload, or of the request and response bodies, in bytes of JSON. */
	readonly bytes: number;
};

/** What the list shows. Empty strings and `'all'` mean no filter. */
export interface InspectorFilters {
	readonly kind: 'all' | 'packet' | 'rest';
	/** Substring of the event name (`t`, opcode as `op N`) or of `METHOD route`, case-insensitive. */
	readonly text: string;
	readonly shardId: 'all' | number;
	readonly guildId: string;
	/** Hides heartbeats and their ACKs (op 1, op 11): on by default, they are most of a quiet bot's traffic. */
	readonly hideHeartbeats: boolean;
	/** Substring searched in the whole event (payload, bodies, path), case-insensitive. */
	readonly search: string;
}

/** A rate-limit bucket as the panel shows it. */
export interface BucketState {
	readonly bucket: string;
	readonly routes: ReadonlySet<string>;
	readonly requests: number;
	/** Responses with status 429. */
	readonly limited: number;
	/** Time spent waiting for this bucket (pre-emptive waits and 429 retry_after). */
	readonly waitedMs: number;
	/** Requests left in the window, as the last response said. */
	readonly remaining: number | null;
	readonly limit: number | null;
	readonly lastStatus: number;
}

/** A shard's status and its recent latencies (oldest first). */
export interface ShardState {
	readonly status: string;
	readonly latencies: readonly number[];
}

/** Heartbeat (op 1) and heartbeat ACK (op 11). */
const HEARTBEAT_OPS = new Set([1, 11]);

const encoder = new TextEncoder();

/** The label of an event in the list. */
export function eventLabel(event: InspectorPacket | InspectorRest): string {
	return event.type === 'rest' ? `${event.method} ${event.route}` : (event.t ?? `op ${event.op}`);
}

/** A duration as people read it: `415 ms`, `0.4 ms`, `0 ms`, `1.23 s`. */
export function formatDuration(ms: number): string {
	if (ms < 0.05) return '0 ms';
	if (ms < 1) return `${ms.toFixed(1)} ms`;
	if (ms < 999.5) return `${Math.round(ms)} ms`;
	return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** A size in bytes as people read it: `812 B`, `4.3 kB`, `1.2 MB`. */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${bytes} B`;
	if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
	return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function sizeOf(message: InspectorPacket | InspectorRest): number {
	if (message.type === 'packet') return encoder.encode(JSON.stringify(message.payload)).length;
	const sent = message.requestBody === undefined ? 0 : encoder.encode(JSON.stringify(message.requestBody)).length;
	const received = message.responseBody === undefined ? 0 : encoder.encode(JSON.stringify(message.responseBody)).length;
	return sent + received;
}

/** The message as the stream carried it, without what the list added. */
export function streamMessage(event: InspectorEvent): InspectorPacket | InspectorRest {
	const { seq: _seq, sinceMs: _since, bytes: _bytes, ...message } = event;
	return message as InspectorPacket | InspectorRest;
}

/** Inspector state; `apply` takes messages, the getters give what to draw. */
export class InspectorState {
	readonly #max: number;
	readonly #latencyPoints: number;
	#events: InspectorEvent[] = [];
	#pending: InspectorEvent[] = [];
	#nextId = 1;
	#lastAt: number | undefined;
	#paused = false;
	#filters: InspectorFilters = { kind: 'all', text: '', shardId: 'all', guildId: '', hideHeartbeats: true, search: '' };
	#selected: number | undefined;
	#hello: InspectorHello | undefined;
	readonly #searchText = new WeakMap<InspectorEvent, string>();
	readonly #shards = new Map<number, ShardState>();
	readonly #buckets = new Map<string, BucketState>();
	#cache: Readonly<Record<string, number>> = {};

	/** `maxEvents` bounds memory on a busy bot; `latencyPoints` is the chart's width in samples. */
	constructor(options: { readonly maxEvents?: number; readonly latencyPoints?: number } = {}) {
		this.#max = options.maxEvents ?? 5000;
		this.#latencyPoints = options.latencyPoints ?? 60;
	}

	/** Takes one stream message. While paused, events queue and appear on resume. */
	apply(message: InspectorMessage): void {
		switch (message.type) {
			case 'hello':
				this.#hello = message;
				return;
			case 'packet':
			case 'rest': {
				const sinceMs = this.#lastAt === undefined ? 0 : Math.max(0, message.at - this.#lastAt);
				this.#lastAt = message.at;
				const event: InspectorEvent = { ...message, seq: this.#nextId++, sinceMs, bytes: sizeOf(message) };
				if (message.type === 'rest') this.#trackBucket(message);
				(this.#paused ? this.#pending : this.#events).push(event);
				this.#trim();
				return;
			}
			case 'shard': {
				const prev = this.#shards.get(message.shardId)?.latencies ?? [];
				const latencies = message.latencyMs === null ? prev : [...prev, message.latencyMs].slice(-this.#latencyPoints);
				this.#shards.set(message.shardId, { status: message.status, latencies });
				return;
			}
			case 'cache':
				this.#cache = { ...message.sizes };
				return;
			case 'rateLimit': {
				const { info } = message;
				const prev = this.#buckets.get(info.bucket);
				this.#buckets.set(info.bucket, {
					bucket: info.bucket,
					routes: new Set([...(prev?.routes ?? []), `${info.method} ${info.route}`]),
					requests: prev?.requests ?? 0,
					limited: prev?.limited ?? 0,
					waitedMs: (prev?.waitedMs ?? 0) + info.retryAfterMs,
					remaining: prev?.remaining ?? null,
					limit: info.limit ?? prev?.limit ?? null,
					lastStatus: prev?.lastStatus ?? 0,
				});
				return;
			}
		}
	}

	#trackBucket(message: InspectorRest): void {
		const key = message.bucket ?? `(no bucket) ${message.method} ${message.route}`;
		const prev = this.#buckets.get(key);
		this.#buckets.set(key, {
			bucket: key,
			routes: new Set([...(prev?.routes ?? []), `${message.method} ${message.route}`]),
			requests: (prev?.requests ?? 0) + 1,
			limited: (prev?.limited ?? 0) + (message.status === 429 ? 1 : 0),
			waitedMs: prev?.waitedMs ?? 0,
			remaining: message.remaining ?? prev?.remaining ?? null,
			limit: message.limit ?? prev?.limit ?? null,
			lastStatus: message.status,
		});
	}

	#trim(): void {
		if (this.#events.length > this.#max) this.#events.splice(0, this.#events.length - this.#max);
		if (this.#pending.length > this.#max) this.#pending.splice(0, this.#pending.length - this.#max);
	}

	/** Who is speaking, once the stream's `hello` arrived. */
	get hello(): InspectorHello | undefined {
		return this.#hello;
	}

	/** Whether new events are held back. */
	get paused(): boolean {
		return this.#paused;
	}

	/** Pauses or resumes the list; resuming shows the events that arrived meanwhile. */
	setPaused(paused: boolean): void {
		this.#paused = paused;
		if (!paused) {
			this.#events.push(...this.#pending);
			this.#pending = [];
			this.#trim();
		}
	}

	/** Events that arrived while paused. */
	get pendingCount(): number {
		return this.#pending.length;
	}

	/** Current filters. */
	get filters(): InspectorFilters {
		return this.#filters;
	}

	/** Changes some filters. */
	setFilters(patch: Partial<InspectorFilters>): void {
		this.#filters = { ...this.#filters, ...patch };
	}

	#haystack(event: InspectorEvent): string {
		let text = this.#searchText.get(event);
		if (text === undefined) {
			text = JSON.stringify(streamMessage(event)).toLowerCase();
			this.#searchText.set(event, text);
		}
		return text;
	}

	/** Every event shown (oldest first), filters and search applied. */
	visibleEvents(): InspectorEvent[] {
		const f = this.#filters;
		const text = f.text.trim().toLowerCase();
		const search = f.search.trim().toLowerCase();
		const guild = f.guildId.trim();
		return this.#events.filter((e) => {
			if (f.kind !== 'all' && e.type !== f.kind) return false;
			if (f.hideHeartbeats && e.type === 'packet' && HEARTBEAT_OPS.has(e.op)) return false;
			if (f.shardId !== 'all' && (e.type !== 'packet' || e.shardId !== f.shardId)) return false;
			if (guild !== '' && (e.type !== 'packet' || e.guildId !== guild)) return false;
			if (text !== '' && !eventLabel(e).toLowerCase().includes(text)) return false;
			return search === '' || this.#haystack(e).includes(search);
		});
	}

	/** Events the heartbeat filter is hiding right now. */
	hiddenHeartbeats(): number {
		if (!this.#filters.hideHeartbeats) return 0;
		return this.#events.filter((e) => e.type === 'packet' && HEARTBEAT_OPS.has(e.op)).length;
	}

	/** Shard ids seen, ascending. */
	shardIds(): number[] {
		const ids = new Set<number>(this.#shards.keys());
		for (const e of this.#events) if (e.type === 'packet' && e.shardId >= 0) ids.add(e.shardId);
		return [...ids].sort((a, b) => a - b);
	}

	/** Selects an event by its `seq` (undefined to clear). */
	select(seq: number | undefined): void {
		this.#selected = seq;
	}

	/** The selected event, if it is still in the list. */
	get selected(): InspectorEvent | undefined {
		return this.#selected === undefined ? undefined : this.#events.find((e) => e.seq === this.#selected);
	}

	/** The selected event as the stream carried it, pretty JSON (for "Copy as JSON"), or undefined. */
	selectedJson(): string | undefined {
		const event = this.selected;
		return event === undefined ? undefined : JSON.stringify(streamMessage(event), null, 2);
	}

	/** The visible events as the stream carried them, one JSON message per line (the recording format). */
	exportVisible(): string {
		return this.visibleEvents()
			.map((e) => `${JSON.stringify(streamMessage(e))}\n`)
			.join('');
	}

	/** Shards by id. */
	get shards(): ReadonlyMap<number, ShardState> {
		return this.#shards;
	}

	/** Rate-limit buckets by hash. */
	get buckets(): ReadonlyMap<string, BucketState> {
		return this.#buckets;
	}

	/** REST attempts, newest first. */
	restLog(limit = 200): InspectorRest[] {
		const out: InspectorRest[] = [];
		for (let i = this.#events.length - 1; i >= 0 && out.length < limit; i--) {
			const e = this.#events[i];
			if (e?.type === 'rest') out.push(e);
		}
		return out;
	}

	/** Latest cache sizes. */
	get cacheSizes(): Readonly<Record<string, number>> {
		return this.#cache;
	}

	/** Empties the list and selection (shards, buckets and cache stay). */
	clear(): void {
		this.#events = [];
		this.#pending = [];
		this.#selected = undefined;
		this.#lastAt = undefined;
	}

	/** Forgets everything (another bot was chosen). */
	reset(): void {
		this.clear();
		this.#hello = undefined;
		this.#shards.clear();
		this.#buckets.clear();
		this.#cache = {};
	}
}
