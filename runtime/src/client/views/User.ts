import type { APIUser } from 'discord-api-types/v10';
import type { CachedUser } from '../../cache/index.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Channel } from './Channel.js';

/** A Discord user, over the payload's user object. Getters read the record; nothing is copied. */
export class User {
	readonly #ctx: _ViewContext;
	readonly #raw: APIUser | CachedUser;

	/** @internal Views are made by the client. */
	constructor(ctx: _ViewContext, raw: APIUser | CachedUser) {
		this.#ctx = ctx;
		this.#raw = raw;
	}

	/** The user's id. */
	get id(): Snowflake<'User'> {
		return this.#raw.id as Snowflake<'User'>;
	}

	/** The username (unique, lowercase). */
	get username(): string {
		return this.#raw.username;
	}

	/** The display name, or the username when none is set. */
	get displayName(): string {
		return this.#raw.global_name ?? this.#raw.username;
	}

	/** Whether the user is a bot. */
	get bot(): boolean {
		return this.#raw.bot === true;
	}

	/** The record as Discord sent it, or as the cache keeps it. */
	get raw(): APIUser | CachedUser {
		return this.#raw;
	}

	/** Opens (or returns) the DM channel with this user. */
	async createDM(): Promise<Channel> {
		const channel = await this.#ctx.api.users.createDM(this.#raw.id);
		return new Channel(this.#ctx, channel.id, channel);
	}

	/** `<@id>`, which Discord renders as a mention. */
	toString(): string {
		return `<@${this.#raw.id}>`;
	}
}
