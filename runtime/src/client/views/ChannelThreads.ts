import type {
	APIChannel,
	RESTGetAPIChannelThreadsArchivedQuery,
	RESTPostAPIChannelThreadsJSONBody,
	RESTPostAPIGuildForumThreadsJSONBody,
} from 'discord-api-types/v10';
import type { APIFileRequestOptions } from '../../api/APIRequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Channel } from './Channel.js';

/** Options of {@link ChannelThreads.fetchArchived}. */
export interface FetchArchivedThreadsOptions extends RESTGetAPIChannelThreadsArchivedQuery {
	/** `public` (default), `private` (needs Manage Threads) or `joined` (private ones the bot joined). */
	readonly type?: 'public' | 'private' | 'joined';
}

/**
 * The threads of a text, announcement or forum channel: create one, fetch the active and
 * archived ones, list the cached ones.
 */
export class ChannelThreads {
	readonly #ctx: _ViewContext;
	readonly #channelId: string;
	readonly #guildId: string | undefined;

	/** @internal Made by `channel.threads`. */
	constructor(ctx: _ViewContext, channelId: string, guildId: string | undefined) {
		this.#ctx = ctx;
		this.#channelId = channelId;
		this.#guildId = guildId;
	}

	#wrap = (raw: APIChannel): Channel => this.#ctx.make.channel(raw.id, raw, this.#guildId);

	/** The cached threads of this channel. */
	list(): Channel[] {
		const guildId = this.#guildId;
		if (guildId === undefined) return [];
		return Array.from(this.#ctx.cache?.channels.forGuild(guildId) ?? [])
			.filter((channel) => channel.parent_id === this.#channelId && channel.thread_metadata !== null)
			.map((channel) => this.#ctx.make.channel(channel.id, channel));
	}

	/**
	 * Starts a thread without a message (`{ name, type, auto_archive_duration, invitable }`), or
	 * in a forum or media channel with its first message (`{ name, message: { content } }`).
	 */
	async create(
		body: RESTPostAPIChannelThreadsJSONBody | RESTPostAPIGuildForumThreadsJSONBody,
		options?: APIFileRequestOptions,
	): Promise<Channel> {
		return this.#wrap(await this.#ctx.api.channels.createThread(this.#channelId, body, options));
	}

	/** The channel's active threads (from the guild's list of active threads). */
	async fetchActive(): Promise<Channel[]> {
		const guildId = this.#guildId ?? ((await this.#ctx.api.channels.get(this.#channelId)) as { guild_id?: string }).guild_id;
		if (guildId === undefined) return [];
		const { threads } = await this.#ctx.api.guilds.getActiveThreads(guildId);
		return threads.filter((thread) => 'parent_id' in thread && thread.parent_id === this.#channelId).map(this.#wrap);
	}

	/** Archived threads, newest archived first. */
	async fetchArchived(options: FetchArchivedThreadsOptions = {}): Promise<Channel[]> {
		const { type = 'public', ...query } = options;
		const api = this.#ctx.api.channels;
		const page =
			type === 'private'
				? await api.getPrivateArchivedThreads(this.#channelId, query)
				: type === 'joined'
					? await api.getJoinedPrivateArchivedThreads(this.#channelId, query)
					: await api.getPublicArchivedThreads(this.#channelId, query);
		return page.threads.map(this.#wrap);
	}
}
