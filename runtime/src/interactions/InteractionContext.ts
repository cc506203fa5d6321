import type { APIInteraction, APIUser, RESTPostAPIInteractionCallbackJSONBody } from 'discord-api-types/v10';
import { InteractionAlreadyAcknowledgedError } from './InteractionAlreadyAcknowledgedError.js';
import { InteractionExpiredError } from './InteractionExpiredError.js';
import type { InteractionsTransport } from './InteractionsTransport.js';

/** Discord's interaction deadlines; tests against a mock shorten them. */
export interface InteractionTiming {
	/** Time for the first response, in ms. Default 3000. */
	readonly callbackDeadlineMs?: number;
	/** How long the token works for edits and follow-ups, in ms. Default 15 minutes. */
	readonly tokenLifetimeMs?: number;
}

/** Opt-in deferral shortly before the callback deadline when a handler has not answered. */
export interface AutoDeferOptions {
	/** How long before the deadline to defer, in ms. Default 1000. */
	readonly marginMs?: number;
	/** Defer commands ephemerally (the later reply is then ephemeral too). Default false. */
	readonly ephemeral?: boolean;
}

/** What every interaction context is built from. */
export interface InteractionContextInit<I extends APIInteraction = APIInteraction> {
	readonly api: InteractionsTransport;
	readonly applicationId: string;
	readonly interaction: I;
	readonly timing?: InteractionTiming;
	/** `true` for the defaults, or settings; off when absent. */
	readonly autoDefer?: boolean | AutoDeferOptions;
	/** When the interaction arrived (`Date.now()`); default now. */
	readonly receivedAt?: number;
	/** Receives a failed auto-defer request. */
	readonly onAutoDeferError?: (error: unknown) => void;
}

/** How an interaction was first answered. */
export type InitialResponseKind = 'reply' | 'defer' | 'deferUpdate' | 'update' | 'showModal' | 'autocomplete';

/**
 * One received interaction and its answer state: the 3-second deadline for the first
 * response, the 15-minute token, and at most one initial response (a second throws
 * {@link InteractionAlreadyAcknowledgedError} before any request is sent).
 */
export class InteractionContext<I extends APIInteraction = APIInteraction> {
	/** The raw interaction, as INTERACTION_CREATE carried it. */
	readonly interaction: I;
	readonly applicationId: string;
	/** When it arrived (`Date.now()`). */
	readonly receivedAt: number;
	/** `Date.now()` after which a first response is refused. */
	readonly deadlineAt: number;
	/** `Date.now()` after which edits and follow-ups are refused. */
	readonly expiresAt: number;
	/** @internal */
	protected readonly api: InteractionsTransport;
	#first: InitialResponseKind | undefined;
	#autoDeferred = false;
	#ack: Promise<unknown> | undefined;
	#timer: NodeJS.Timeout | undefined;

	constructor(init: InteractionContextInit<I>) {
		this.interaction = init.interaction;
		this.applicationId = init.applicationId;
		this.api = init.api;
		this.receivedAt = init.receivedAt ?? Date.now();
		this.deadlineAt = this.receivedAt + (init.timing?.callbackDeadlineMs ?? 3000);
		this.expiresAt = this.receivedAt + (init.timing?.tokenLifetimeMs ?? 15 * 60_000);
		const auto = init.autoDefer === true ? {} : init.autoDefer === false ? undefined : init.autoDefer;
		const kind = this.autoDeferKind(auto?.ephemeral ?? false);
		if (auto !== undefined && kind !== undefined) {
			const delay = Math.max(0, this.deadlineAt - (auto.marginMs ?? 1000) - Date.now());
			this.#timer = setTimeout(() => {
				this.#timer = undefined;
				if (this.#first !== undefined) return;
				this.#autoDeferred = true;
				this.callback(kind.kind, kind.body).catch((error: unknown) => init.onAutoDeferError?.(error));
			}, delay);
			this.#timer.unref();
		}
	}

	/** The interaction id. */
	get id(): string {
		return this.interaction.id;
	}

	/** The interaction token (a secret: never log it). */
	get token(): string {
		return this.interaction.token;
	}

	/** Who triggered it: the member's user in guilds, the user elsewhere. */
	get user(): APIUser {
		return (this.interaction.member?.user ?? this.interaction.user) as APIUser;
	}

	/** The guild, or undefined in DMs. */
	get guildId(): string | undefined {
		return this.interaction.guild_id;
	}

	/** Whether a first response was sent (or is being sent). */
	get acknowledged(): boolean {
		return this.#first !== undefined;
	}

	/** How the interaction was first answered, if it was. */
	get firstResponse(): InitialResponseKind | undefined {
		return this.#first;
	}

	/** Whether auto-defer answered it because the handler had not in time. */
	get autoDeferred(): boolean {
		return this.#autoDeferred;
	}

	/** Milliseconds left for the first response (negative once passed). */
	get remainingMs(): number {
		return this.deadlineAt - Date.now();
	}

	/** What auto-defer sends for this kind of interaction; undefined where it cannot defer. @internal */
	protected autoDeferKind(ephemeral: boolean): { kind: InitialResponseKind; body: RESTPostAPIInteractionCallbackJSONBody } | undefined {
		const type = this.interaction.type;
		if (type === 2 || (type === 5 && this.interaction.message === undefined)) {
			return { kind: 'defer', body: { type: 5, ...(ephemeral ? { data: { flags: 64 } } : {}) } };
		}
		if (type === 3 || type === 5) return { kind: 'deferUpdate', body: { type: 6 } };
		return undefined;
	}

	/**
	 * Sends the initial response. Checks, before any request: not answered yet, and the
	 * deadline not passed. @internal
	 */
	protected callback(kind: InitialResponseKind, body: RESTPostAPIInteractionCallbackJSONBody): Promise<unknown> {
		if (this.#first !== undefined) throw new InteractionAlreadyAcknowledgedError(this.id, kind, this.#first);
		const late = Date.now() - this.deadlineAt;
		if (late > 0) throw new InteractionExpiredError('INTERACTION_CALLBACK_DEADLINE_PASSED', this.id, kind, late);
		this.#first = kind;
		if (this.#timer !== undefined) clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#ack = this.api.interactions.createCallback(this.id, this.token, body);
		return this.#ack;
	}

	/** Throws if the 15-minute token has expired; waits for the initial response to land. @internal */
	protected async afterAck(attempted: string): Promise<void> {
		const late = Date.now() - this.expiresAt;
		if (late > 0) throw new InteractionExpiredError('INTERACTION_TOKEN_EXPIRED', this.id, attempted, late);
		await this.#ack;
	}

	/** Stops the auto-defer timer without answering. Idempotent. */
	dispose(): void {
		if (this.#timer !== undefined) clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}
