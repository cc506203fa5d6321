import type { APIInteraction } from 'discord-api-types/v10';

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

/** How an interaction was first answered. */
export type InitialResponseKind = 'reply' | 'deferReply' | 'deferUpdate' | 'update' | 'showModal' | 'respond';

/**
 * One interaction's answer state: when it arrived, its deadlines, and how it was first answered.
 * Kept per payload (not per structure), so every structure over the same INTERACTION_CREATE (the
 * event listener's and the command handler's) sees one state and a second answer is refused
 * whichever of them tries it.
 * @internal
 */
export interface _AnswerState {
	receivedAt: number;
	deadlineAt: number;
	expiresAt: number;
	first: InitialResponseKind | undefined;
	autoDeferred: boolean;
	/** The initial response's request, which edits and follow-ups wait for. */
	ack: Promise<unknown> | undefined;
	timer: NodeJS.Timeout | undefined;
}

const states = new WeakMap<APIInteraction, _AnswerState>();

/** The answer state of `raw`, made on first use (arrived now, Discord's deadlines). @internal */
export function _answerState(raw: APIInteraction): _AnswerState {
	let state = states.get(raw);
	if (state === undefined) {
		const receivedAt = Date.now();
		state = {
			receivedAt,
			deadlineAt: receivedAt + 3000,
			expiresAt: receivedAt + 15 * 60_000,
			first: undefined,
			autoDeferred: false,
			ack: undefined,
			timer: undefined,
		};
		states.set(raw, state);
	}
	return state;
}

/** Applies other deadlines to `raw` (an interaction handler's `timing`), counted from when it arrived. @internal */
export function _setTiming(raw: APIInteraction, timing: InteractionTiming): void {
	const state = _answerState(raw);
	state.deadlineAt = state.receivedAt + (timing.callbackDeadlineMs ?? 3000);
	state.expiresAt = state.receivedAt + (timing.tokenLifetimeMs ?? 15 * 60_000);
}

/**
 * Runs `defer` `marginMs` before `raw`'s deadline unless it was answered by then, and marks it
 * auto-deferred, so that a later `reply()` or `update()` edits the deferred answer instead.
 * @internal
 */
export function _scheduleAutoDefer(
	raw: APIInteraction,
	marginMs: number,
	defer: () => Promise<unknown>,
	onError: (error: unknown) => void,
): void {
	const state = _answerState(raw);
	if (state.first !== undefined || state.timer !== undefined) return;
	state.timer = setTimeout(
		() => {
			state.timer = undefined;
			if (state.first !== undefined) return;
			try {
				// `defer` answers synchronously (the state says so before its request is sent), then the flag is set.
				const sent = defer();
				state.autoDeferred = true;
				sent.catch(onError);
			} catch (error) {
				onError(error);
			}
		},
		Math.max(0, state.deadlineAt - marginMs - Date.now()),
	);
	state.timer.unref();
}

/** Stops a pending auto-defer without answering. @internal */
export function _cancelAutoDefer(raw: APIInteraction): void {
	const state = states.get(raw);
	if (state?.timer !== undefined) clearTimeout(state.timer);
	if (state !== undefined) state.timer = undefined;
}
