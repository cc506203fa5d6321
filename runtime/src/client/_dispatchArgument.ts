import type { GatewayDispatchPayload } from 'discord-api-types/v10';
import type { _ViewContext } from './_viewContext.js';
import { Channel } from './views/Channel.js';
import { Guild } from './views/Guild.js';
import { Interaction } from './views/Interaction.js';
import { Member } from './views/Member.js';
import { Message } from './views/Message.js';

/**
 * What a dispatch's listeners receive: a view for the main events (messages,
 * interactions, guilds, members, channels), Discord's data for the others.
 * @internal
 */
export function _dispatchArgument(ctx: _ViewContext, payload: GatewayDispatchPayload): unknown {
	switch (payload.t) {
		case 'MESSAGE_CREATE':
		case 'MESSAGE_UPDATE':
			return new Message(ctx, payload.d);
		case 'INTERACTION_CREATE':
			return new Interaction(ctx, payload.d);
		case 'GUILD_CREATE':
		case 'GUILD_UPDATE':
			return new Guild(ctx, payload.d.id, payload.d);
		case 'GUILD_MEMBER_ADD':
		case 'GUILD_MEMBER_UPDATE':
			return new Member(ctx, payload.d.guild_id, payload.d.user.id, payload.d, payload.d.user);
		case 'CHANNEL_CREATE':
		case 'CHANNEL_UPDATE':
			return new Channel(ctx, payload.d.id, payload.d);
		default:
			return payload.d;
	}
}
