import {
	ChannelType,
	GatewayDispatchEvents,
	GatewayOpcodes,
	type APIGuildMember,
	type APIMessage,
	type APIRole,
	type APIUser,
	type GatewayDispatchPayload,
	type GatewayGuildCreateDispatchData,
	MessageType,
	type RoleFlags,
	type GuildMemberFlags,
} from 'discord-api-types/v10';

// Real-shaped gateway payloads, typed with discord-api-types so a shape change shows up
// in `tsc`, not in a silently passing test.

export const GUILD = '200000000000000001';
export const GENERAL = '200000000000000011';

/** A gateway dispatch frame (op 0) around `d`. */
export function dispatch<P extends GatewayDispatchPayload>(t: P['t'], d: P['d'], s = 1): GatewayDispatchPayload {
	return { op: GatewayOpcodes.Dispatch, t, d, s } as GatewayDispatchPayload;
}

export function user(id: string, username = `user${id.slice(-4)}`): APIUser {
	return { id, username, discriminator: '0', global_name: null, avatar: null };
}

export function role(id: string, name = 'role', position = 1): APIRole {
	return {
		id,
		name,
		color: 0,
		colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
		hoist: false,
		position,
		permissions: '0',
		managed: false,
		mentionable: false,
		flags: 0 as RoleFlags,
	};
}

export function member(userId: string, roles: string[] = [], nick: string | null = null): APIGuildMember {
	return {
		user: user(userId),
		nick,
		roles,
		joined_at: '2024-01-01T00:00:00.000Z',
		deaf: false,
		mute: false,
		flags: 0 as GuildMemberFlags,
		avatar: null,
		premium_since: null,
	};
}

export function guildCreate(id = GUILD, members: APIGuildMember[] = [member('300000000000000001')]): GatewayDispatchPayload {
	const data: GatewayGuildCreateDispatchData = {
		id,
		name: 'Test Guild',
		icon: null,
		splash: null,
		discovery_splash: null,
		owner_id: '300000000000000001',
		region: 'us',
		afk_channel_id: null,
		afk_timeout: 300,
		verification_level: 0,
		default_message_notifications: 0,
		explicit_content_filter: 0,
		roles: [role(id, '@everyone', 0), role(`${id.slice(0, -1)}9`, 'Mod', 1)],
		emojis: [],
		features: [],
		mfa_level: 0,
		application_id: null,
		system_channel_id: null,
		system_channel_flags: 0,
		rules_channel_id: null,
		vanity_url_code: null,
		description: null,
		banner: null,
		premium_tier: 0,
		preferred_locale: 'en-US' as GatewayGuildCreateDispatchData['preferred_locale'],
		public_updates_channel_id: null,
		nsfw_level: 0,
		stickers: [],
		premium_progress_bar_enabled: false,
		hub_type: null,
		safety_alerts_channel_id: null,
		incidents_data: null,
		joined_at: '2024-01-01T00:00:00.000Z',
		large: false,
		member_count: members.length,
		voice_states: [],
		members,
		channels: [
			{
				id: id === GUILD ? GENERAL : `${id.slice(0, -2)}11`,
				type: ChannelType.GuildText,
				name: 'general',
				position: 0,
				permission_overwrites: [],
				nsfw: false,
				parent_id: null,
				topic: null,
				last_message_id: null,
				rate_limit_per_user: 0,
				guild_id: id,
				default_auto_archive_duration: 1440,
				flags: 0,
			},
		],
		threads: [],
		presences: [],
		stage_instances: [],
		guild_scheduled_events: [],
		soundboard_sounds: [],
	} as unknown as GatewayGuildCreateDispatchData;
	return dispatch(GatewayDispatchEvents.GuildCreate, data);
}

export function message(
	id: string,
	channelId = GENERAL,
	authorId = '300000000000000001',
	content = `message ${id}`,
): APIMessage & { guild_id?: string } {
	return {
		id,
		channel_id: channelId,
		guild_id: GUILD,
		author: user(authorId),
		content,
		timestamp: '2024-01-01T00:00:00.000Z',
		edited_timestamp: null,
		tts: false,
		mention_everyone: false,
		mentions: [],
		mention_roles: [],
		attachments: [],
		embeds: [],
		pinned: false,
		type: MessageType.Default,
	};
}

export function messageCreate(id: string, channelId = GENERAL, authorId?: string): GatewayDispatchPayload {
	return dispatch(GatewayDispatchEvents.MessageCreate, message(id, channelId, authorId) as never);
}
