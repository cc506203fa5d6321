/**
 * The gateway payloads of the cache heap benchmark, as JSON text as they come off the wire:
 * GUILDS guilds of CHANNELS channels, ROLES roles and MEMBERS members (distinct users), and
 * MESSAGES MESSAGE_CREATEs per guild, each by one of the guild's members.
 */
export const GUILDS = Number(process.env.GUILDS ?? 1000);
export const MEMBERS = Number(process.env.MEMBERS ?? 100);
export const MESSAGES = Number(process.env.MESSAGES ?? 50);
export const CHANNELS = 10;
export const ROLES = 5;

const id = (kind: number, n: number): string => String((BigInt(kind) << 50n) + BigInt(n) + 100_000_000_000_000_000n);

/** Guild `g`'s GUILD_CREATE. */
export function guildJson(g: number): string {
	const guildId = id(1, g);
	const roles = Array.from({ length: ROLES }, (_, r) => ({
		id: r === 0 ? guildId : id(2, g * ROLES + r),
		name: r === 0 ? '@everyone' : `role ${r}`,
		color: 0,
		colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
		hoist: false,
		icon: null,
		unicode_emoji: null,
		position: r,
		permissions: '1071698660929',
		managed: false,
		mentionable: false,
		flags: 0,
	}));
	const channels = Array.from({ length: CHANNELS }, (_, c) => ({
		id: id(3, g * CHANNELS + c),
		type: 0,
		name: `channel-${c}`,
		position: c,
		permission_overwrites: [],
		nsfw: false,
		parent_id: null,
		topic: null,
		last_message_id: null,
		rate_limit_per_user: 0,
		flags: 0,
	}));
	const members = Array.from({ length: MEMBERS }, (_, m) => ({
		user: {
			id: id(4, g * MEMBERS + m),
			username: `user${g}_${m}`,
			discriminator: '0',
			global_name: `User ${m}`,
			avatar: null,
			public_flags: 0,
			avatar_decoration_data: null,
			primary_guild: null,
			collectibles: null,
		},
		nick: m % 5 === 0 ? `nick${m}` : null,
		avatar: null,
		banner: null,
		roles: roles.slice(1, 1 + (m % 3)).map((r) => r.id),
		joined_at: '2024-01-01T00:00:00.000000+00:00',
		premium_since: null,
		deaf: false,
		mute: false,
		pending: false,
		flags: 0,
		communication_disabled_until: null,
	}));
	return JSON.stringify({
		op: 0,
		s: g + 2,
		t: 'GUILD_CREATE',
		d: {
			id: guildId,
			name: `Guild ${g}`,
			icon: null,
			splash: null,
			discovery_splash: null,
			owner_id: id(4, g * MEMBERS),
			afk_channel_id: null,
			afk_timeout: 300,
			verification_level: 1,
			default_message_notifications: 1,
			explicit_content_filter: 0,
			roles,
			emojis: [],
			features: ['COMMUNITY', 'NEWS'],
			mfa_level: 0,
			application_id: null,
			system_channel_id: channels[0]?.id,
			system_channel_flags: 0,
			rules_channel_id: null,
			vanity_url_code: null,
			description: null,
			banner: null,
			premium_tier: 0,
			premium_subscription_count: 0,
			preferred_locale: 'en-US',
			public_updates_channel_id: null,
			nsfw_level: 0,
			stickers: [],
			premium_progress_bar_enabled: false,
			joined_at: '2024-01-01T00:00:00.000000+00:00',
			large: false,
			unavailable: false,
			member_count: MEMBERS,
			voice_states: [],
			members,
			channels,
			threads: [],
			presences: [],
			stage_instances: [],
			guild_scheduled_events: [],
			soundboard_sounds: [],
			max_members: 500000,
			lazy: true,
		},
	});
}

/** Message `n` of guild `g`, in its first channel. */
export function messageJson(g: number, n: number): string {
	const guildId = id(1, g);
	const author = g * MEMBERS + (n % MEMBERS);
	return JSON.stringify({
		op: 0,
		s: 1,
		t: 'MESSAGE_CREATE',
		d: {
			id: id(5, g * MESSAGES + n),
			channel_id: id(3, g * CHANNELS),
			guild_id: guildId,
			type: 0,
			content: `message number ${n} in guild ${g}`,
			tts: false,
			timestamp: '2024-01-01T00:00:00.000000+00:00',
			edited_timestamp: null,
			flags: 0,
			pinned: false,
			mention_everyone: false,
			mentions: [],
			mention_roles: [],
			attachments: [],
			embeds: [],
			components: [],
			author: {
				id: id(4, author),
				username: `user${g}_${n % MEMBERS}`,
				discriminator: '0',
				global_name: `User ${n % MEMBERS}`,
				avatar: null,
				public_flags: 0,
			},
			member: {
				roles: [],
				joined_at: '2024-01-01T00:00:00.000000+00:00',
				deaf: false,
				mute: false,
				flags: 0,
				premium_since: null,
				nick: null,
				avatar: null,
				banner: null,
				pending: false,
				communication_disabled_until: null,
			},
			nonce: String(n),
		},
	});
}
