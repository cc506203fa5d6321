import type { GatewayGuildCreateDispatchData } from 'discord-api-types/v10';
import { GatewayIntents } from 'ovenjs/knowledge';

/**
 * GUILD_CREATE as a session with `intents` receives it: without GUILD_PRESENCES no
 * presences; without GUILD_MEMBERS only the bot's own member.
 * @see https://discord.com/developers/docs/events/gateway-events#guild-create
 */
export function guildCreateForIntents(
	payload: GatewayGuildCreateDispatchData,
	intents: number,
	botId: string,
): GatewayGuildCreateDispatchData {
	const withPresences = (intents & GatewayIntents.GuildPresences.bit) !== 0;
	const withMembers = (intents & GatewayIntents.GuildMembers.bit) !== 0;
	if (withPresences && withMembers) return payload;
	return {
		...payload,
		presences: withPresences ? payload.presences : [],
		members: withMembers ? payload.members : payload.members.filter((member) => member.user.id === botId),
	};
}
