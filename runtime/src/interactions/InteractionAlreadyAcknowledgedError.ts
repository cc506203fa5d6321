import { InteractionError } from './InteractionError.js';

/**
 * A second initial response (reply, defer, update, modal, autocomplete) to one interaction.
 * Thrown before any request is sent; Discord would answer 40060. Use `followUp` or
 * `editReply` after the first response.
 */
export class InteractionAlreadyAcknowledgedError extends InteractionError<'INTERACTION_ALREADY_ACKNOWLEDGED'> {
	/** The interaction id. */
	readonly interactionId: string;
	/** How it was first answered, e.g. `reply` or `defer`. */
	readonly firstResponse: string;

	/**
	 * @param interactionId The interaction.
	 * @param attempted The method that was called the second time.
	 * @param firstResponse The method that answered first.
	 */
	constructor(interactionId: string, attempted: string, firstResponse: string) {
		super(
			'INTERACTION_ALREADY_ACKNOWLEDGED',
			`Interaction ${interactionId} was already answered with ${firstResponse}(); ${attempted}() would get 40060. Use followUp() or editReply() after the first response.`,
		);
		this.interactionId = interactionId;
		this.firstResponse = firstResponse;
	}
}
