import type { APIBan } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import type { Guild } from './Guild.js';
import type { User } from './User.js';

/** A guild ban: the user and the reason given. */
export class Ban extends Base {
	readonly #guildId: string;
	readonly #raw: APIBan;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, guildId: string, raw: APIBan) {
		super(ctx);
		this.#guildId = guildId;
		this.#raw = raw;
	}

	/** The banned user. */
	get user(): User {
		return this.ctx.make.user(this.#raw.user);
	}

	/** The reason given, if any. */
	get reason(): string | null {
		return this.#raw.reason;
	}

	/** The guild's id. */
	get guildId(): Snowflake<'Guild'> {
		return this.#guildId as Snowflake<'Guild'>;
	}

	/** The guild. */
	get guild(): Guild {
		return this.ctx.make.guild(this.#guildId);
	}

	/** The ban as Discord sent it. */
	get raw(): APIBan {
		return this.#raw;
	}

	/** Lifts the ban. */
	async remove(options?: APIRequestOptions): Promise<void> {
		await this.ctx.api.guilds.unbanMember(this.#guildId, this.#raw.user.id, options);
	}
}
