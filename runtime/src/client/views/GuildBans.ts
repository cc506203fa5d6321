import type { RESTGetAPIGuildBansQuery } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Ban } from './Ban.js';
import type { UserResolvable } from './GuildMembers.js';
import type { BanOptions } from './Member.js';

const idOf = (user: UserResolvable): string => (typeof user === 'string' ? user : user.id);

/** A guild's bans (Ban Members). The cache does not keep them: `fetch()` asks Discord. */
export class GuildBans {
	readonly #ctx: _ViewContext;
	readonly #guildId: string;

	/** @internal Made by `guild.bans`. */
	constructor(ctx: _ViewContext, guildId: string) {
		this.#ctx = ctx;
		this.#guildId = guildId;
	}

	/** One user's ban (Discord answers 404 10026 when they are not banned). */
	fetch(user: UserResolvable): Promise<Ban>;
	/** A page of bans (`limit` up to 1000, `before`, `after`). */
	fetch(query?: RESTGetAPIGuildBansQuery): Promise<Ban[]>;
	async fetch(arg?: UserResolvable | RESTGetAPIGuildBansQuery): Promise<Ban | Ban[]> {
		if (typeof arg === 'string' || (arg !== undefined && 'id' in arg)) {
			return this.#ctx.make.ban(this.#guildId, await this.#ctx.api.guilds.getBan(this.#guildId, idOf(arg)));
		}
		return (await this.#ctx.api.guilds.getBans(this.#guildId, arg)).map((ban) => this.#ctx.make.ban(this.#guildId, ban));
	}

	/** Bans a user (member or not). */
	async create(user: UserResolvable, options: BanOptions = {}): Promise<void> {
		const { deleteMessageSeconds, ...request } = options;
		const body = deleteMessageSeconds === undefined ? {} : { delete_message_seconds: deleteMessageSeconds };
		await this.#ctx.api.guilds.banMember(this.#guildId, idOf(user), body, request);
	}

	/** Lifts a ban. */
	async remove(user: UserResolvable, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.guilds.unbanMember(this.#guildId, idOf(user), options);
	}

	/** Bans up to 200 users at once; resolves to who was banned and who could not be. */
	async bulkCreate(users: readonly UserResolvable[], options: BanOptions = {}): Promise<{ banned: string[]; failed: string[] }> {
		const { deleteMessageSeconds, ...request } = options;
		const body = {
			user_ids: users.map(idOf),
			...(deleteMessageSeconds === undefined ? {} : { delete_message_seconds: deleteMessageSeconds }),
		};
		const result = await this.#ctx.api.guilds.bulkBan(this.#guildId, body, request);
		return { banned: result.banned_users, failed: result.failed_users };
	}
}
