import {
	Routes,
	type RESTGetAPIGuildBansQuery,
	type RESTGetAPIGuildBansResult,
	type RESTGetAPIGuildChannelsResult,
	type RESTGetAPIGuildMemberResult,
	type RESTGetAPIGuildMembersQuery,
	type RESTGetAPIGuildMembersResult,
	type RESTGetAPIGuildMembersSearchQuery,
	type RESTGetAPIGuildMembersSearchResult,
	type RESTGetAPIGuildQuery,
	type RESTGetAPIGuildResult,
	type RESTGetAPIGuildRolesResult,
	type RESTPatchAPIGuildMemberJSONBody,
	type RESTPatchAPIGuildMemberResult,
	type RESTPatchAPIGuildRoleJSONBody,
	type RESTPatchAPIGuildRoleResult,
	type RESTPostAPIGuildRoleJSONBody,
	type RESTPostAPIGuildRoleResult,
	type RESTPutAPIGuildBanJSONBody,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import { send } from './_send.js';

/**
 * Guilds, their channels, roles, members and bans. Methods follow Discord's
 * [guild docs](https://discord.com/developers/docs/resources/guild); moderation methods take
 * `options.reason` for the audit log.
 */
export class GuildsAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Get Guild](https://discord.com/developers/docs/resources/guild#get-guild); `{ with_counts: true }` adds member counts. */
	get(guildId: string, query: RESTGetAPIGuildQuery = {}, options?: APIRequestOptions): Promise<RESTGetAPIGuildResult> {
		return send(this.rest, 'GET', Routes.guild(guildId), options, undefined, query);
	}

	/** [Get Guild Channels](https://discord.com/developers/docs/resources/guild#get-guild-channels) (threads not included). */
	getChannels(guildId: string, options?: APIRequestOptions): Promise<RESTGetAPIGuildChannelsResult> {
		return send(this.rest, 'GET', Routes.guildChannels(guildId), options);
	}

	/** [Get Guild Roles](https://discord.com/developers/docs/resources/guild#get-guild-roles). */
	getRoles(guildId: string, options?: APIRequestOptions): Promise<RESTGetAPIGuildRolesResult> {
		return send(this.rest, 'GET', Routes.guildRoles(guildId), options);
	}

	/** [Create Guild Role](https://discord.com/developers/docs/resources/guild#create-guild-role). */
	createRole(guildId: string, body: RESTPostAPIGuildRoleJSONBody = {}, options?: APIRequestOptions): Promise<RESTPostAPIGuildRoleResult> {
		return send(this.rest, 'POST', Routes.guildRoles(guildId), options, body);
	}

	/** [Modify Guild Role](https://discord.com/developers/docs/resources/guild#modify-guild-role). */
	editRole(
		guildId: string,
		roleId: string,
		body: RESTPatchAPIGuildRoleJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIGuildRoleResult> {
		return send(this.rest, 'PATCH', Routes.guildRole(guildId, roleId), options, body);
	}

	/** [Delete Guild Role](https://discord.com/developers/docs/resources/guild#delete-guild-role). */
	async deleteRole(guildId: string, roleId: string, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'DELETE', Routes.guildRole(guildId, roleId), options);
	}

	/** [Get Guild Member](https://discord.com/developers/docs/resources/guild#get-guild-member). */
	getMember(guildId: string, userId: string, options?: APIRequestOptions): Promise<RESTGetAPIGuildMemberResult> {
		return send(this.rest, 'GET', Routes.guildMember(guildId, userId), options);
	}

	/** [List Guild Members](https://discord.com/developers/docs/resources/guild#list-guild-members): `limit` 1-1000, `after`; needs GUILD_MEMBERS. */
	getMembers(guildId: string, query: RESTGetAPIGuildMembersQuery = {}, options?: APIRequestOptions): Promise<RESTGetAPIGuildMembersResult> {
		return send(this.rest, 'GET', Routes.guildMembers(guildId), options, undefined, query);
	}

	/** [Search Guild Members](https://discord.com/developers/docs/resources/guild#search-guild-members) whose username or nickname starts with `query.query`. */
	searchMembers(
		guildId: string,
		query: RESTGetAPIGuildMembersSearchQuery,
		options?: APIRequestOptions,
	): Promise<RESTGetAPIGuildMembersSearchResult> {
		return send(this.rest, 'GET', Routes.guildMembersSearch(guildId), options, undefined, query);
	}

	/** [Modify Guild Member](https://discord.com/developers/docs/resources/guild#modify-guild-member): nick, roles, timeout, voice. */
	editMember(
		guildId: string,
		userId: string,
		body: RESTPatchAPIGuildMemberJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIGuildMemberResult> {
		return send(this.rest, 'PATCH', Routes.guildMember(guildId, userId), options, body);
	}

	/** [Add Guild Member Role](https://discord.com/developers/docs/resources/guild#add-guild-member-role). */
	async addMemberRole(guildId: string, userId: string, roleId: string, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'PUT', Routes.guildMemberRole(guildId, userId, roleId), options);
	}

	/** [Remove Guild Member Role](https://discord.com/developers/docs/resources/guild#remove-guild-member-role). */
	async removeMemberRole(guildId: string, userId: string, roleId: string, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'DELETE', Routes.guildMemberRole(guildId, userId, roleId), options);
	}

	/** [Remove Guild Member](https://discord.com/developers/docs/resources/guild#remove-guild-member) (a kick). */
	async kickMember(guildId: string, userId: string, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'DELETE', Routes.guildMember(guildId, userId), options);
	}

	/** [Create Guild Ban](https://discord.com/developers/docs/resources/guild#create-guild-ban); `delete_message_seconds` up to 604800. */
	async banMember(guildId: string, userId: string, body: RESTPutAPIGuildBanJSONBody = {}, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'PUT', Routes.guildBan(guildId, userId), options, body);
	}

	/** [Remove Guild Ban](https://discord.com/developers/docs/resources/guild#remove-guild-ban). */
	async unbanMember(guildId: string, userId: string, options?: APIRequestOptions): Promise<void> {
		await send(this.rest, 'DELETE', Routes.guildBan(guildId, userId), options);
	}

	/** [Get Guild Bans](https://discord.com/developers/docs/resources/guild#get-guild-bans). */
	getBans(guildId: string, query: RESTGetAPIGuildBansQuery = {}, options?: APIRequestOptions): Promise<RESTGetAPIGuildBansResult> {
		return send(this.rest, 'GET', Routes.guildBans(guildId), options, undefined, query);
	}
}
