/** A gateway session as RESUME needs it: what a restarted process takes over. */
export interface ShardSession {
	readonly sessionId: string;
	/** `resume_gateway_url` from READY. */
	readonly resumeUrl: string;
	/** The last sequence number handled. */
	readonly seq: number;
}

/** How a dispatch's sequence number relates to the last one seen. */
export type SequenceCheck =
	{ readonly kind: 'next' } | { readonly kind: 'gap'; readonly expected: number } | { readonly kind: 'duplicate'; readonly last: number };

/** The common case, shared: no allocation per dispatch. */
const NEXT: SequenceCheck = { kind: 'next' };

/**
 * A shard's gateway session: what RESUME needs (`session_id`, `resume_gateway_url`, the
 * last `seq`) and the sequence check. It outlives connections; a re-identify resets it.
 * @see https://discord.com/developers/docs/events/gateway#resuming
 */
export class SessionState {
	#sessionId: string | undefined;
	#resumeUrl: string | undefined;
	#seq: number | null = null;

	/** The session id from READY, if a session is live. */
	public get sessionId(): string | undefined {
		return this.#sessionId;
	}

	/** `resume_gateway_url` from READY. */
	public get resumeUrl(): string | undefined {
		return this.#resumeUrl;
	}

	/** The last sequence number received, or null before the first dispatch. */
	public get seq(): number | null {
		return this.#seq;
	}

	/** Whether a RESUME can be attempted. */
	public get resumable(): boolean {
		return this.#sessionId !== undefined && this.#resumeUrl !== undefined && this.#seq !== null;
	}

	/** Records READY. */
	public start(sessionId: string, resumeUrl: string): void {
		this.#sessionId = sessionId;
		this.#resumeUrl = resumeUrl;
	}

	/** Takes over a session another process (or an earlier run) started: the next connection resumes it. */
	public restore(session: ShardSession): void {
		this.#sessionId = session.sessionId;
		this.#resumeUrl = session.resumeUrl;
		this.#seq = session.seq;
	}

	/** What RESUME needs, to hand to another process; undefined while no session is live. */
	public snapshot(): ShardSession | undefined {
		if (this.#sessionId === undefined || this.#resumeUrl === undefined || this.#seq === null) return undefined;
		return { sessionId: this.#sessionId, resumeUrl: this.#resumeUrl, seq: this.#seq };
	}

	/** Forgets the session: the next connection identifies. */
	public reset(): void {
		this.#sessionId = undefined;
		this.#resumeUrl = undefined;
		this.#seq = null;
	}

	/**
	 * Checks a dispatch's `s` against the last one. `next` and `gap` advance the sequence;
	 * a `duplicate` (already seen) does not, and the caller drops the dispatch.
	 */
	public observe(s: number): SequenceCheck {
		const last = this.#seq;
		if (last !== null && s <= last) return { kind: 'duplicate', last };
		this.#seq = s;
		if (last !== null && s !== last + 1) return { kind: 'gap', expected: last + 1 };
		return NEXT;
	}
}
