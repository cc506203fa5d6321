import type {
	RESTPatchAPIChannelJSONBody,
	RESTPatchAPIGuildChannelPositionsJSONBody,
	RESTPostAPIGuildChannelJSONBody,
} from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { Channel, ChannelRecord } from './Channel.js';
import type { GuildRecord } from './Guild.js';

/** A channel given by id or as a `Channel`. */
export type ChannelResolvable = Snowflake<'Channel'> | { readonly id: Snowflake<'Channel'> };

const idOf = (channel: ChannelResolvable): string => (typeof channel === 'string' ? channel : channel.id);

/**
 * A guild's channels and threads. `get()` and `list()` read the GUILD_CREATE record the guild
 * was made from, else the cache; `fetch()` asks Discord; `create`, `edit` and `delete` write.
 */
export class GuildChannels {
	readonly #ctx: _ViewContext;
	readonly #guildId: string;
	readonly #record: GuildRecord | undefined;

	/** @internal Made by `guild.channels`. */
	constructor(ctx: _ViewContext, guildId: string, record: GuildRecord | undefined) {
		this.#ctx = ctx;
		this.#guildId = guildId;
		this.#record = record;
	}

	#wrap = (raw: ChannelRecord): Channel => this.#ctx.make.channel(raw.id, raw, this.#guildId);

	/** A channel or thread by id, from the guild's record or the cache. */
	get(channel: ChannelResolvable): Channel | undefined {
		const id = idOf(channel);
		return this.list().find((candidate) => candidate.id === id);
	}

	/** Every known channel and thread of the guild. */
	list(): Channel[] {
		const record = this.#record;
		if (record !== undefined && 'channels' in record && Array.isArray(record.channels)) {
			const threads = 'threads' in record && Array.isArray(record.threads) ? record.threads : [];
			return [...record.channels, ...threads].map(this.#wrap);
		}
		return Array.from(this.#ctx.cache?.channels.forGuild(this.#guildId) ?? [], (channel) => this.#ctx.make.channel(channel.id, channel));
	}

	/** One channel by id. */
	fetch(channel: ChannelResolvable): Promise<Channel>;
	/** Every channel of the guild (threads not included: `fetchActiveThreads()`). */
	fetch(): Promise<Channel[]>;
	async fetch(channel?: ChannelResolvable): Promise<Channel | Channel[]> {
		if (channel !== undefined) return this.#wrap(await this.#ctx.api.channels.get(idOf(channel)));
		return (await this.#ctx.api.guilds.getChannels(this.#guildId)).map(this.#wrap);
	}

	/** The guild's active threads. */
	async fetchActiveThreads(): Promise<Channel[]> {
		return (await this.#ctx.api.guilds.getActiveThreads(this.#guildId)).threads.map(this.#wrap);
	}

	/** Creates a channel (`{ name, type, parent_id, permission_overwrites, … }`); `reason` goes to the audit log. */
	async create(body: RESTPostAPIGuildChannelJSONBody, options?: APIRequestOptions): Promise<Channel> {
		return this.#wrap(await this.#ctx.api.guilds.createChannel(this.#guildId, body, options));
	}

	/** Edits a channel. */
	async edit(channel: ChannelResolvable, body: RESTPatchAPIChannelJSONBody, options?: APIRequestOptions): Promise<Channel> {
		return this.#wrap(await this.#ctx.api.channels.edit(idOf(channel), body, options));
	}

	/** Deletes a channel (or closes a thread for good). */
	async delete(channel: ChannelResolvable, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.channels.delete(idOf(channel), options);
	}

	/** Moves channels: `[{ id, position, parent_id?, lock_permissions? }]`. */
	async setPositions(positions: RESTPatchAPIGuildChannelPositionsJSONBody, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.guilds.editChannelPositions(this.#guildId, positions, options);
	}
}
