import {
	type APIInteraction,
	type APIInteractionResponseCallbackData,
	InteractionResponseType,
	type RESTPatchAPIWebhookWithTokenMessageJSONBody,
} from 'discord-api-types/v10';
import type { Message } from './Message.js';
import { RepliableInteraction, _replyBody, type InteractionEditOptions } from './RepliableInteraction.js';

/**
 * An interaction on a message (a component, or a modal opened from one): besides replying, it
 * can update that message.
 */
export class UpdatableInteraction<I extends APIInteraction = APIInteraction> extends RepliableInteraction<I> {
	/**
	 * Edits the message the component is on (callback type 7) and resolves to it. After an
	 * auto-defer it edits it through `@original`.
	 */
	async update(options: InteractionEditOptions): Promise<Message> {
		if (this.autoDeferred && this.firstResponse === 'deferUpdate') return this.editReply(options);
		const { body, options: request } = _replyBody<RESTPatchAPIWebhookWithTokenMessageJSONBody>(options);
		const data = body as APIInteractionResponseCallbackData;
		return this.responseMessage(await this.callback('update', { type: InteractionResponseType.UpdateMessage, data }, request));
	}

	/** Acknowledges without a visible change, to edit the message later with `editReply` (callback type 6). A no-op after an auto-defer. */
	async deferUpdate(): Promise<void> {
		if (this.autoDeferred) return;
		await this.callback('deferUpdate', { type: InteractionResponseType.DeferredMessageUpdate });
	}
}
