import type { RESTPostAPIChannelInviteJSONBody } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { CreateInviteOptions } from '../../api/ChannelsAPI.js';
import type { _ViewContext } from '../_viewContext.js';
import type { ChannelResolvable } from './GuildChannels.js';
import type { Invite } from './Invite.js';

/** A guild's invites. The cache does not keep them: `fetch()` lists them (Manage Guild). */
export class GuildInvites {
	readonly #ctx: _ViewContext;
	readonly #guildId: string;

	/** @internal Made by `guild.invites`. */
	constructor(ctx: _ViewContext, guildId: string) {
		this.#ctx = ctx;
		this.#guildId = guildId;
	}

	/** Every invite of the guild, with uses. */
	async fetch(): Promise<Invite[]> {
		return (await this.#ctx.api.guilds.getInvites(this.#guildId)).map((invite) => this.#ctx.make.invite(invite));
	}

	/** Makes an invite to one of the guild's channels. */
	async create(channel: ChannelResolvable, body: RESTPostAPIChannelInviteJSONBody = {}, options?: CreateInviteOptions): Promise<Invite> {
		const channelId = typeof channel === 'string' ? channel : channel.id;
		return this.#ctx.make.invite(await this.#ctx.api.channels.createInvite(channelId, body, options));
	}

	/** Deletes (revokes) an invite by code. */
	async delete(code: string, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.invites.delete(code, options);
	}
}
