import type { _ViewContext } from '../_viewContext.js';
import type { UserResolvable } from './GuildMembers.js';
import type { User } from './User.js';

const idOf = (user: UserResolvable): string => (typeof user === 'string' ? user : user.id);

/** Users the bot has seen: `get()` and `list()` from the cache, `fetch()` from Discord (any user by id). */
export class ClientUsers {
	readonly #ctx: _ViewContext;

	/** @internal Made by `client.users`. */
	constructor(ctx: _ViewContext) {
		this.#ctx = ctx;
	}

	/** A cached user, or undefined. */
	get(user: UserResolvable): User | undefined {
		const record = this.#ctx.cache?.users.get(idOf(user));
		return record === undefined ? undefined : this.#ctx.make.user(record);
	}

	/** Every cached user. */
	list(): User[] {
		return Array.from(this.#ctx.cache?.users.values() ?? [], (record) => this.#ctx.make.user(record));
	}

	/** One user by id. */
	async fetch(user: UserResolvable): Promise<User> {
		return this.#ctx.make.user(await this.#ctx.api.users.get(idOf(user)));
	}

	/** Sends a user a direct message. */
	send(user: UserResolvable, input: Parameters<User['send']>[0]): ReturnType<User['send']> {
		return this.#ctx.make.user(this.#ctx.cache?.users.get(idOf(user)) ?? { id: idOf(user) }).send(input);
	}
}
