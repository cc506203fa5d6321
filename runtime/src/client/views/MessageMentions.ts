import type { APIUser } from 'discord-api-types/v10';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { Channel } from './Channel.js';
import type { Member } from './Member.js';
import type { MessageRecord } from './Message.js';
import type { Role } from './Role.js';
import type { User } from './User.js';

type MentionedUser = APIUser & { readonly member?: object };

/**
 * Who and what a message mentions: users (with their members in guilds), roles, channels,
 * `@everyone`, and the author of the message it replies to. Read from the payload or the
 * cached record; a cached record keeps mentioned users' ids, the users being in the cache.
 */
export class MessageMentions {
	readonly #ctx: _ViewContext;
	readonly #raw: MessageRecord;
	readonly #guildId: string | undefined;

	/** @internal Made by `message.mentions`. */
	constructor(ctx: _ViewContext, raw: MessageRecord, guildId: string | undefined) {
		this.#ctx = ctx;
		this.#raw = raw;
		this.#guildId = guildId;
	}

	#users(): readonly MentionedUser[] | readonly string[] {
		return 'mentions' in this.#raw ? (this.#raw.mentions as readonly MentionedUser[]) : this.#raw.mention_ids;
	}

	/** The mentioned users' ids, in the order Discord lists them. */
	get userIds(): readonly Snowflake<'User'>[] {
		return this.#users().map((user) => (typeof user === 'string' ? user : user.id)) as Snowflake<'User'>[];
	}

	/** The mentioned users. */
	get users(): User[] {
		return this.#users().map((user) =>
			this.#ctx.make.user(typeof user === 'string' ? (this.#ctx.cache?.users.get(user) ?? { id: user }) : user),
		);
	}

	/** The mentioned users as guild members (in guilds; from the payload's partial members, else the cache). */
	get members(): Member[] {
		const guildId = this.#guildId;
		if (guildId === undefined) return [];
		return this.#users().map((user) =>
			typeof user === 'string'
				? this.#ctx.make.member(guildId, user)
				: this.#ctx.make.member(guildId, user.id, user.member as Parameters<_ViewContext['make']['member']>[2], user),
		);
	}

	/** The mentioned roles' ids. */
	get roleIds(): readonly Snowflake<'Role'>[] {
		return this.#raw.mention_roles as readonly Snowflake<'Role'>[];
	}

	/** The mentioned roles the cache (or the guild record) knows. */
	get roles(): Role[] {
		const guildId = this.#guildId;
		if (guildId === undefined) return [];
		const roles = this.#ctx.make.guild(guildId).roles;
		return this.roleIds.flatMap((id) => roles.get(id) ?? []);
	}

	/** The channels linked in the content (`<#id>`). */
	get channels(): Channel[] {
		const ids = new Set(Array.from(this.#raw.content.matchAll(/<#(\d{17,20})>/g), (match) => match[1]!));
		return [...ids].map((id) => this.#ctx.make.channel(id));
	}

	/** Whether it mentions `@everyone` or `@here`. */
	get everyone(): boolean {
		return this.#raw.mention_everyone;
	}

	/** The author of the message this one replies to, when the payload carries it. */
	get repliedUser(): User | undefined {
		const referenced = 'referenced_message' in this.#raw ? this.#raw.referenced_message : undefined;
		return referenced == null ? undefined : this.#ctx.make.user(referenced.author);
	}

	/** Whether it mentions this user (or, for a role id, this role). */
	has(target: Snowflake<'User'> | Snowflake<'Role'> | { readonly id: string }): boolean {
		const id = typeof target === 'string' ? target : target.id;
		return (this.userIds as readonly string[]).includes(id) || (this.roleIds as readonly string[]).includes(id);
	}
}
