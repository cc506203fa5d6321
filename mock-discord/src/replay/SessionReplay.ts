import type { GatewaySessionInfo } from '../gateway/SessionRegistry.js';
import type { RequestLogEntry } from '../http/RestPipeline.js';
import { InteractionStore } from '../interactions/InteractionStore.js';
import type { Recording, RecordedDispatch } from './readRecording.js';
import { RecordedAnswers, type RecordedAnswer } from './RecordedAnswers.js';

/** How a recording is played back. */
export interface ReplayOptions {
	/** The recording (JSONL) to play. */
	readonly file: string;
	/** `recorded` (default): each dispatch at its recorded time after READY. `fast`: each as soon as the bot has caught up. */
	readonly pace?: 'recorded' | 'fast';
	/**
	 * How long a dispatch waits for the bot to have made the REST calls it had made by then in
	 * the recording (so an answer it caused is not sent before the call). Default 2000 ms.
	 */
	readonly waitForBotMs?: number;
}

/** A REST request the bot made during the replay. */
export interface ReplayedRequest {
	readonly method: string;
	/** The path with its query, relative to the API base, tokens `[redacted]`. */
	readonly path: string;
	readonly status: number;
	/** The JSON body it sent. */
	readonly body: unknown;
	/** Whether the recording answered it; false when the mock's world did. */
	readonly fromRecording: boolean;
}

/** Where a replay is. */
export interface ReplayProgress {
	readonly dispatched: number;
	readonly total: number;
	/** Recorded REST answers no request took (yet). */
	readonly unusedAnswers: number;
}

/** What the replay needs from the mock. */
export interface ReplayDeps {
	readonly dispatch: (event: string, data: unknown, guildId?: string) => void;
	readonly sessions: () => readonly GatewaySessionInfo[];
	readonly interactions: InteractionStore;
	readonly log: (line: string) => void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Plays a recording to the bot that connects: once it has identified (every recorded shard),
 * the recorded dispatches follow in their order, at their recorded pace or as fast as the bot
 * keeps up; REST requests get the recorded answer for the same method and path. Interactions
 * get fresh tokens (the recording has them redacted) so the bot can answer them.
 */
export class SessionReplay {
	readonly #recording: Recording;
	readonly #deps: ReplayDeps;
	readonly #answers: RecordedAnswers;
	readonly #pace: 'recorded' | 'fast';
	readonly #waitMs: number;
	readonly #requests: ReplayedRequest[] = [];
	#dispatched = 0;
	#started = false;
	#closed = false;
	readonly #done: Promise<void>;

	public constructor(recording: Recording, options: ReplayOptions, deps: ReplayDeps) {
		this.#recording = recording;
		this.#deps = deps;
		this.#answers = new RecordedAnswers(recording.exchanges);
		this.#pace = options.pace ?? 'recorded';
		this.#waitMs = options.waitForBotMs ?? 2000;
		this.#done = this.#run();
		// Nobody may await it (the CLI); a failure is logged in #run.
		this.#done.catch(() => {});
	}

	/** Resolves once every recorded dispatch was sent (or the mock closed). */
	public get done(): Promise<void> {
		return this.#done;
	}

	/** REST requests the bot made since it identified, in the order answered. */
	public get requests(): readonly ReplayedRequest[] {
		return this.#requests;
	}

	/** How far the replay is. */
	public progress(): ReplayProgress {
		return { dispatched: this.#dispatched, total: this.#recording.dispatches.length, unusedAnswers: this.#answers.remaining };
	}

	/** @internal The REST pipeline asks for a recorded answer to `method path` before the world answers. */
	public take(method: string, path: string): RecordedAnswer | undefined {
		return this.#answers.take(method, path);
	}

	/** @internal The REST pipeline reports every answered request. */
	public seen(entry: RequestLogEntry, fromRecording: boolean): void {
		if (!this.#started) return;
		const path = entry.query === undefined ? entry.path : `${entry.path}?${entry.query}`;
		this.#requests.push({ method: entry.method, path, status: entry.status, body: entry.body, fromRecording });
	}

	/** Stops sending. */
	public close(): void {
		this.#closed = true;
	}

	async #run(): Promise<void> {
		const shards = this.#recording.start.shardCount;
		while (!this.#closed && this.#deps.sessions().filter((s) => s.connected).length < shards) await sleep(20);
		if (this.#closed) return;
		this.#started = true;
		const startedAt = Date.now();
		const total = this.#recording.dispatches.length;
		this.#deps.log(`replay: the bot identified; ${total} recorded dispatches follow (${this.#pace} pace)`);
		for (const dispatch of this.#recording.dispatches) {
			if (this.#pace === 'recorded') {
				const wait = startedAt + dispatch.offsetMs - Date.now();
				if (wait > 0) await sleep(wait);
			}
			await this.#catchUp(dispatch);
			if (this.#closed) return;
			this.#send(dispatch);
			this.#dispatched += 1;
		}
		this.#deps.log(`replay: all ${total} dispatches sent; ${this.#answers.remaining} recorded REST answers unused`);
	}

	/** Waits (up to waitForBotMs) until the bot has made as many REST calls as it had when this dispatch was recorded. */
	async #catchUp(dispatch: RecordedDispatch): Promise<void> {
		const deadline = Date.now() + this.#waitMs;
		while (!this.#closed && this.#requests.length < dispatch.restBefore && Date.now() < deadline) await sleep(10);
		if (this.#requests.length < dispatch.restBefore)
			this.#deps.log(
				`replay: the bot made ${this.#requests.length} of the ${dispatch.restBefore} REST calls recorded before ${dispatch.t}; sending it anyway`,
			);
	}

	#send(dispatch: RecordedDispatch): void {
		let data = dispatch.d;
		if (dispatch.t === 'INTERACTION_CREATE' && typeof data === 'object' && data !== null)
			data = this.#interaction(data as Record<string, unknown>);
		this.#deps.dispatch(dispatch.t, data, dispatch.guildId);
	}

	/** The recorded interaction with a fresh token, known to the mock so callbacks and follow-ups it has no recording for work. */
	#interaction(recorded: Record<string, unknown>): Record<string, unknown> {
		const id = typeof recorded['id'] === 'string' ? recorded['id'] : '0';
		const token = InteractionStore.newToken(id);
		const payload = { ...recorded, token };
		const member = recorded['member'] as { user?: { id?: string } } | undefined;
		const user = recorded['user'] as { id?: string } | undefined;
		const message = recorded['message'] as { id?: string } | undefined;
		this.#deps.interactions.add({
			id,
			token,
			type: typeof recorded['type'] === 'number' ? recorded['type'] : 2,
			userId: member?.user?.id ?? user?.id ?? '0',
			channelId: typeof recorded['channel_id'] === 'string' ? recorded['channel_id'] : '0',
			guildId: typeof recorded['guild_id'] === 'string' ? recorded['guild_id'] : undefined,
			messageId: message?.id,
			createdAt: Date.now(),
			payload,
			responses: [],
			followups: [],
			original: undefined,
		});
		return payload;
	}
}
