import type { _ViewContext } from '../_viewContext.js';
import type { Webhook } from './Webhook.js';

/** A guild's webhooks (Manage Webhooks). The cache does not keep them; make one with `channel.createWebhook()`. */
export class GuildWebhooks {
	readonly #ctx: _ViewContext;
	readonly #guildId: string;

	/** @internal Made by `guild.webhooks`. */
	constructor(ctx: _ViewContext, guildId: string) {
		this.#ctx = ctx;
		this.#guildId = guildId;
	}

	/** Every webhook of the guild. */
	async fetch(): Promise<Webhook[]> {
		return (await this.#ctx.api.webhooks.getGuildWebhooks(this.#guildId)).map((webhook) => this.#ctx.make.webhook(webhook));
	}
}
