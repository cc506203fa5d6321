import type {
	APIInteraction,
	APIInteractionResponseCallbackData,
	APIMessage,
	APIModalInteractionResponseCallbackData,
	RESTPatchAPIWebhookWithTokenMessageJSONBody,
	RESTPostAPIWebhookWithTokenJSONBody,
} from 'discord-api-types/v10';
import { InteractionAlreadyAcknowledgedError } from './InteractionAlreadyAcknowledgedError.js';
import { InteractionContext } from './InteractionContext.js';
import { InteractionError } from './InteractionError.js';
import { _withEphemeral } from './_withEphemeral.js';

/** A message to send: text, or a message body plus `ephemeral`. */
export type InteractionMessage = string | (APIInteractionResponseCallbackData & { readonly ephemeral?: boolean });

/** Turns `ephemeral` into the flag and text into `{ content }`. @internal */
export function toMessageData(message: InteractionMessage): APIInteractionResponseCallbackData {
	if (typeof message === 'string') return { content: message };
	const { ephemeral, ...data } = message;
	return _withEphemeral(data, ephemeral);
}

/**
 * An interaction that can be answered with a message or a modal: commands, components and
 * modal submits. After the first response, use {@link editReply} and {@link followUp}.
 */
export class RepliableContext<I extends APIInteraction = APIInteraction> extends InteractionContext<I> {
	/**
	 * Answers with a message (callback type 4). After an auto-defer it edits the deferred
	 * reply instead, so handlers need not know whether auto-defer fired.
	 * @throws {InteractionAlreadyAcknowledgedError} it was answered already (no request sent).
	 * @throws {InteractionExpiredError} the callback deadline has passed (no request sent).
	 */
	async reply(message: InteractionMessage): Promise<void> {
		if (this.autoDeferred && this.firstResponse === 'defer') {
			await this.editReply(message);
			return;
		}
		await this.callback('reply', { type: 4, data: toMessageData(message) });
	}

	/**
	 * Acknowledges now and answers later with {@link editReply} (callback type 5; the user
	 * sees "thinking…"). A no-op after an auto-defer.
	 */
	async defer(options: { readonly ephemeral?: boolean } = {}): Promise<void> {
		if (this.autoDeferred) return;
		await this.callback('defer', { type: 5, ...(options.ephemeral === true ? { data: _withEphemeral({}, true) } : {}) });
	}

	/** Opens a modal (callback type 9). It must be the first response. */
	async showModal(modal: APIModalInteractionResponseCallbackData): Promise<void> {
		await this.callback('showModal', { type: 9, data: modal });
	}

	/**
	 * Edits the first response's message (`@original`). Needs an earlier reply or defer.
	 * @throws {InteractionExpiredError} the 15-minute token has expired (no request sent).
	 */
	async editReply(message: InteractionMessage): Promise<APIMessage> {
		this.#requireAck('editReply');
		await this.afterAck('editReply');
		const { flags: _flags, ...data } = toMessageData(message);
		return (await this.api.interactions.editReply(
			this.applicationId,
			this.token,
			data as RESTPatchAPIWebhookWithTokenMessageJSONBody,
		)) as APIMessage;
	}

	/**
	 * Sends another message for this interaction. Needs an earlier response.
	 * @throws {InteractionExpiredError} the 15-minute token has expired (no request sent).
	 */
	async followUp(message: InteractionMessage): Promise<APIMessage> {
		this.#requireAck('followUp');
		await this.afterAck('followUp');
		return (await this.api.interactions.followUp(
			this.applicationId,
			this.token,
			toMessageData(message) as RESTPostAPIWebhookWithTokenJSONBody,
		)) as APIMessage;
	}

	#requireAck(attempted: string): void {
		if (!this.acknowledged) {
			throw new InteractionError(
				'INTERACTION_NOT_ACKNOWLEDGED',
				`${attempted}() on interaction ${this.id} needs a first response; call reply() or defer() first.`,
			);
		}
		if (this.firstResponse === 'showModal') throw new InteractionAlreadyAcknowledgedError(this.id, attempted, 'showModal');
	}
}

/**
 * An interaction on a message (a component, or a modal opened from one): it can also
 * update that message.
 */
export class UpdatableContext<I extends APIInteraction = APIInteraction> extends RepliableContext<I> {
	/** Edits the message the component is on (callback type 7). After an auto-defer, edits it through `@original`. */
	async update(message: InteractionMessage): Promise<void> {
		if (this.autoDeferred && this.firstResponse === 'deferUpdate') {
			await this.editReply(message);
			return;
		}
		const { flags: _flags, ...data } = toMessageData(message);
		await this.callback('update', { type: 7, data });
	}

	/** Acknowledges without a visible change, to edit the message later (callback type 6). A no-op after an auto-defer. */
	async deferUpdate(): Promise<void> {
		if (this.autoDeferred) return;
		await this.callback('deferUpdate', { type: 6 });
	}
}
