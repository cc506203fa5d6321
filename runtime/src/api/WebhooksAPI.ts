import type {
	RESTGetAPIChannelWebhooksResult,
	RESTGetAPIGuildWebhooksResult,
	RESTGetAPIWebhookResult,
	RESTGetAPIWebhookWithTokenMessageResult,
	RESTGetAPIWebhookWithTokenResult,
	RESTPatchAPIWebhookJSONBody,
	RESTPatchAPIWebhookResult,
	RESTPatchAPIWebhookWithTokenJSONBody,
	RESTPatchAPIWebhookWithTokenMessageJSONBody,
	RESTPatchAPIWebhookWithTokenMessageResult,
	RESTPatchAPIWebhookWithTokenResult,
	RESTPostAPIChannelWebhookJSONBody,
	RESTPostAPIChannelWebhookResult,
	RESTPostAPIWebhookWithTokenJSONBody,
	RESTPostAPIWebhookWithTokenWaitResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIFileRequestOptions, APIRequestOptions } from './APIRequestOptions.js';
import type { WithFileFields } from './dataURI.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';
import { resolveFileFields } from './_fileFields.js';

/** Options of the methods that reach one message of a webhook. */
export interface WebhookMessageOptions extends APIFileRequestOptions {
	/** The message is in this thread of the webhook's channel (`?thread_id=`). */
	readonly threadId?: IdOf<'Channel'>;
}

/** Options of {@link WebhooksAPI.execute} and its Slack and GitHub forms. */
export interface ExecuteWebhookOptions extends WebhookMessageOptions {
	/** Wait for the message and resolve to it (`?wait=true`); default `true`. */
	readonly wait?: boolean;
	/** Let a webhook not owned by an application send components (`?with_components=true`). */
	readonly withComponents?: boolean;
}

/** A Slack or GitHub webhook payload, as that service sends it. */
export type ForeignWebhookPayload = Readonly<Record<string, unknown>>;

/**
 * Webhooks, after Discord's [webhook docs](https://discord.com/developers/docs/resources/webhook):
 * managed with the bot token (create, list, edit, delete), and used by id and token (execute,
 * messages), which needs no bot token. `avatar` takes a data URI or a file.
 */
export class WebhooksAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Create Webhook](https://discord.com/developers/docs/resources/webhook#create-webhook); needs MANAGE_WEBHOOKS. */
	async create(
		channelId: IdOf<'Channel'>,
		body: WithFileFields<RESTPostAPIChannelWebhookJSONBody, 'avatar'>,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIChannelWebhookResult> {
		return call(this.rest, 'create_webhook', { channel_id: channelId }, options, await resolveFileFields(body, ['avatar']));
	}

	/** [Get Channel Webhooks](https://discord.com/developers/docs/resources/webhook#get-channel-webhooks). */
	getChannelWebhooks(channelId: IdOf<'Channel'>, options?: APIRequestOptions): Promise<RESTGetAPIChannelWebhooksResult> {
		return call(this.rest, 'list_channel_webhooks', { channel_id: channelId }, options);
	}

	/** [Get Guild Webhooks](https://discord.com/developers/docs/resources/webhook#get-guild-webhooks). */
	getGuildWebhooks(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildWebhooksResult> {
		return call(this.rest, 'get_guild_webhooks', { guild_id: guildId }, options);
	}

	/** [Get Webhook](https://discord.com/developers/docs/resources/webhook#get-webhook). */
	get(webhookId: IdOf<'Webhook'>, options?: APIRequestOptions): Promise<RESTGetAPIWebhookResult> {
		return call(this.rest, 'get_webhook', { webhook_id: webhookId }, options);
	}

	/** [Modify Webhook](https://discord.com/developers/docs/resources/webhook#modify-webhook); `channel_id` moves it. */
	async edit(
		webhookId: IdOf<'Webhook'>,
		body: WithFileFields<RESTPatchAPIWebhookJSONBody, 'avatar'>,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIWebhookResult> {
		return call(this.rest, 'update_webhook', { webhook_id: webhookId }, options, await resolveFileFields(body, ['avatar']));
	}

	/** [Delete Webhook](https://discord.com/developers/docs/resources/webhook#delete-webhook). */
	async delete(webhookId: IdOf<'Webhook'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_webhook', { webhook_id: webhookId }, options);
	}

	/** [Get Webhook with Token](https://discord.com/developers/docs/resources/webhook#get-webhook-with-token) (no `user` field). */
	getWithToken(webhookId: IdOf<'Webhook'>, token: string, options?: APIRequestOptions): Promise<RESTGetAPIWebhookWithTokenResult> {
		return call(this.rest, 'get_webhook_by_token', { webhook_id: webhookId, webhook_token: token }, options);
	}

	/** [Modify Webhook with Token](https://discord.com/developers/docs/resources/webhook#modify-webhook-with-token): name and avatar. */
	async editWithToken(
		webhookId: IdOf<'Webhook'>,
		token: string,
		body: WithFileFields<RESTPatchAPIWebhookWithTokenJSONBody, 'avatar'>,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIWebhookWithTokenResult> {
		const json = await resolveFileFields(body, ['avatar']);
		return call(this.rest, 'update_webhook_by_token', { webhook_id: webhookId, webhook_token: token }, options, json);
	}

	/** [Delete Webhook with Token](https://discord.com/developers/docs/resources/webhook#delete-webhook-with-token). */
	async deleteWithToken(webhookId: IdOf<'Webhook'>, token: string, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_webhook_by_token', { webhook_id: webhookId, webhook_token: token }, options);
	}

	/** [Execute Webhook](https://discord.com/developers/docs/resources/webhook#execute-webhook); resolves to the message, or `undefined` with `wait: false`. */
	execute(
		webhookId: IdOf<'Webhook'>,
		token: string,
		body: RESTPostAPIWebhookWithTokenJSONBody,
		options: ExecuteWebhookOptions & { readonly wait: false },
	): Promise<undefined>;
	execute(
		webhookId: IdOf<'Webhook'>,
		token: string,
		body: RESTPostAPIWebhookWithTokenJSONBody,
		options?: ExecuteWebhookOptions,
	): Promise<RESTPostAPIWebhookWithTokenWaitResult>;
	async execute(
		webhookId: IdOf<'Webhook'>,
		token: string,
		body: RESTPostAPIWebhookWithTokenJSONBody,
		options: ExecuteWebhookOptions = {},
	): Promise<RESTPostAPIWebhookWithTokenWaitResult | undefined> {
		const { wait = true, threadId, withComponents, ...rest } = options;
		const query = { wait, thread_id: threadId, with_components: withComponents };
		const result = await call<RESTPostAPIWebhookWithTokenWaitResult, 'execute_webhook'>(
			this.rest,
			'execute_webhook',
			{ webhook_id: webhookId, webhook_token: token },
			rest,
			body,
			query,
		);
		return wait ? result : undefined;
	}

	/** [Execute Slack-Compatible Webhook](https://discord.com/developers/docs/resources/webhook#execute-slackcompatible-webhook); the message with `wait: true`. */
	async executeSlack(
		webhookId: IdOf<'Webhook'>,
		token: string,
		body: ForeignWebhookPayload,
		options: Omit<ExecuteWebhookOptions, 'files' | 'withComponents'> = {},
	): Promise<RESTPostAPIWebhookWithTokenWaitResult | undefined> {
		const { wait, threadId, ...rest } = options;
		const params = { webhook_id: webhookId, webhook_token: token };
		return call(this.rest, 'execute_slack_compatible_webhook', params, rest, body, { wait, thread_id: threadId });
	}

	/** [Execute GitHub-Compatible Webhook](https://discord.com/developers/docs/resources/webhook#execute-githubcompatible-webhook); the message with `wait: true`. */
	async executeGitHub(
		webhookId: IdOf<'Webhook'>,
		token: string,
		body: ForeignWebhookPayload,
		options: Omit<ExecuteWebhookOptions, 'files' | 'withComponents'> = {},
	): Promise<RESTPostAPIWebhookWithTokenWaitResult | undefined> {
		const { wait, threadId, ...rest } = options;
		const params = { webhook_id: webhookId, webhook_token: token };
		return call(this.rest, 'execute_github_compatible_webhook', params, rest, body, { wait, thread_id: threadId });
	}

	/** [Get Webhook Message](https://discord.com/developers/docs/resources/webhook#get-webhook-message); `messageId` may be `@original` for interactions. */
	getMessage(
		webhookId: IdOf<'Webhook'>,
		token: string,
		messageId: IdOf<'Message'> | '@original',
		options: Omit<WebhookMessageOptions, 'files'> = {},
	): Promise<RESTGetAPIWebhookWithTokenMessageResult> {
		const { threadId, ...rest } = options;
		const params = { webhook_id: webhookId, webhook_token: token };
		const query = { thread_id: threadId };
		return messageId === '@original'
			? call(this.rest, 'get_original_webhook_message', params, rest, undefined, query)
			: call(this.rest, 'get_webhook_message', { ...params, message_id: messageId }, rest, undefined, query);
	}

	/** [Edit Webhook Message](https://discord.com/developers/docs/resources/webhook#edit-webhook-message); `messageId` may be `@original` for interactions. */
	editMessage(
		webhookId: IdOf<'Webhook'>,
		token: string,
		messageId: IdOf<'Message'> | '@original',
		body: RESTPatchAPIWebhookWithTokenMessageJSONBody,
		options: WebhookMessageOptions = {},
	): Promise<RESTPatchAPIWebhookWithTokenMessageResult> {
		const { threadId, ...rest } = options;
		const params = { webhook_id: webhookId, webhook_token: token };
		const query = { thread_id: threadId };
		return messageId === '@original'
			? call(this.rest, 'update_original_webhook_message', params, rest, body, query)
			: call(this.rest, 'update_webhook_message', { ...params, message_id: messageId }, rest, body, query);
	}

	/** [Delete Webhook Message](https://discord.com/developers/docs/resources/webhook#delete-webhook-message); `messageId` may be `@original` for interactions. */
	async deleteMessage(
		webhookId: IdOf<'Webhook'>,
		token: string,
		messageId: IdOf<'Message'> | '@original',
		options: Omit<WebhookMessageOptions, 'files'> = {},
	): Promise<void> {
		const { threadId, ...rest } = options;
		const params = { webhook_id: webhookId, webhook_token: token };
		const query = { thread_id: threadId };
		await (messageId === '@original'
			? call(this.rest, 'delete_original_webhook_message', params, rest, undefined, query)
			: call(this.rest, 'delete_webhook_message', { ...params, message_id: messageId }, rest, undefined, query));
	}
}
