import { PermissionFlagsBits as P } from 'discord-api-types/v10';
import type { Scenario } from './Scenario.js';

const GUILD = '1100000000000000000';
const MODERATOR = '1100000000000000001';
const BOT_ROLE = '1100000000000000002';

/** Fixed ids of the {@link defaultScenario}, for tests. */
export const DefaultIds = {
	application: '1000000000000000001',
	bot: '1000000000000000001',
	guild: GUILD,
	everyoneRole: GUILD,
	moderatorRole: MODERATOR,
	botRole: BOT_ROLE,
	category: '1100000000000000010',
	general: '1100000000000000011',
	announcements: '1100000000000000012',
	staff: '1100000000000000013',
	voice: '1100000000000000014',
	thread: '1100000000000000015',
	alice: '1200000000000000001',
	bob: '1200000000000000002',
	carol: '1200000000000000003',
	/** A subscription SKU (type 5) of the application. */
	premiumSku: '1400000000000000001',
	/** A consumable SKU (type 3) of the application. */
	coinsSku: '1400000000000000002',
	stage: '1100000000000000016',
	forum: '1100000000000000017',
} as const;

const botPermissions =
	P.ViewChannel |
	P.SendMessages |
	P.SendMessagesInThreads |
	P.CreatePublicThreads |
	P.CreatePrivateThreads |
	P.ManageThreads |
	P.ReadMessageHistory |
	P.AddReactions |
	P.EmbedLinks |
	P.AttachFiles |
	P.ManageMessages |
	P.PinMessages |
	P.ManageRoles |
	P.ManageChannels |
	P.KickMembers |
	P.BanMembers |
	P.ModerateMembers |
	P.ManageNicknames |
	P.UseApplicationCommands |
	P.MentionEveryone |
	P.ManageGuild |
	P.ViewAuditLog |
	P.ManageWebhooks |
	P.ManageGuildExpressions |
	P.CreateGuildExpressions |
	P.ManageEvents |
	P.CreateEvents |
	P.CreateInstantInvite |
	P.MuteMembers |
	P.DeafenMembers |
	P.MoveMembers |
	P.Connect |
	P.Speak |
	P.UseSoundboard |
	P.SetVoiceChannelStatus |
	P.SendPolls;

/**
 * The world the mock starts with when given no scenario: "Oven Test Guild" with a
 * category, text, announcement (read-only for @everyone), staff-only (the bot cannot see
 * it), voice channels and a thread; @everyone, Moderator and the bot's role; the bot and
 * three humans (alice owns the guild, bob is a moderator).
 */
export const defaultScenario: Scenario = {
	application: { id: DefaultIds.application, name: 'Oven Test Bot' },
	skus: [
		{ id: DefaultIds.premiumSku, name: 'Premium', type: 5 },
		{ id: DefaultIds.coinsSku, name: 'Coins', type: 3 },
	],
	bot: { id: DefaultIds.bot, username: 'oven-test-bot' },
	users: [
		{ id: DefaultIds.alice, username: 'alice', global_name: 'Alice' },
		{ id: DefaultIds.bob, username: 'bob', global_name: 'Bob' },
		{ id: DefaultIds.carol, username: 'carol', global_name: 'Carol' },
	],
	guilds: [
		{
			id: GUILD,
			name: 'Oven Test Guild',
			owner_id: DefaultIds.alice,
			roles: [
				{
					id: MODERATOR,
					name: 'Moderator',
					permissions: String(P.ManageMessages | P.KickMembers | P.BanMembers | P.ModerateMembers),
					color: 0x3498db,
					position: 1,
					hoist: true,
				},
				{ id: BOT_ROLE, name: 'Oven Test Bot', permissions: String(botPermissions), position: 2 },
			],
			channels: [
				{ id: DefaultIds.category, name: 'Text Channels', type: 4, position: 0 },
				{ id: DefaultIds.general, name: 'general', type: 0, parent_id: DefaultIds.category, topic: 'Say hi', position: 0 },
				{
					id: DefaultIds.announcements,
					name: 'announcements',
					type: 0,
					parent_id: DefaultIds.category,
					position: 1,
					permission_overwrites: [{ id: GUILD, type: 0, deny: String(P.SendMessages | P.AddReactions) }],
				},
				{
					id: DefaultIds.staff,
					name: 'staff-only',
					type: 0,
					parent_id: DefaultIds.category,
					position: 2,
					permission_overwrites: [
						{ id: GUILD, type: 0, deny: String(P.ViewChannel) },
						{ id: MODERATOR, type: 0, allow: String(P.ViewChannel) },
					],
				},
				{ id: DefaultIds.voice, name: 'Voice', type: 2, position: 3 },
				{ id: DefaultIds.thread, name: 'help thread', type: 11, parent_id: DefaultIds.general },
				{ id: DefaultIds.stage, name: 'Town Hall', type: 13, position: 4 },
				{ id: DefaultIds.forum, name: 'ideas', type: 15, parent_id: DefaultIds.category, position: 5 },
			],
			members: [
				{ user_id: DefaultIds.alice },
				{ user_id: DefaultIds.bob, roles: [MODERATOR] },
				{ user_id: DefaultIds.carol, nick: 'caz' },
				{ user_id: DefaultIds.bot, roles: [BOT_ROLE] },
			],
		},
	],
};
