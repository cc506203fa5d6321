import {
	InteractionResponseType,
	MessageFlags,
	Routes,
	type APICommandAutocompleteInteractionResponseCallbackData,
	type APIInteractionResponseCallbackData,
	type APIModalInteractionResponseCallbackData,
	type RESTGetAPIWebhookWithTokenMessageResult,
	type RESTPatchAPIWebhookWithTokenMessageJSONBody,
	type RESTPatchAPIWebhookWithTokenMessageResult,
	type RESTPostAPIInteractionCallbackJSONBody,
	type RESTPostAPIInteractionCallbackWithResponseResult,
	type RESTPostAPIWebhookWithTokenJSONBody,
	type RESTPostAPIWebhookWithTokenWaitResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIFileRequestOptions, APIRequestOptions } from './APIRequestOptions.js';
import { send } from './_send.js';

/** Options of {@link InteractionsAPI.createCallback}. */
export interface InteractionCallbackOptions extends APIFileRequestOptions {
	/** Ask for the [callback response](https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-callback-interaction-callback-response-object) (`?with_response=true`). */
	readonly withResponse?: boolean;
}

/** Options of {@link InteractionsAPI.defer}. */
export interface DeferOptions extends APIRequestOptions {
	/** Make the eventual reply visible only to the user (flag 64). */
	readonly ephemeral?: boolean;
}

/**
 * Answers interactions: the [callback](https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response)
 * (within 3 s, once) and then the original response and follow-ups through the interaction
 * webhook (for 15 minutes). Callbacks and follow-ups authenticate by the interaction token and
 * are exempt from the global rate limit; REST sends callbacks at `high` priority.
 */
export class InteractionsAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** Sends any interaction callback; with `{ withResponse: true }` resolves to Discord's callback response. */
	createCallback(
		interactionId: string,
		token: string,
		body: RESTPostAPIInteractionCallbackJSONBody,
		options: InteractionCallbackOptions & { readonly withResponse: true },
	): Promise<RESTPostAPIInteractionCallbackWithResponseResult>;
	createCallback(
		interactionId: string,
		token: string,
		body: RESTPostAPIInteractionCallbackJSONBody,
		options?: InteractionCallbackOptions,
	): Promise<RESTPostAPIInteractionCallbackWithResponseResult | undefined>;
	async createCallback(
		interactionId: string,
		token: string,
		body: RESTPostAPIInteractionCallbackJSONBody,
		options: InteractionCallbackOptions = {},
	): Promise<RESTPostAPIInteractionCallbackWithResponseResult | undefined> {
		const { withResponse, ...rest } = options;
		const result = await send<RESTPostAPIInteractionCallbackWithResponseResult | undefined>(
			this.rest,
			'POST',
			Routes.interactionCallback(interactionId, token),
			rest,
			body,
			withResponse === true ? { with_response: true } : undefined,
		);
		return withResponse === true ? result : undefined;
	}

	/** Replies with a message (callback type 4, `CHANNEL_MESSAGE_WITH_SOURCE`); `options.files` uploads attachments. */
	async reply(
		interactionId: string,
		token: string,
		data: APIInteractionResponseCallbackData,
		options?: APIFileRequestOptions,
	): Promise<void> {
		await this.createCallback(interactionId, token, { type: InteractionResponseType.ChannelMessageWithSource, data }, options);
	}

	/** Acknowledges now and replies later with {@link editReply} (type 5, `DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE`). */
	async defer(interactionId: string, token: string, options: DeferOptions = {}): Promise<void> {
		const { ephemeral, ...rest } = options;
		const body: RESTPostAPIInteractionCallbackJSONBody =
			ephemeral === true
				? { type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } }
				: { type: InteractionResponseType.DeferredChannelMessageWithSource };
		await this.createCallback(interactionId, token, body, rest);
	}

	/** Acknowledges a component interaction without changing its message yet (type 6, `DEFERRED_UPDATE_MESSAGE`). */
	async deferUpdate(interactionId: string, token: string, options?: APIRequestOptions): Promise<void> {
		await this.createCallback(interactionId, token, { type: InteractionResponseType.DeferredMessageUpdate }, options);
	}

	/** Edits the message a component is attached to (type 7, `UPDATE_MESSAGE`). */
	async update(
		interactionId: string,
		token: string,
		data: APIInteractionResponseCallbackData,
		options?: APIFileRequestOptions,
	): Promise<void> {
		await this.createCallback(interactionId, token, { type: InteractionResponseType.UpdateMessage, data }, options);
	}

	/** Answers an autocomplete interaction with up to 25 choices (type 8). */
	async autocomplete(
		interactionId: string,
		token: string,
		data: APICommandAutocompleteInteractionResponseCallbackData,
		options?: APIRequestOptions,
	): Promise<void> {
		await this.createCallback(interactionId, token, { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data }, options);
	}

	/** Opens a modal (type 9); not allowed in answer to a modal submit. */
	async showModal(
		interactionId: string,
		token: string,
		data: APIModalInteractionResponseCallbackData,
		options?: APIRequestOptions,
	): Promise<void> {
		await this.createCallback(interactionId, token, { type: InteractionResponseType.Modal, data }, options);
	}

	/** [Get Original Interaction Response](https://discord.com/developers/docs/interactions/receiving-and-responding#get-original-interaction-response). */
	getOriginalResponse(applicationId: string, token: string, options?: APIRequestOptions): Promise<RESTGetAPIWebhookWithTokenMessageResult> {
		return send(this.rest, 'GET', Routes.webhookMessage(applicationId, token, '@original'), options);
	}

	/** [Edit Original Interaction Response](https://discord.com/developers/docs/interactions/receiving-and-responding#edit-original-interaction-response): the reply, or the answer to a defer. */
	editReply(
		applicationId: string,
		token: string,
		body: RESTPatchAPIWebhookWithTokenMessageJSONBody,
		options?: APIFileRequestOptions,
	): Promise<RESTPatchAPIWebhookWithTokenMessageResult> {
		return send(this.rest, 'PATCH', Routes.webhookMessage(applicationId, token, '@original'), options, body);
	}

	/** [Delete Original Interaction Response](https://discord.com/developers/docs/interactions/receiving-and-responding#delete-original-interaction-response). */
	async deleteReply(applicationId: string, token: string, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'DELETE', Routes.webhookMessage(applicationId, token, '@original'), options);
	}

	/** [Create Followup Message](https://discord.com/developers/docs/interactions/receiving-and-responding#create-followup-message). */
	followUp(
		applicationId: string,
		token: string,
		body: RESTPostAPIWebhookWithTokenJSONBody,
		options?: APIFileRequestOptions,
	): Promise<RESTPostAPIWebhookWithTokenWaitResult> {
		return send(this.rest, 'POST', Routes.webhook(applicationId, token), options, body);
	}

	/** [Edit Followup Message](https://discord.com/developers/docs/interactions/receiving-and-responding#edit-followup-message). */
	editFollowUp(
		applicationId: string,
		token: string,
		messageId: string,
		body: RESTPatchAPIWebhookWithTokenMessageJSONBody,
		options?: APIFileRequestOptions,
	): Promise<RESTPatchAPIWebhookWithTokenMessageResult> {
		return send(this.rest, 'PATCH', Routes.webhookMessage(applicationId, token, messageId), options, body);
	}

	/** [Delete Followup Message](https://discord.com/developers/docs/interactions/receiving-and-responding#delete-followup-message). */
	async deleteFollowUp(applicationId: string, token: string, messageId: string, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'DELETE', Routes.webhookMessage(applicationId, token, messageId), options);
	}
}
