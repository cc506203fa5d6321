import type { APIChannel, APIGuild, APIRole, APIUser } from 'discord-api-types/v10';
import type { Scenario } from './Scenario.js';
import type { World } from './World.js';
import { DEFAULT_EVERYONE_PERMISSIONS } from './permissions.js';
import { newGuildState } from './GuildState.js';
import { emojiObject, stickerObject } from './expressions.js';

function role(id: string, name: string, permissions: string, position: number, extra: Partial<APIRole> = {}): APIRole {
	return {
		id,
		name,
		permissions,
		position,
		color: 0,
		colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
		hoist: false,
		icon: null,
		unicode_emoji: null,
		managed: false,
		mentionable: false,
		flags: 0 as APIRole['flags'],
		...extra,
	};
}

function guildObject(id: string, name: string, ownerId: string): APIGuild {
	return {
		id,
		name,
		owner_id: ownerId,
		icon: null,
		splash: null,
		discovery_splash: null,
		banner: null,
		description: null,
		afk_channel_id: null,
		afk_timeout: 300,
		widget_enabled: false,
		widget_channel_id: null,
		verification_level: 0,
		default_message_notifications: 0,
		explicit_content_filter: 0,
		roles: [],
		emojis: [],
		stickers: [],
		features: [],
		mfa_level: 0,
		application_id: null,
		system_channel_id: null,
		system_channel_flags: 0,
		rules_channel_id: null,
		vanity_url_code: null,
		premium_tier: 0,
		premium_subscription_count: 0,
		preferred_locale: 'en-US' as APIGuild['preferred_locale'],
		public_updates_channel_id: null,
		nsfw_level: 0,
		premium_progress_bar_enabled: false,
		safety_alerts_channel_id: null,
		incidents_data: null,
		hub_type: null,
		home_header: null,
		max_presences: null,
		max_members: 250000,
		nsfw: false,
		max_video_channel_users: 25,
		max_stage_video_channel_users: 50,
		region: 'us-west',
	} as unknown as APIGuild;
}

/** Fills a fresh {@link World} from a validated scenario, generating the ids it left out. */
export function populateWorld(world: World, scenario: Scenario): void {
	const now = new Date().toISOString();
	world.users.set(world.botUser.id, world.botUser);
	for (const sku of scenario.skus ?? []) {
		const id = sku.id ?? world.snowflakes.next();
		world.resources.skus.set(id, {
			id,
			type: sku.type,
			application_id: world.applicationId,
			name: sku.name,
			slug: sku.name.toLowerCase().replace(/\W+/g, '-'),
			flags: 0,
		});
	}
	for (const u of scenario.users ?? []) {
		const user = {
			id: u.id ?? world.snowflakes.next(),
			username: u.username,
			discriminator: '0',
			global_name: u.global_name ?? null,
			avatar: null,
			public_flags: 0,
			flags: 0,
			primary_guild: null,
			...(u.bot === true ? { bot: true } : {}),
		} as unknown as APIUser;
		world.users.set(user.id, user);
	}
	for (const g of scenario.guilds ?? []) {
		const guildId = g.id ?? world.snowflakes.next();
		const humans = (g.members ?? []).map((m) => m.user_id).filter((id) => id !== world.botUser.id);
		const ownerId = g.owner_id ?? humans[0] ?? world.botUser.id;
		const roles = new Map<string, APIRole>();
		roles.set(guildId, role(guildId, '@everyone', g.everyone_permissions ?? String(DEFAULT_EVERYONE_PERMISSIONS), 0));
		(g.roles ?? []).forEach((r, index) => {
			const id = r.id ?? world.snowflakes.next();
			roles.set(
				id,
				role(id, r.name, r.permissions, r.position ?? index + 1, {
					color: r.color ?? 0,
					hoist: r.hoist ?? false,
					mentionable: r.mentionable ?? false,
				}),
			);
		});
		const members = new Map();
		const memberList = [...(g.members ?? [])];
		if (!memberList.some((m) => m.user_id === world.botUser.id)) memberList.push({ user_id: world.botUser.id });
		for (const m of memberList) {
			members.set(m.user_id, {
				user: world.users.get(m.user_id),
				nick: m.nick ?? null,
				avatar: null,
				banner: null,
				roles: [...(m.roles ?? [])],
				joined_at: now,
				premium_since: null,
				deaf: false,
				mute: false,
				flags: 0,
				pending: false,
				communication_disabled_until: null,
			});
		}
		const state = newGuildState(guildObject(guildId, g.name, ownerId), roles, members, now);
		(state.guild as { premium_tier: number }).premium_tier = g.premium_tier ?? 0;
		world.guilds.set(guildId, state);
		for (const e of g.emojis ?? []) {
			const id = e.id ?? world.snowflakes.next();
			state.emojis.set(id, emojiObject(id, e.name, e.animated === true, world.users.get(ownerId)));
		}
		for (const st of g.stickers ?? []) {
			const id = st.id ?? world.snowflakes.next();
			state.stickers.set(id, stickerObject(id, guildId, st.name, st.description ?? '', st.tags ?? st.name, world.users.get(ownerId)));
		}
		(g.channels ?? []).forEach((c, index) => {
			const id = c.id ?? world.snowflakes.next();
			const isThread = c.type === 10 || c.type === 11 || c.type === 12;
			const channel = isThread
				? {
						id,
						guild_id: guildId,
						name: c.name,
						type: c.type,
						parent_id: c.parent_id ?? null,
						owner_id: world.botUser.id,
						last_message_id: null,
						rate_limit_per_user: 0,
						flags: 0,
						message_count: 0,
						member_count: 1,
						total_message_sent: 0,
						thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: now, locked: false, create_timestamp: now },
					}
				: {
						id,
						guild_id: guildId,
						name: c.name,
						type: c.type,
						position: c.position ?? index,
						flags: 0,
						nsfw: c.nsfw ?? false,
						parent_id: c.type === 4 ? null : (c.parent_id ?? null),
						permission_overwrites: (c.permission_overwrites ?? []).map((o) => ({
							id: o.id,
							type: o.type,
							allow: o.allow ?? '0',
							deny: o.deny ?? '0',
						})),
						...(c.type === 0 || c.type === 5 || c.type === 15
							? { topic: c.topic ?? null, last_message_id: null, rate_limit_per_user: 0 }
							: {}),
						...(c.type === 2 || c.type === 13 ? { bitrate: 64000, user_limit: 0, rtc_region: null } : {}),
					};
			world.channels.set(id, channel as unknown as APIChannel & { guild_id: string });
		});
	}
}
