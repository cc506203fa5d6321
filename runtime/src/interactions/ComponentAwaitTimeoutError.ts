import { InteractionError } from './InteractionError.js';

/** `awaitComponent` saw no matching component interaction within its `timeoutMs`. */
export class ComponentAwaitTimeoutError extends InteractionError<'INTERACTION_COMPONENT_AWAIT_TIMEOUT'> {
	/** The timeout that passed, in ms. */
	readonly timeoutMs: number;

	/** @param timeoutMs The timeout that passed. */
	constructor(timeoutMs: number) {
		super(
			'INTERACTION_COMPONENT_AWAIT_TIMEOUT',
			`No matching component interaction within ${timeoutMs} ms. Catch this error to disable the buttons or tell the user the prompt expired.`,
		);
		this.timeoutMs = timeoutMs;
	}
}
