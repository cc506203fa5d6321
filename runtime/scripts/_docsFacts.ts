import type { SpecOperation } from './_specOperations.js';

/**
 * Operations whose docs say "This endpoint supports the `X-Audit-Log-Reason` header". The
 * OpenAPI description does not mark them, so this list is taken from Discord's docs (each page
 * of https://discord.com/developers/docs/resources/); a test checks every id against the
 * description. An operation missing here still sends a `reason` given to it.
 */
export const AUDIT_LOG_REASON_OPERATIONS: readonly string[] = [
	// auto-moderation
	'create_auto_moderation_rule',
	'update_auto_moderation_rule',
	'delete_auto_moderation_rule',
	// channel
	'update_channel',
	'update_voice_channel_status',
	'delete_channel',
	'set_channel_permission_overwrite',
	'create_channel_invite',
	'delete_channel_permission_overwrite',
	'follow_channel',
	'create_thread_from_message',
	'create_thread',
	// emoji
	'create_guild_emoji',
	'update_guild_emoji',
	'delete_guild_emoji',
	// guild scheduled event
	'create_guild_scheduled_event',
	'update_guild_scheduled_event',
	// guild
	'update_guild',
	'create_guild_channel',
	'update_guild_member',
	'update_my_guild_member',
	'add_guild_member_role',
	'delete_guild_member_role',
	'delete_guild_member',
	'ban_user_from_guild',
	'unban_user_from_guild',
	'bulk_ban_users_from_guild',
	'create_guild_role',
	'bulk_update_guild_roles',
	'update_guild_role',
	'delete_guild_role',
	'prune_guild',
	'delete_guild_integration',
	'update_guild_widget_settings',
	'update_guild_welcome_screen',
	'put_guilds_onboarding',
	// invite
	'invite_revoke',
	// message
	'delete_message',
	'bulk_delete_messages',
	'create_pin',
	'delete_pin',
	// soundboard
	'create_guild_soundboard_sound',
	'update_guild_soundboard_sound',
	'delete_guild_soundboard_sound',
	// stage instance
	'create_stage_instance',
	'update_stage_instance',
	'delete_stage_instance',
	// sticker
	'create_guild_sticker',
	'update_guild_sticker',
	'delete_guild_sticker',
	// webhook
	'create_webhook',
	'update_webhook',
	'delete_webhook',
];

/**
 * Operations in Discord's docs that the OpenAPI description lacks, written as the description
 * would have them. They take part in generation like any other.
 */
export const DOCUMENTED_OPERATIONS: readonly SpecOperation[] = [
	// https://discord.com/developers/docs/resources/sku#list-skus
	{
		id: 'list_skus',
		method: 'GET',
		path: '/applications/{application_id}/skus',
		ids: ['application_id'],
		query: [],
		body: [],
		auth: 'bot',
	},
];
