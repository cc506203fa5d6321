import type { GatewayActivity, GatewayPresenceClientStatus, GatewayPresenceUpdate } from 'discord-api-types/v10';
import type { CachedPresence } from '../../cache/index.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import type { Guild } from './Guild.js';
import type { Member } from './Member.js';
import type { User } from './User.js';

/** A presence as Discord sends it (PRESENCE_UPDATE), or as the cache keeps it. */
export type PresenceRecord = GatewayPresenceUpdate | CachedPresence;

/** A member's status and activities in a guild (GuildPresences intent). */
export class Presence extends Base {
	readonly #raw: PresenceRecord;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, raw: PresenceRecord) {
		super(ctx);
		this.#raw = raw;
	}

	/** The user's id. */
	get userId(): Snowflake<'User'> {
		return ('user_id' in this.#raw ? this.#raw.user_id : this.#raw.user.id) as Snowflake<'User'>;
	}

	/** The user (cached, else by id). */
	get user(): User {
		const id = this.userId;
		return this.ctx.make.user(this.ctx.cache?.users.get(id) ?? { id });
	}

	/** The member (usable by id). */
	get member(): Member {
		return this.ctx.make.member(this.#raw.guild_id, this.userId);
	}

	/** `online`, `idle`, `dnd` or `offline`. */
	get status(): string {
		return this.#raw.status ?? 'offline';
	}

	/** What they are doing. */
	get activities(): readonly GatewayActivity[] {
		return this.#raw.activities ?? [];
	}

	/** Their status per platform (desktop, mobile, web). */
	get clientStatus(): GatewayPresenceClientStatus {
		return this.#raw.client_status ?? {};
	}

	/** The guild. */
	get guild(): Guild {
		return this.ctx.make.guild(this.#raw.guild_id);
	}

	/** The presence as Discord sent it, or as the cache keeps it. */
	get raw(): PresenceRecord {
		return this.#raw;
	}
}
