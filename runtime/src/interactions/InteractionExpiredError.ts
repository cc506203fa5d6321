import { InteractionError } from './InteractionError.js';

/**
 * Too late to act on an interaction: the first response came after the callback deadline
 * (3 s, code `INTERACTION_CALLBACK_DEADLINE_PASSED`; Discord would answer 10062), or an
 * edit or follow-up came after the token's 15 minutes (`INTERACTION_TOKEN_EXPIRED`;
 * Discord would answer 10015). Thrown before any request is sent. Defer early (or turn on
 * `autoDefer`) for slow handlers; send a channel message instead of a follow-up after 15 minutes.
 */
export class InteractionExpiredError extends InteractionError<'INTERACTION_CALLBACK_DEADLINE_PASSED' | 'INTERACTION_TOKEN_EXPIRED'> {
	/** The interaction id. */
	readonly interactionId: string;
	/** How late, in ms. */
	readonly lateByMs: number;

	/**
	 * @param code Which deadline passed.
	 * @param interactionId The interaction.
	 * @param attempted The method that was called.
	 * @param lateByMs How late it was.
	 */
	constructor(
		code: 'INTERACTION_CALLBACK_DEADLINE_PASSED' | 'INTERACTION_TOKEN_EXPIRED',
		interactionId: string,
		attempted: string,
		lateByMs: number,
	) {
		const what =
			code === 'INTERACTION_CALLBACK_DEADLINE_PASSED'
				? 'the first response is due within the callback deadline (3 s); call deferReply() (or deferUpdate()) sooner, or enable autoDefer'
				: 'the interaction token lasts 15 minutes; send a channel message instead';
		super(code, `${attempted}() on interaction ${interactionId} is ${lateByMs} ms too late: ${what}.`);
		this.interactionId = interactionId;
		this.lateByMs = lateByMs;
	}
}
