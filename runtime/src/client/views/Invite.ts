import type { APIExtendedInvite, APIInvite, GatewayInviteCreateDispatchData, GatewayInviteDeleteDispatchData } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import { Base } from './Base.js';
import type { Channel } from './Channel.js';
import type { Guild } from './Guild.js';
import type { User } from './User.js';

/**
 * An invite as Discord sends it: the extended form (channel and guild invite lists, creation,
 * INVITE_CREATE) has its uses and limits; INVITE_DELETE carries only the code and ids.
 */
export type InviteRecord = APIInvite | APIExtendedInvite | GatewayInviteCreateDispatchData | GatewayInviteDeleteDispatchData;

/** An invite to a guild channel (or a group DM). */
export class Invite extends Base {
	readonly #raw: InviteRecord;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, raw: InviteRecord) {
		super(ctx);
		this.#raw = raw;
	}

	/** The code (`discord.gg/<code>`). */
	get code(): string {
		return this.#raw.code;
	}

	/** `https://discord.gg/<code>`. */
	get url(): string {
		return `https://discord.gg/${this.#raw.code}`;
	}

	/** The channel it leads to. */
	get channel(): Channel | undefined {
		const raw = this.#raw;
		const id = 'channel_id' in raw ? raw.channel_id : 'channel' in raw ? raw.channel?.id : undefined;
		return id == null ? undefined : this.ctx.make.channel(id, undefined, this.#guildId());
	}

	/** The guild it leads to. */
	get guild(): Guild | undefined {
		const id = this.#guildId();
		return id === undefined ? undefined : this.ctx.make.guild(id);
	}

	#guildId(): string | undefined {
		const raw = this.#raw;
		return 'guild_id' in raw ? raw.guild_id : 'guild' in raw ? raw.guild?.id : undefined;
	}

	/** Who made it. */
	get inviter(): User | undefined {
		const inviter = 'inviter' in this.#raw ? this.#raw.inviter : undefined;
		return inviter === undefined ? undefined : this.ctx.make.user(inviter);
	}

	/** How many times it was used (extended invites). */
	get uses(): number | undefined {
		return 'uses' in this.#raw ? this.#raw.uses : undefined;
	}

	/** How many uses it allows (0: no limit; extended invites). */
	get maxUses(): number | undefined {
		return 'max_uses' in this.#raw ? this.#raw.max_uses : undefined;
	}

	/** Seconds it lasts after creation (0: forever; extended invites). */
	get maxAge(): number | undefined {
		return 'max_age' in this.#raw ? this.#raw.max_age : undefined;
	}

	/** Whether it grants temporary membership (extended invites). */
	get temporary(): boolean | undefined {
		return 'temporary' in this.#raw ? this.#raw.temporary : undefined;
	}

	/** When it was made (extended invites). */
	get createdAt(): Date | undefined {
		return 'created_at' in this.#raw ? new Date(this.#raw.created_at) : undefined;
	}

	/** When it expires, or null for never (or unknown). */
	get expiresAt(): Date | null {
		const raw = this.#raw;
		if ('expires_at' in raw) return raw.expires_at == null ? null : new Date(raw.expires_at);
		if (!('created_at' in raw) || !('max_age' in raw)) return null;
		const { created_at: createdAt, max_age: maxAge } = raw as { created_at: string; max_age: number };
		return maxAge > 0 ? new Date(Date.parse(createdAt) + maxAge * 1000) : null;
	}

	/** The invite as Discord sent it. */
	get raw(): InviteRecord {
		return this.#raw;
	}

	/** Deletes (revokes) the invite; `reason` goes to the audit log. */
	async delete(options?: APIRequestOptions): Promise<void> {
		await this.ctx.api.invites.delete(this.#raw.code, options);
	}

	/** The invite's URL. */
	override toString(): string {
		return this.url;
	}
}
