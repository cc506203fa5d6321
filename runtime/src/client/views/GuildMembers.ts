import type { APIGuildMember, RESTGetAPIGuildMembersQuery, RESTPatchAPIGuildMemberJSONBody } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { BanOptions, Member, MemberWithUser } from './Member.js';

/** A user given by id, or anything with a user id (`User`, `Member`). */
export type UserResolvable = Snowflake<'User'> | { readonly id: Snowflake<'User'> };

const idOf = (user: UserResolvable): string => (typeof user === 'string' ? user : user.id);

/**
 * A guild's members. `get()` and `list()` read the cache (members arrive with GUILD_CREATE for
 * small guilds, joins, messages and fetches; the GuildMembers intent keeps them current);
 * `fetch()` asks Discord; `ban`, `unban`, `kick` and `edit` need only ids.
 */
export class GuildMembers {
	readonly #ctx: _ViewContext;
	readonly #guildId: string;

	/** @internal Made by `guild.members`. */
	constructor(ctx: _ViewContext, guildId: string) {
		this.#ctx = ctx;
		this.#guildId = guildId;
	}

	#wrap = (raw: APIGuildMember): MemberWithUser => this.#ctx.make.member(this.#guildId, raw.user.id, raw) as MemberWithUser;

	/** A cached member, or undefined. */
	get(user: UserResolvable): Member | undefined {
		const id = idOf(user);
		return this.#ctx.cache?.members.has(this.#guildId, id) === true ? this.#ctx.make.member(this.#guildId, id) : undefined;
	}

	/** Every cached member of the guild. */
	list(): Member[] {
		return Array.from(this.#ctx.cache?.members.forGuild(this.#guildId) ?? [], (m) => this.#ctx.make.member(this.#guildId, m.user_id, m));
	}

	/**
	 * The bot's own member: the cached one, else one by id (writes and `fetch()` work); undefined
	 * before the client knows its user.
	 */
	get me(): Member | undefined {
		const userId = this.#ctx.client?.user?.id;
		return userId === undefined ? undefined : (this.get(userId) ?? this.#ctx.make.member(this.#guildId, userId));
	}

	/** Fetches the bot's own member (undefined before the client knows its user). */
	async fetchMe(): Promise<MemberWithUser | undefined> {
		const userId = this.#ctx.client?.user?.id;
		return userId === undefined ? undefined : this.fetch(userId);
	}

	/** One member by user id. */
	fetch(user: UserResolvable): Promise<MemberWithUser>;
	/** A page of members (`limit` up to 1000, `after`); needs the GuildMembers intent at Discord. */
	fetch(query?: RESTGetAPIGuildMembersQuery): Promise<MemberWithUser[]>;
	async fetch(arg?: UserResolvable | RESTGetAPIGuildMembersQuery): Promise<MemberWithUser | MemberWithUser[]> {
		if (typeof arg === 'string' || (arg !== undefined && 'id' in arg)) {
			return this.#wrap(await this.#ctx.api.guilds.getMember(this.#guildId, idOf(arg)));
		}
		return (await this.#ctx.api.guilds.getMembers(this.#guildId, arg)).map(this.#wrap);
	}

	/** Members whose username or nickname starts with `query` (up to `limit`, default 1, at most 1000). */
	async search(query: string, limit = 1): Promise<MemberWithUser[]> {
		return (await this.#ctx.api.guilds.searchMembers(this.#guildId, { query, limit })).map(this.#wrap);
	}

	/** Edits a member (nick, roles, timeout, voice); `reason` goes to the audit log. */
	async edit(user: UserResolvable, body: RESTPatchAPIGuildMemberJSONBody, options?: APIRequestOptions): Promise<MemberWithUser> {
		return this.#wrap(await this.#ctx.api.guilds.editMember(this.#guildId, idOf(user), body, options));
	}

	/** Kicks a member. */
	async kick(user: UserResolvable, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.guilds.kickMember(this.#guildId, idOf(user), options);
	}

	/** Bans a user (member or not), optionally deleting their recent messages. */
	ban(user: UserResolvable, options: BanOptions = {}): Promise<void> {
		return this.#ctx.make.guild(this.#guildId).bans.create(user, options);
	}

	/** Lifts a ban. */
	async unban(user: UserResolvable, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.guilds.unbanMember(this.#guildId, idOf(user), options);
	}
}
