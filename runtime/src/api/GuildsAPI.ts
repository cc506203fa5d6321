import type {
	RESTGetAPIGuildBanResult,
	RESTGetAPIGuildBansQuery,
	RESTGetAPIGuildBansResult,
	RESTGetAPIGuildChannelsResult,
	RESTGetAPIGuildIntegrationsResult,
	RESTGetAPIGuildInvitesResult,
	RESTGetAPIGuildMemberResult,
	RESTGetAPIGuildMembersQuery,
	RESTGetAPIGuildMembersResult,
	RESTGetAPIGuildMembersSearchQuery,
	RESTGetAPIGuildMembersSearchResult,
	RESTGetAPIGuildMessagesSearchQuery,
	RESTGetAPIGuildMessagesSearchResult,
	RESTGetAPIGuildOnboardingResult,
	RESTGetAPIGuildPreviewResult,
	RESTGetAPIGuildPruneCountQuery,
	RESTGetAPIGuildPruneCountResult,
	RESTGetAPIGuildQuery,
	RESTGetAPIGuildResult,
	RESTGetAPIGuildRoleMemberCountsResult,
	RESTGetAPIGuildRoleResult,
	RESTGetAPIGuildRolesResult,
	RESTGetAPIGuildThreadsResult,
	RESTGetAPIGuildVanityUrlResult,
	RESTGetAPIGuildVoiceRegionsResult,
	RESTGetAPIGuildWelcomeScreenResult,
	RESTGetAPIGuildWidgetImageQuery,
	RESTGetAPIGuildWidgetJSONResult,
	RESTGetAPIGuildWidgetSettingsResult,
	RESTPatchAPICurrentGuildMemberJSONBody,
	RESTPatchAPICurrentGuildMemberResult,
	RESTPatchAPIGuildChannelPositionsJSONBody,
	RESTPatchAPIGuildJSONBody,
	RESTPatchAPIGuildMemberJSONBody,
	RESTPatchAPIGuildMemberResult,
	RESTPatchAPIGuildResult,
	RESTPatchAPIGuildRoleJSONBody,
	RESTPatchAPIGuildRolePositionsJSONBody,
	RESTPatchAPIGuildRolePositionsResult,
	RESTPatchAPIGuildRoleResult,
	RESTPatchAPIGuildWelcomeScreenJSONBody,
	RESTPatchAPIGuildWelcomeScreenResult,
	RESTPatchAPIGuildWidgetSettingsJSONBody,
	RESTPatchAPIGuildWidgetSettingsResult,
	RESTPostAPIGuildBulkBanJSONBody,
	RESTPostAPIGuildBulkBanResult,
	RESTPostAPIGuildChannelJSONBody,
	RESTPostAPIGuildChannelResult,
	RESTPostAPIGuildPruneJSONBody,
	RESTPostAPIGuildPruneResult,
	RESTPostAPIGuildRoleJSONBody,
	RESTPostAPIGuildRoleResult,
	RESTPutAPIGuildBanJSONBody,
	RESTPutAPIGuildIncidentActionsJSONBody,
	RESTPutAPIGuildIncidentActionsResult,
	RESTPutAPIGuildMemberJSONBody,
	RESTPutAPIGuildMemberResult,
	RESTPutAPIGuildOnboardingJSONBody,
	RESTPutAPIGuildOnboardingResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { WithFileFields } from './dataURI.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';
import { resolveFileFields } from './_fileFields.js';

/**
 * Guilds: their settings, channels, members, roles, bans, prune, invites, integrations, widget,
 * welcome screen and onboarding, after Discord's [guild docs](https://discord.com/developers/docs/resources/guild).
 * Moderation methods take `options.reason` for the audit log; image fields (`icon`, `banner`, …)
 * take a data URI or a file.
 */
export class GuildsAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Get Guild](https://discord.com/developers/docs/resources/guild#get-guild); `{ with_counts: true }` adds member counts. */
	get(guildId: IdOf<'Guild'>, query: RESTGetAPIGuildQuery = {}, options?: APIRequestOptions): Promise<RESTGetAPIGuildResult> {
		return call(this.rest, 'get_guild', { guild_id: guildId }, options, undefined, query);
	}

	/** [Get Guild Preview](https://discord.com/developers/docs/resources/guild#get-guild-preview): works for discoverable guilds the bot is not in. */
	getPreview(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildPreviewResult> {
		return call(this.rest, 'get_guild_preview', { guild_id: guildId }, options);
	}

	/** [Modify Guild](https://discord.com/developers/docs/resources/guild#modify-guild). */
	async edit(
		guildId: IdOf<'Guild'>,
		body: WithFileFields<RESTPatchAPIGuildJSONBody, 'icon' | 'splash' | 'discovery_splash' | 'banner'>,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIGuildResult> {
		const json = await resolveFileFields(body, ['icon', 'splash', 'discovery_splash', 'banner']);
		return call(this.rest, 'update_guild', { guild_id: guildId }, options, json);
	}

	/** [Get Guild Channels](https://discord.com/developers/docs/resources/guild#get-guild-channels) (threads not included). */
	getChannels(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildChannelsResult> {
		return call(this.rest, 'list_guild_channels', { guild_id: guildId }, options);
	}

	/** [Create Guild Channel](https://discord.com/developers/docs/resources/guild#create-guild-channel). */
	createChannel(
		guildId: IdOf<'Guild'>,
		body: RESTPostAPIGuildChannelJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIGuildChannelResult> {
		return call(this.rest, 'create_guild_channel', { guild_id: guildId }, options, body);
	}

	/** [Modify Guild Channel Positions](https://discord.com/developers/docs/resources/guild#modify-guild-channel-positions). */
	async editChannelPositions(
		guildId: IdOf<'Guild'>,
		body: RESTPatchAPIGuildChannelPositionsJSONBody,
		options?: APIRequestOptions,
	): Promise<void> {
		await call(this.rest, 'bulk_update_guild_channels', { guild_id: guildId }, options, body);
	}

	/** [List Active Guild Threads](https://discord.com/developers/docs/resources/guild#list-active-guild-threads), with the bot's thread memberships. */
	getActiveThreads(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildThreadsResult> {
		return call(this.rest, 'get_active_guild_threads', { guild_id: guildId }, options);
	}

	/** [Get Guild Member](https://discord.com/developers/docs/resources/guild#get-guild-member). */
	getMember(guildId: IdOf<'Guild'>, userId: IdOf<'User'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildMemberResult> {
		return call(this.rest, 'get_guild_member', { guild_id: guildId, user_id: userId }, options);
	}

	/** [List Guild Members](https://discord.com/developers/docs/resources/guild#list-guild-members): `limit` 1-1000, `after`; needs GUILD_MEMBERS. */
	getMembers(
		guildId: IdOf<'Guild'>,
		query: RESTGetAPIGuildMembersQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIGuildMembersResult> {
		return call(this.rest, 'list_guild_members', { guild_id: guildId }, options, undefined, query);
	}

	/** [Search Guild Members](https://discord.com/developers/docs/resources/guild#search-guild-members) whose username or nickname starts with `query.query`. */
	searchMembers(
		guildId: IdOf<'Guild'>,
		query: RESTGetAPIGuildMembersSearchQuery,
		options?: APIRequestOptions,
	): Promise<RESTGetAPIGuildMembersSearchResult> {
		return call(this.rest, 'search_guild_members', { guild_id: guildId }, options, undefined, query);
	}

	/** [Add Guild Member](https://discord.com/developers/docs/resources/guild#add-guild-member) with the user's `guilds.join` access token; `undefined` when already a member. */
	addMember(
		guildId: IdOf<'Guild'>,
		userId: IdOf<'User'>,
		body: RESTPutAPIGuildMemberJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPutAPIGuildMemberResult> {
		return call(this.rest, 'add_guild_member', { guild_id: guildId, user_id: userId }, options, body);
	}

	/** [Modify Guild Member](https://discord.com/developers/docs/resources/guild#modify-guild-member): nick, roles, timeout, voice. */
	editMember(
		guildId: IdOf<'Guild'>,
		userId: IdOf<'User'>,
		body: RESTPatchAPIGuildMemberJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIGuildMemberResult> {
		return call(this.rest, 'update_guild_member', { guild_id: guildId, user_id: userId }, options, body);
	}

	/** [Modify Current Member](https://discord.com/developers/docs/resources/guild#modify-current-member): the bot's nick, avatar, banner and bio in this guild. */
	async editCurrentMember(
		guildId: IdOf<'Guild'>,
		body: WithFileFields<RESTPatchAPICurrentGuildMemberJSONBody, 'avatar' | 'banner'>,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPICurrentGuildMemberResult> {
		const json = await resolveFileFields(body, ['avatar', 'banner']);
		return call(this.rest, 'update_my_guild_member', { guild_id: guildId }, options, json);
	}

	/** [Add Guild Member Role](https://discord.com/developers/docs/resources/guild#add-guild-member-role). */
	async addMemberRole(guildId: IdOf<'Guild'>, userId: IdOf<'User'>, roleId: IdOf<'Role'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'add_guild_member_role', { guild_id: guildId, user_id: userId, role_id: roleId }, options);
	}

	/** [Remove Guild Member Role](https://discord.com/developers/docs/resources/guild#remove-guild-member-role). */
	async removeMemberRole(guildId: IdOf<'Guild'>, userId: IdOf<'User'>, roleId: IdOf<'Role'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_guild_member_role', { guild_id: guildId, user_id: userId, role_id: roleId }, options);
	}

	/** [Remove Guild Member](https://discord.com/developers/docs/resources/guild#remove-guild-member) (a kick). */
	async kickMember(guildId: IdOf<'Guild'>, userId: IdOf<'User'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_guild_member', { guild_id: guildId, user_id: userId }, options);
	}

	/** [Get Guild Bans](https://discord.com/developers/docs/resources/guild#get-guild-bans). */
	getBans(guildId: IdOf<'Guild'>, query: RESTGetAPIGuildBansQuery = {}, options?: APIRequestOptions): Promise<RESTGetAPIGuildBansResult> {
		return call(this.rest, 'list_guild_bans', { guild_id: guildId }, options, undefined, query);
	}

	/** [Get Guild Ban](https://discord.com/developers/docs/resources/guild#get-guild-ban). */
	getBan(guildId: IdOf<'Guild'>, userId: IdOf<'User'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildBanResult> {
		return call(this.rest, 'get_guild_ban', { guild_id: guildId, user_id: userId }, options);
	}

	/** [Create Guild Ban](https://discord.com/developers/docs/resources/guild#create-guild-ban); `delete_message_seconds` up to 604800. */
	async banMember(
		guildId: IdOf<'Guild'>,
		userId: IdOf<'User'>,
		body: RESTPutAPIGuildBanJSONBody = {},
		options?: APIRequestOptions,
	): Promise<void> {
		await call(this.rest, 'ban_user_from_guild', { guild_id: guildId, user_id: userId }, options, body);
	}

	/** [Remove Guild Ban](https://discord.com/developers/docs/resources/guild#remove-guild-ban). */
	async unbanMember(guildId: IdOf<'Guild'>, userId: IdOf<'User'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'unban_user_from_guild', { guild_id: guildId, user_id: userId }, options);
	}

	/** [Bulk Guild Ban](https://discord.com/developers/docs/resources/guild#bulk-guild-ban): up to 200 users at once. */
	bulkBan(
		guildId: IdOf<'Guild'>,
		body: RESTPostAPIGuildBulkBanJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIGuildBulkBanResult> {
		return call(this.rest, 'bulk_ban_users_from_guild', { guild_id: guildId }, options, body);
	}

	/** [Get Guild Roles](https://discord.com/developers/docs/resources/guild#get-guild-roles). */
	getRoles(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildRolesResult> {
		return call(this.rest, 'list_guild_roles', { guild_id: guildId }, options);
	}

	/** [Get Guild Role](https://discord.com/developers/docs/resources/guild#get-guild-role). */
	getRole(guildId: IdOf<'Guild'>, roleId: IdOf<'Role'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildRoleResult> {
		return call(this.rest, 'get_guild_role', { guild_id: guildId, role_id: roleId }, options);
	}

	/** [Get Guild Role Member Counts](https://discord.com/developers/docs/resources/guild#get-guild-role-member-counts): role id → members, `@everyone` left out. */
	getRoleMemberCounts(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildRoleMemberCountsResult> {
		return call(this.rest, 'guild_role_member_counts', { guild_id: guildId }, options);
	}

	/** [Create Guild Role](https://discord.com/developers/docs/resources/guild#create-guild-role); `icon` takes a data URI or a file. */
	async createRole(
		guildId: IdOf<'Guild'>,
		body: WithFileFields<RESTPostAPIGuildRoleJSONBody, 'icon'> = {},
		options?: APIRequestOptions,
	): Promise<RESTPostAPIGuildRoleResult> {
		return call(this.rest, 'create_guild_role', { guild_id: guildId }, options, await resolveFileFields(body, ['icon']));
	}

	/** [Modify Guild Role Positions](https://discord.com/developers/docs/resources/guild#modify-guild-role-positions). */
	editRolePositions(
		guildId: IdOf<'Guild'>,
		body: RESTPatchAPIGuildRolePositionsJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIGuildRolePositionsResult> {
		return call(this.rest, 'bulk_update_guild_roles', { guild_id: guildId }, options, body);
	}

	/** [Modify Guild Role](https://discord.com/developers/docs/resources/guild#modify-guild-role); `icon` takes a data URI or a file. */
	async editRole(
		guildId: IdOf<'Guild'>,
		roleId: IdOf<'Role'>,
		body: WithFileFields<RESTPatchAPIGuildRoleJSONBody, 'icon'>,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIGuildRoleResult> {
		return call(this.rest, 'update_guild_role', { guild_id: guildId, role_id: roleId }, options, await resolveFileFields(body, ['icon']));
	}

	/** [Delete Guild Role](https://discord.com/developers/docs/resources/guild#delete-guild-role). */
	async deleteRole(guildId: IdOf<'Guild'>, roleId: IdOf<'Role'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_guild_role', { guild_id: guildId, role_id: roleId }, options);
	}

	/** [Get Guild Prune Count](https://discord.com/developers/docs/resources/guild#get-guild-prune-count): how many a prune would remove. */
	getPruneCount(
		guildId: IdOf<'Guild'>,
		query: RESTGetAPIGuildPruneCountQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIGuildPruneCountResult> {
		return call(this.rest, 'preview_prune_guild', { guild_id: guildId }, options, undefined, query);
	}

	/** [Begin Guild Prune](https://discord.com/developers/docs/resources/guild#begin-guild-prune). */
	beginPrune(
		guildId: IdOf<'Guild'>,
		body: RESTPostAPIGuildPruneJSONBody = {},
		options?: APIRequestOptions,
	): Promise<RESTPostAPIGuildPruneResult> {
		return call(this.rest, 'prune_guild', { guild_id: guildId }, options, body);
	}

	/** [Get Guild Voice Regions](https://discord.com/developers/docs/resources/guild#get-guild-voice-regions). */
	getVoiceRegions(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildVoiceRegionsResult> {
		return call(this.rest, 'list_guild_voice_regions', { guild_id: guildId }, options);
	}

	/** [Get Guild Invites](https://discord.com/developers/docs/resources/guild#get-guild-invites). */
	getInvites(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildInvitesResult> {
		return call(this.rest, 'list_guild_invites', { guild_id: guildId }, options);
	}

	/** [Get Guild Integrations](https://discord.com/developers/docs/resources/guild#get-guild-integrations). */
	getIntegrations(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildIntegrationsResult> {
		return call(this.rest, 'list_guild_integrations', { guild_id: guildId }, options);
	}

	/** [Delete Guild Integration](https://discord.com/developers/docs/resources/guild#delete-guild-integration). */
	async deleteIntegration(guildId: IdOf<'Guild'>, integrationId: IdOf<'Integration'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_guild_integration', { guild_id: guildId, integration_id: integrationId }, options);
	}

	/** [Get Guild Widget Settings](https://discord.com/developers/docs/resources/guild#get-guild-widget-settings). */
	getWidgetSettings(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildWidgetSettingsResult> {
		return call(this.rest, 'get_guild_widget_settings', { guild_id: guildId }, options);
	}

	/** [Modify Guild Widget](https://discord.com/developers/docs/resources/guild#modify-guild-widget). */
	editWidgetSettings(
		guildId: IdOf<'Guild'>,
		body: RESTPatchAPIGuildWidgetSettingsJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIGuildWidgetSettingsResult> {
		return call(this.rest, 'update_guild_widget_settings', { guild_id: guildId }, options, body);
	}

	/** [Get Guild Widget](https://discord.com/developers/docs/resources/guild#get-guild-widget): the public widget JSON. */
	getWidget(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildWidgetJSONResult> {
		return call(this.rest, 'get_guild_widget', { guild_id: guildId }, options);
	}

	/** [Get Guild Widget Image](https://discord.com/developers/docs/resources/guild#get-guild-widget-image): the PNG's bytes. */
	getWidgetImage(guildId: IdOf<'Guild'>, query: RESTGetAPIGuildWidgetImageQuery = {}, options?: APIRequestOptions): Promise<Buffer> {
		return call(this.rest, 'get_guild_widget_png', { guild_id: guildId }, options, undefined, query);
	}

	/** [Get Guild Vanity URL](https://discord.com/developers/docs/resources/guild#get-guild-vanity-url). */
	getVanityURL(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildVanityUrlResult> {
		return call(this.rest, 'get_guild_vanity_url', { guild_id: guildId }, options);
	}

	/** [Get Guild Welcome Screen](https://discord.com/developers/docs/resources/guild#get-guild-welcome-screen). */
	getWelcomeScreen(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildWelcomeScreenResult> {
		return call(this.rest, 'get_guild_welcome_screen', { guild_id: guildId }, options);
	}

	/** [Modify Guild Welcome Screen](https://discord.com/developers/docs/resources/guild#modify-guild-welcome-screen). */
	editWelcomeScreen(
		guildId: IdOf<'Guild'>,
		body: RESTPatchAPIGuildWelcomeScreenJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIGuildWelcomeScreenResult> {
		return call(this.rest, 'update_guild_welcome_screen', { guild_id: guildId }, options, body);
	}

	/** [Get Guild Onboarding](https://discord.com/developers/docs/resources/guild#get-guild-onboarding). */
	getOnboarding(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIGuildOnboardingResult> {
		return call(this.rest, 'get_guilds_onboarding', { guild_id: guildId }, options);
	}

	/** [Modify Guild Onboarding](https://discord.com/developers/docs/resources/guild#modify-guild-onboarding). */
	editOnboarding(
		guildId: IdOf<'Guild'>,
		body: RESTPutAPIGuildOnboardingJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPutAPIGuildOnboardingResult> {
		return call(this.rest, 'put_guilds_onboarding', { guild_id: guildId }, options, body);
	}

	/** [Modify Guild Incident Actions](https://discord.com/developers/docs/resources/guild#modify-guild-incident-actions): pause invites or DMs. */
	editIncidentActions(
		guildId: IdOf<'Guild'>,
		body: RESTPutAPIGuildIncidentActionsJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPutAPIGuildIncidentActionsResult> {
		return call(this.rest, 'update_guild_incident_actions', { guild_id: guildId }, options, body);
	}

	/** [Search Guild Messages](https://discord.com/developers/docs/resources/message#search-guild-messages); array filters repeat the parameter. */
	searchMessages(
		guildId: IdOf<'Guild'>,
		query: RESTGetAPIGuildMessagesSearchQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIGuildMessagesSearchResult> {
		return call(this.rest, 'guild_search', { guild_id: guildId }, options, undefined, query);
	}
}
