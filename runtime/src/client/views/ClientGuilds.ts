import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { Guild } from './Guild.js';

/** A guild given by id or as a `Guild`. */
export type GuildResolvable = Snowflake<'Guild'> | { readonly id: Snowflake<'Guild'> };

const idOf = (guild: GuildResolvable): string => (typeof guild === 'string' ? guild : guild.id);

/** The bot's guilds: `get()` and `list()` from the cache (READY and GUILD_CREATE fill it), `fetch()` from Discord. */
export class ClientGuilds {
	readonly #ctx: _ViewContext;

	/** @internal Made by `client.guilds`. */
	constructor(ctx: _ViewContext) {
		this.#ctx = ctx;
	}

	/** A cached guild, or undefined. */
	get(guild: GuildResolvable): Guild | undefined {
		const id = idOf(guild);
		return this.#ctx.cache?.guilds.has(id) === true ? this.#ctx.make.guild(id) : undefined;
	}

	/** Every cached guild (unavailable ones too: check `available`). */
	list(): Guild[] {
		return Array.from(this.#ctx.cache?.guilds.values() ?? [], (guild) => this.#ctx.make.guild(guild.id));
	}

	/** How many guilds the cache holds. */
	get size(): number {
		return this.#ctx.cache?.guilds.size ?? 0;
	}

	/** One guild by id (with approximate counts). */
	async fetch(guild: GuildResolvable): Promise<Guild> {
		const raw = await this.#ctx.api.guilds.get(idOf(guild), { with_counts: true });
		return this.#ctx.make.guild(raw.id, raw);
	}
}
