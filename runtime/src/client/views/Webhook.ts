import type { APIWebhook, RESTPatchAPIWebhookJSONBody, RESTPostAPIWebhookWithTokenJSONBody } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { WithFileFields } from '../../api/dataURI.js';
import { OvenClientError } from '../OvenClientError.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import type { Channel } from './Channel.js';
import type { Message } from './Message.js';
import { _messageBody, type WithFiles } from './_messageBody.js';

/** What `webhook.send()` takes: text, or the message body (`username`, `avatar_url`, `files`, …). */
export type WebhookMessageInput = string | (RESTPostAPIWebhookWithTokenJSONBody & WithFiles);

/**
 * A webhook. The ones the bot made (and incoming webhooks fetched with Manage Webhooks) carry
 * their `token`, which `send()` needs: treat it as a secret.
 */
export class Webhook extends Base {
	readonly #raw: APIWebhook;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, raw: APIWebhook) {
		super(ctx);
		this.#raw = raw;
	}

	get id(): Snowflake<'Webhook'> {
		return this.#raw.id as Snowflake<'Webhook'>;
	}

	/** The default name messages show. */
	get name(): string | null {
		return this.#raw.name;
	}

	/** The token (a secret: never log it); absent on webhooks the bot cannot manage. */
	get token(): string | undefined {
		return this.#raw.token;
	}

	/** The channel it posts to. */
	get channel(): Channel | undefined {
		const id = this.#raw.channel_id;
		return id === null ? undefined : this.ctx.make.channel(id, undefined, this.#raw.guild_id ?? undefined);
	}

	/** `https://discord.com/api/webhooks/{id}/{token}` (it contains the token). */
	get url(): string | undefined {
		return this.#raw.token === undefined ? undefined : `https://discord.com/api/webhooks/${this.#raw.id}/${this.#raw.token}`;
	}

	/** The webhook as Discord sent it. */
	get raw(): APIWebhook {
		return this.#raw;
	}

	#token(): string {
		const token = this.#raw.token;
		if (token === undefined) {
			throw new OvenClientError(
				'CLIENT_WEBHOOK_TOKEN',
				`Webhook ${this.#raw.id} came without its token; only webhooks the bot can manage carry one.`,
			);
		}
		return token;
	}

	/** Posts a message through the webhook; resolves to it. */
	async send(input: WebhookMessageInput): Promise<Message> {
		const { body, options } = _messageBody<RESTPostAPIWebhookWithTokenJSONBody>(input);
		return this.ctx.make.message(await this.ctx.api.webhooks.execute(this.#raw.id, this.#token(), body, options ?? {}));
	}

	/** Edits a message the webhook sent. */
	async editMessage(message: Snowflake<'Message'> | { readonly id: Snowflake<'Message'> }, input: WebhookMessageInput): Promise<Message> {
		const { body, options } = _messageBody<RESTPostAPIWebhookWithTokenJSONBody>(input);
		const id = typeof message === 'string' ? message : message.id;
		return this.ctx.make.message(await this.ctx.api.webhooks.editMessage(this.#raw.id, this.#token(), id, body, options ?? {}));
	}

	/** Deletes a message the webhook sent. */
	async deleteMessage(message: Snowflake<'Message'> | { readonly id: Snowflake<'Message'> }): Promise<void> {
		await this.ctx.api.webhooks.deleteMessage(this.#raw.id, this.#token(), typeof message === 'string' ? message : message.id);
	}

	/** Edits the webhook (name, avatar, channel). */
	async edit(body: WithFileFields<RESTPatchAPIWebhookJSONBody, 'avatar'>, options?: APIRequestOptions): Promise<Webhook> {
		return this.ctx.make.webhook(await this.ctx.api.webhooks.edit(this.#raw.id, body, options));
	}

	/** Deletes the webhook. */
	async delete(options?: APIRequestOptions): Promise<void> {
		await this.ctx.api.webhooks.delete(this.#raw.id, options);
	}
}
