import type { MessageComponentInteraction } from '../client/views/ComponentInteraction.js';

/** Which component interactions a waiter sees. All given conditions must hold. */
export interface ComponentFilterOptions {
	/** Only this exact custom_id. */
	readonly customId?: string;
	/** Only components on this message. */
	readonly messageId?: string;
	/** Only clicks by this user. */
	readonly userId?: string;
	/** Any other condition. */
	readonly filter?: (interaction: MessageComponentInteraction) => boolean;
	/** Stops waiting; the promise rejects with `INTERACTION_COMPONENT_AWAIT_ABORTED`. */
	readonly signal?: AbortSignal;
}

/** Options of `awaitComponent`. */
export interface AwaitComponentOptions extends ComponentFilterOptions {
	/** Give up after this many ms with a {@link ComponentAwaitTimeoutError}. */
	readonly timeoutMs: number;
}

/** Options of `collectComponents`. */
export interface CollectComponentsOptions extends ComponentFilterOptions {
	/** Stop collecting after this many ms; resolves with what was collected (no error). */
	readonly timeoutMs: number;
	/** Stop after this many. */
	readonly max?: number;
	/** Called for each one as it arrives: answer it here (or in the route that also sees it). */
	readonly onCollect?: (interaction: MessageComponentInteraction) => unknown;
}
