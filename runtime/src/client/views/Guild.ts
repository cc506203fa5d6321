import type {
	APIChannel,
	APIGuild,
	APIGuildMember,
	APIRole,
	GatewayGuildCreateDispatchData,
	RESTGetAPIGuildMembersQuery,
} from 'discord-api-types/v10';
import type { CachedGuild, CachedVoiceState } from '../../cache/index.js';
import type { VoiceAdapterCreator } from '../../voice/index.js';
import { OvenClientError } from '../OvenClientError.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Channel } from './Channel.js';
import { Member } from './Member.js';

/** A guild as Discord sent it (GUILD_CREATE carries channels), or as the cache keeps it. */
export type GuildRecord = APIGuild | GatewayGuildCreateDispatchData | CachedGuild;

/** A guild's members, fetched from the API. */
export interface GuildMembers {
	/** One member by user id. */
	fetch(userId: Snowflake<'User'>): Promise<Member>;
	/** A page of members (`limit` up to 1000, `after`); needs the GuildMembers intent at Discord. */
	fetch(query?: RESTGetAPIGuildMembersQuery): Promise<Member[]>;
}

/**
 * A guild. Works from its id alone (`members.fetch()`); `name`, `channels` and `roles` read
 * the record given or the cache and are empty when neither has them.
 */
export class Guild {
	readonly #ctx: _ViewContext;
	readonly #id: string;
	readonly #record: GuildRecord | undefined;
	#members: GuildMembers | undefined;

	/** @internal Views are made by the client. */
	constructor(ctx: _ViewContext, id: string, record?: GuildRecord) {
		this.#ctx = ctx;
		this.#id = id;
		this.#record = record;
	}

	/** The guild's id. */
	get id(): Snowflake<'Guild'> {
		return this.#id as Snowflake<'Guild'>;
	}

	/** The record: the one this view was made from, else the cached one. */
	get raw(): GuildRecord | undefined {
		return this.#record ?? this.#ctx.cache?.guilds.get(this.#id);
	}

	/** The name, when known. */
	get name(): string | undefined {
		return this.raw?.name;
	}

	/** The channels: from the GUILD_CREATE this view was made from, else the cache; empty when neither has them. */
	get channels(): Channel[] {
		const raw = this.#record;
		if (raw !== undefined && 'channels' in raw && Array.isArray(raw.channels)) {
			return raw.channels.map(
				(channel: APIChannel) =>
					new Channel(this.#ctx, channel.id, { ...channel, guild_id: this.#id } as APIChannel & { guild_id: string }),
			);
		}
		const cached = this.#ctx.cache?.channels.forGuild(this.#id) ?? [];
		return Array.from(cached, (channel) => new Channel(this.#ctx, channel.id, channel));
	}

	/** The roles: from the record this view was made from, else the cache; empty when neither has them. */
	get roles(): readonly Readonly<APIRole>[] {
		const raw = this.#record;
		if (raw !== undefined && 'roles' in raw && Array.isArray(raw.roles)) return raw.roles;
		return Array.from(this.#ctx.cache?.roles.forGuild(this.#id) ?? []);
	}

	/**
	 * Who is in this guild's voice channels, from the cache (needs the GuildVoiceStates
	 * intent and the `voiceStates` cache, on by default); empty when neither has them.
	 */
	get voiceStates(): readonly CachedVoiceState[] {
		return Array.from(this.#ctx.cache?.voiceStates.forGuild(this.#id) ?? []);
	}

	/**
	 * The adapter `@discordjs/voice` joins this guild's voice channels through:
	 * `joinVoiceChannel({ channelId, guildId: guild.id, adapterCreator: guild.voiceAdapterCreator })`.
	 * Op 4 goes out on this guild's shard; the library gets the bot's voice state and server
	 * updates. Calling it on Node.js older than 22.12 throws a `NodeVersionError`.
	 * @throws OvenClientError `CLIENT_NOT_CONNECTED` on a view made outside a client.
	 */
	get voiceAdapterCreator(): VoiceAdapterCreator {
		const voice = this.#ctx.voice;
		if (voice === undefined)
			throw new OvenClientError(
				'CLIENT_NOT_CONNECTED',
				'This guild view has no client: take the guild from an event or a client view to join voice.',
			);
		return voice.creator(this.#id);
	}

	/** Fetches members from the API (not the cache). */
	get members(): GuildMembers {
		this.#members ??= {
			fetch: ((arg?: string | RESTGetAPIGuildMembersQuery): Promise<Member | Member[]> => {
				const wrap = (raw: APIGuildMember): Member => new Member(this.#ctx, this.#id, raw.user.id, raw);
				if (typeof arg === 'string') return this.#ctx.api.guilds.getMember(this.#id, arg).then(wrap);
				return this.#ctx.api.guilds.getMembers(this.#id, arg).then((list) => list.map(wrap));
			}) as GuildMembers['fetch'],
		};
		return this.#members;
	}
}
