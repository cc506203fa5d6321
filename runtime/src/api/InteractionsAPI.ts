import {
	InteractionResponseType,
	MessageFlags,
	type APICommandAutocompleteInteractionResponseCallbackData,
	type APIInteractionResponseCallbackData,
	type APIModalInteractionResponseCallbackData,
	type RESTGetAPIInteractionFollowupResult,
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
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';

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

	/** [Create Interaction Response](https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response) of any type; with `{ withResponse: true }` resolves to Discord's callback response. */
	createCallback(
		interactionId: IdOf<'Interaction'>,
		token: string,
		body: RESTPostAPIInteractionCallbackJSONBody,
		options: InteractionCallbackOptions & { readonly withResponse: true },
	): Promise<RESTPostAPIInteractionCallbackWithResponseResult>;
	createCallback(
		interactionId: IdOf<'Interaction'>,
		token: string,
		body: RESTPostAPIInteractionCallbackJSONBody,
		options?: InteractionCallbackOptions,
	): Promise<RESTPostAPIInteractionCallbackWithResponseResult | undefined>;
	async createCallback(
		interactionId: IdOf<'Interaction'>,
		token: string,
		body: RESTPostAPIInteractionCallbackJSONBody,
		options: InteractionCallbackOptions = {},
	): Promise<RESTPostAPIInteractionCallbackWithResponseResult | undefined> {
		const { withResponse, ...rest } = options;
		const result = await call<RESTPostAPIInteractionCallbackWithResponseResult | undefined, 'create_interaction_response'>(
			this.rest,
			'create_interaction_response',
			{ interaction_id: interactionId, interaction_token: token },
			rest,
			body,
			withResponse === true ? { with_response: true } : undefined,
		);
		return withResponse === true ? result : undefined;
	}

	/** Replies with a message (callback type 4, `CHANNEL_MESSAGE_WITH_SOURCE`); `options.files` uploads attachments. */
	async reply(
		interactionId: IdOf<'Interaction'>,
		token: string,
		data: APIInteractionResponseCallbackData,
		options?: APIFileRequestOptions,
	): Promise<void> {
		await this.createCallback(interactionId, token, { type: InteractionResponseType.ChannelMessageWithSource, data }, options);
	}

	/** Acknowledges now and replies later with {@link editReply} (type 5, `DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE`). */
	async defer(interactionId: IdOf<'Interaction'>, token: string, options: DeferOptions = {}): Promise<void> {
		const { ephemeral, ...rest } = options;
		const body: RESTPostAPIInteractionCallbackJSONBody =
			ephemeral === true
				? { type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } }
				: { type: InteractionResponseType.DeferredChannelMessageWithSource };
		await this.createCallback(interactionId, token, body, rest);
	}

	/** Acknowledges a component interaction without changing its message yet (type 6, `DEFERRED_UPDATE_MESSAGE`). */
	async deferUpdate(interactionId: IdOf<'Interaction'>, token: string, options?: APIRequestOptions): Promise<void> {
		await this.createCallback(interactionId, token, { type: InteractionResponseType.DeferredMessageUpdate }, options);
	}

	/** Edits the message a component is attached to (type 7, `UPDATE_MESSAGE`). */
	async update(
		interactionId: IdOf<'Interaction'>,
		token: string,
		data: APIInteractionResponseCallbackData,
		options?: APIFileRequestOptions,
	): Promise<void> {
		await this.createCallback(interactionId, token, { type: InteractionResponseType.UpdateMessage, data }, options);
	}

	/** Answers an autocomplete interaction with up to 25 choices (type 8). */
	async autocomplete(
		interactionId: IdOf<'Interaction'>,
		token: string,
		data: APICommandAutocompleteInteractionResponseCallbackData,
		options?: APIRequestOptions,
	): Promise<void> {
		await this.createCallback(interactionId, token, { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data }, options);
	}

	/** Opens a modal (type 9); not allowed in answer to a modal submit. */
	async showModal(
		interactionId: IdOf<'Interaction'>,
		token: string,
		data: APIModalInteractionResponseCallbackData,
		options?: APIRequestOptions,
	): Promise<void> {
		await this.createCallback(interactionId, token, { type: InteractionResponseType.Modal, data }, options);
	}

	/** [Get Original Interaction Response](https://discord.com/developers/docs/interactions/receiving-and-responding#get-original-interaction-response). */
	getOriginalResponse(
		applicationId: IdOf<'Application'>,
		token: string,
		options?: APIRequestOptions,
	): Promise<RESTGetAPIWebhookWithTokenMessageResult> {
		return call(this.rest, 'get_original_webhook_message', { webhook_id: applicationId, webhook_token: token }, options);
	}

	/** [Edit Original Interaction Response](https://discord.com/developers/docs/interactions/receiving-and-responding#edit-original-interaction-response): the reply, or the answer to a defer. */
	editReply(
		applicationId: IdOf<'Application'>,
		token: string,
		body: RESTPatchAPIWebhookWithTokenMessageJSONBody,
		options?: APIFileRequestOptions,
	): Promise<RESTPatchAPIWebhookWithTokenMessageResult> {
		return call(this.rest, 'update_original_webhook_message', { webhook_id: applicationId, webhook_token: token }, options, body);
	}

	/** [Delete Original Interaction Response](https://discord.com/developers/docs/interactions/receiving-and-responding#delete-original-interaction-response). */
	async deleteReply(applicationId: IdOf<'Application'>, token: string, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_original_webhook_message', { webhook_id: applicationId, webhook_token: token }, options);
	}

	/** [Create Followup Message](https://discord.com/developers/docs/interactions/receiving-and-responding#create-followup-message). */
	followUp(
		applicationId: IdOf<'Application'>,
		token: string,
		body: RESTPostAPIWebhookWithTokenJSONBody,
		options?: APIFileRequestOptions,
	): Promise<RESTPostAPIWebhookWithTokenWaitResult> {
		return call(this.rest, 'execute_webhook', { webhook_id: applicationId, webhook_token: token }, options, body);
	}

	/** [Get Followup Message](https://discord.com/developers/docs/interactions/receiving-and-responding#get-followup-message). */
	getFollowUp(
		applicationId: IdOf<'Application'>,
		token: string,
		messageId: IdOf<'Message'>,
		options?: APIRequestOptions,
	): Promise<RESTGetAPIInteractionFollowupResult> {
		const params = { webhook_id: applicationId, webhook_token: token, message_id: messageId };
		return call(this.rest, 'get_webhook_message', params, options);
	}

	/** [Edit Followup Message](https://discord.com/developers/docs/interactions/receiving-and-responding#edit-followup-message). */
	editFollowUp(
		applicationId: IdOf<'Application'>,
		token: string,
		messageId: IdOf<'Message'>,
		body: RESTPatchAPIWebhookWithTokenMessageJSONBody,
		options?: APIFileRequestOptions,
	): Promise<RESTPatchAPIWebhookWithTokenMessageResult> {
		const params = { webhook_id: applicationId, webhook_token: token, message_id: messageId };
		return call(this.rest, 'update_webhook_message', params, options, body);
	}

	/** [Delete Followup Message](https://discord.com/developers/docs/interactions/receiving-and-responding#delete-followup-message). */
	async deleteFollowUp(
		applicationId: IdOf<'Application'>,
		token: string,
		messageId: IdOf<'Message'>,
		options?: APIRequestOptions,
	): Promise<void> {
		await call(this.rest, 'delete_webhook_message', { webhook_id: applicationId, webhook_token: token, message_id: messageId }, options);
	}
}
