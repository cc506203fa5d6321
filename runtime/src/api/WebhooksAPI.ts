import {
	Routes,
	type RESTPatchAPIWebhookWithTokenMessageJSONBody,
	type RESTPatchAPIWebhookWithTokenMessageResult,
	type RESTPostAPIWebhookWithTokenJSONBody,
	type RESTPostAPIWebhookWithTokenWaitResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIFileRequestOptions } from './APIRequestOptions.js';
import { send } from './_send.js';

/** Options of {@link WebhooksAPI.execute}. */
export interface ExecuteWebhookOptions extends APIFileRequestOptions {
	/** Post into this thread of the webhook's channel. */
	readonly threadId?: string;
	/** Wait for the message and resolve to it (`?wait=true`); default `true`. */
	readonly wait?: boolean;
}

/**
 * Webhooks by id and token, after Discord's [webhook docs](https://discord.com/developers/docs/resources/webhook).
 * These authenticate by the webhook token; the bot token is not needed.
 */
export class WebhooksAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Execute Webhook](https://discord.com/developers/docs/resources/webhook#execute-webhook); resolves to the message, or `undefined` with `wait: false`. */
	execute(
		webhookId: string,
		token: string,
		body: RESTPostAPIWebhookWithTokenJSONBody,
		options: ExecuteWebhookOptions & { readonly wait: false },
	): Promise<undefined>;
	execute(
		webhookId: string,
		token: string,
		body: RESTPostAPIWebhookWithTokenJSONBody,
		options?: ExecuteWebhookOptions,
	): Promise<RESTPostAPIWebhookWithTokenWaitResult>;
	async execute(
		webhookId: string,
		token: string,
		body: RESTPostAPIWebhookWithTokenJSONBody,
		options: ExecuteWebhookOptions = {},
	): Promise<RESTPostAPIWebhookWithTokenWaitResult | undefined> {
		const { wait = true, threadId, ...rest } = options;
		const result = await send<RESTPostAPIWebhookWithTokenWaitResult>(this.rest, 'POST', Routes.webhook(webhookId, token), rest, body, {
			wait,
			thread_id: threadId,
		});
		return wait ? result : undefined;
	}

	/** [Edit Webhook Message](https://discord.com/developers/docs/resources/webhook#edit-webhook-message); `messageId` may be `@original` for interactions. */
	editMessage(
		webhookId: string,
		token: string,
		messageId: string,
		body: RESTPatchAPIWebhookWithTokenMessageJSONBody,
		options: APIFileRequestOptions & { readonly threadId?: string } = {},
	): Promise<RESTPatchAPIWebhookWithTokenMessageResult> {
		const { threadId, ...rest } = options;
		return send(
			this.rest,
			'PATCH',
			Routes.webhookMessage(webhookId, token, messageId),
			rest,
			body,
			threadId === undefined ? undefined : { thread_id: threadId },
		);
	}
}
