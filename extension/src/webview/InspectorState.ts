/**
 * The Gateway Inspector's state, kept apart from the DOM so the webview script only draws
 * it: the event list (bounded), filters, pause, selection, shard latencies, rate-limit
 * buckets, the REST log and cache sizes.
 */
import type { InspectorMessage, InspectorPacketMessage, InspectorRestMessage } from '../inspectorProtocol.js';

/** One row of the event list. */
export type InspectorEvent = (InspectorPacketMessage | InspectorRestMessage) & {
	/** Sequence number, unique within the state. */
	readonly id: number;
	/** The guild the packet concerns (`payload.guild_id`, or `payload.id` for GUILD_* events). */
	readonly guildId: string | undefined;
};

/** What the list shows. Empty strings and `'all'` mean no filter. */
export interface InspectorFilters {
	readonly kind: 'all' | 'packet' | 'rest';
	/** Substring of the event name (`t`, opcode as `op N`) or of `METHOD route`, case-insensitive. */
	readonly text: string;
	readonly shardId: 'all' | number;
	readonly guildId: string;
}

/** A rate-limit bucket as the REST log shows it. */
export interface BucketState {
	readonly bucket: string;
	readonly routes: ReadonlySet<string>;
	readonly requests: number;
	readonly limited: number;
	readonly waitedMs: number;
	readonly lastStatus: number;
}

/** A shard's status and its recent latencies (oldest first). */
export interface ShardState {
	readonly status: string;
	readonly latencies: readonly number[];
}

function guildOf(message: InspectorPacketMessage): string | undefined {
	if (typeof message.guildId === 'string') return message.guildId;
	const { t } = message;
	let payload = message.payload;
	if (typeof payload !== 'object' || payload === null) return undefined;
	// A whole gateway packet: the guild is in its `d`.
	if ('op' in payload && 'd' in payload) payload = (payload as { d: unknown }).d;
	if (typeof payload !== 'object' || payload === null) return undefined;
	const p = payload as Record<string, unknown>;
	if (typeof p['guild_id'] === 'string') return p['guild_id'];
	if (t !== null && t.startsWith('GUILD_') && typeof p['id'] === 'string') return p['id'];
	return undefined;
}

/** The label of an event in the list. */
export function eventLabel(event: InspectorPacketMessage | InspectorRestMessage): string {
	return event.type === 'rest' ? `${event.method} ${event.route}` : (event.t ?? `op ${event.op}`);
}

/** Inspector state; `apply` takes messages, the getters give what to draw. */
export class InspectorState {
	readonly #max: number;
	readonly #latencyPoints: number;
	#events: InspectorEvent[] = [];
	#pending: InspectorEvent[] = [];
	#nextId = 1;
	#paused = false;
	#filters: InspectorFilters = { kind: 'all', text: '', shardId: 'all', guildId: '' };
	#selected: number | undefined;
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
			case 'packet':
			case 'rest': {
				const event: InspectorEvent = { ...message, id: this.#nextId++, guildId: message.type === 'packet' ? guildOf(message) : undefined };
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
				const prev = this.#buckets.get(message.bucket);
				this.#buckets.set(message.bucket, {
					bucket: message.bucket,
					routes: new Set([...(prev?.routes ?? []), `${message.method} ${message.route}`]),
					requests: prev?.requests ?? 0,
					limited: (prev?.limited ?? 0) + (message.hit ? 1 : 0),
					waitedMs: (prev?.waitedMs ?? 0) + message.waitMs,
					lastStatus: prev?.lastStatus ?? 0,
				});
				return;
			}
		}
	}

	#trackBucket(message: InspectorRestMessage): void {
		const key = message.bucket ?? `(no bucket) ${message.method} ${message.route}`;
		const prev = this.#buckets.get(key);
		this.#buckets.set(key, {
			bucket: key,
			routes: new Set([...(prev?.routes ?? []), `${message.method} ${message.route}`]),
			requests: (prev?.requests ?? 0) + 1,
			limited: (prev?.limited ?? 0) + (message.status === 429 ? 1 : 0),
			waitedMs: (prev?.waitedMs ?? 0) + message.waitedMs,
			lastStatus: message.status,
		});
	}

	#trim(): void {
		if (this.#events.length > this.#max) this.#events.splice(0, this.#events.length - this.#max);
		if (this.#pending.length > this.#max) this.#pending.splice(0, this.#pending.length - this.#max);
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

	/** Every event shown (oldest first), filters applied. */
	visibleEvents(): InspectorEvent[] {
		const f = this.#filters;
		const text = f.text.trim().toLowerCase();
		return this.#events.filter((e) => {
			if (f.kind !== 'all' && e.type !== f.kind) return false;
			if (f.shardId !== 'all' && (e.type !== 'packet' || e.shardId !== f.shardId)) return false;
			if (f.guildId !== '' && e.guildId !== f.guildId.trim()) return false;
			return text === '' || eventLabel(e).toLowerCase().includes(text);
		});
	}

	/** Shard ids seen, ascending. */
	shardIds(): number[] {
		const ids = new Set<number>(this.#shards.keys());
		for (const e of this.#events) if (e.type === 'packet') ids.add(e.shardId);
		return [...ids].sort((a, b) => a - b);
	}

	/** Selects an event by id (undefined to clear). */
	select(id: number | undefined): void {
		this.#selected = id;
	}

	/** The selected event, if it is still in the list. */
	get selected(): InspectorEvent | undefined {
		return this.#selected === undefined ? undefined : this.#events.find((e) => e.id === this.#selected);
	}

	/** Shards by id. */
	get shards(): ReadonlyMap<number, ShardState> {
		return this.#shards;
	}

	/** Rate-limit buckets by hash. */
	get buckets(): ReadonlyMap<string, BucketState> {
		return this.#buckets;
	}

	/** REST events, newest first. */
	restLog(limit = 200): InspectorRestMessage[] {
		const out: InspectorRestMessage[] = [];
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
	}
}
