import type { _ViewContext } from '../_viewContext.js';
import type { Channel } from './Channel.js';
import type { ChannelResolvable } from './GuildChannels.js';

const idOf = (channel: ChannelResolvable): string => (typeof channel === 'string' ? channel : channel.id);

/** Every channel and thread the bot sees: `get()` and `list()` from the cache, `fetch()` from Discord. */
export class ClientChannels {
	readonly #ctx: _ViewContext;

	/** @internal Made by `client.channels`. */
	constructor(ctx: _ViewContext) {
		this.#ctx = ctx;
	}

	/** A cached channel or thread, or undefined. */
	get(channel: ChannelResolvable): Channel | undefined {
		const record = this.#ctx.cache?.channels.get(idOf(channel));
		return record === undefined ? undefined : this.#ctx.make.channel(record.id, record);
	}

	/** Every cached channel and thread. */
	list(): Channel[] {
		return Array.from(this.#ctx.cache?.channels.values() ?? [], (record) => this.#ctx.make.channel(record.id, record));
	}

	/** One channel or thread by id. */
	async fetch(channel: ChannelResolvable): Promise<Channel> {
		const raw = await this.#ctx.api.channels.get(idOf(channel));
		return this.#ctx.make.channel(raw.id, raw);
	}
}
