import type {
	RESTDeleteAPIChannelResult,
	RESTGetAPIChannelInvitesResult,
	RESTGetAPIChannelMessageReactionUsersQuery,
	RESTGetAPIChannelMessageReactionUsersResult,
	RESTGetAPIChannelMessageResult,
	RESTGetAPIChannelMessagesPinsQuery,
	RESTGetAPIChannelMessagesPinsResult,
	RESTGetAPIChannelMessagesQuery,
	RESTGetAPIChannelMessagesResult,
	RESTGetAPIChannelResult,
	RESTGetAPIChannelThreadsArchivedPrivateResult,
	RESTGetAPIChannelThreadsArchivedPublicResult,
	RESTGetAPIChannelThreadsArchivedQuery,
	RESTGetAPIChannelUsersThreadsArchivedResult,
	RESTPatchAPIChannelJSONBody,
	RESTPatchAPIChannelMessageJSONBody,
	RESTPatchAPIChannelMessageResult,
	RESTPatchAPIChannelResult,
	RESTPostAPIChannelFollowersResult,
	RESTPostAPIChannelInviteJSONBody,
	RESTPostAPIChannelInviteResult,
	RESTPostAPIChannelMessageCrosspostResult,
	RESTPostAPIChannelMessageJSONBody,
	RESTPostAPIChannelMessageResult,
	RESTPostAPIChannelMessagesThreadsJSONBody,
	RESTPostAPIChannelMessagesThreadsResult,
	RESTPostAPIChannelThreadsJSONBody,
	RESTPostAPIChannelThreadsResult,
	RESTPostAPIGuildForumThreadsJSONBody,
	RESTPutAPIChannelPermissionJSONBody,
	RESTPutAPIChannelRecipientJSONBody,
	RESTPutAPIChannelVoiceStatusJSONBody,
} from 'discord-api-types/v10';
import type { RawFile } from '../rest/RequestOptions.js';
import type { REST } from '../rest/REST.js';
import type { APIFileRequestOptions, APIRequestOptions } from './APIRequestOptions.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';
import { emojiParam } from './_emojiParam.js';

/** Options of {@link ChannelsAPI.createInvite}. */
export interface CreateInviteOptions extends APIRequestOptions {
	/** A CSV of user ids (one column) who may accept the invite; sent as `target_users_file`. */
	readonly targetUsersFile?: RawFile;
}

/**
 * Channels, messages, reactions, pins, threads, invites and permission overwrites, after
 * Discord's [channel](https://discord.com/developers/docs/resources/channel) and
 * [message](https://discord.com/developers/docs/resources/message) docs. Thread members are in
 * `api.threads`; an emoji is `👍`, `name:id` or `<:name:id>`.
 */
export class ChannelsAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Get Channel](https://discord.com/developers/docs/resources/channel#get-channel). */
	get(channelId: IdOf<'Channel'>, options?: APIRequestOptions): Promise<RESTGetAPIChannelResult> {
		return call(this.rest, 'get_channel', { channel_id: channelId }, options);
	}

	/** [Modify Channel](https://discord.com/developers/docs/resources/channel#modify-channel). */
	edit(channelId: IdOf<'Channel'>, body: RESTPatchAPIChannelJSONBody, options?: APIRequestOptions): Promise<RESTPatchAPIChannelResult> {
		return call(this.rest, 'update_channel', { channel_id: channelId }, options, body);
	}

	/** [Delete/Close Channel](https://discord.com/developers/docs/resources/channel#deleteclose-channel). */
	delete(channelId: IdOf<'Channel'>, options?: APIRequestOptions): Promise<RESTDeleteAPIChannelResult> {
		return call(this.rest, 'delete_channel', { channel_id: channelId }, options);
	}

	/** [Set Voice Channel Status](https://discord.com/developers/docs/resources/channel#set-voice-channel-status). */
	async setVoiceStatus(channelId: IdOf<'Channel'>, body: RESTPutAPIChannelVoiceStatusJSONBody, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'update_voice_channel_status', { channel_id: channelId }, options, body);
	}

	/** [Edit Channel Permissions](https://discord.com/developers/docs/resources/channel#edit-channel-permissions) of a role or member. */
	async editPermissionOverwrite(
		channelId: IdOf<'Channel'>,
		overwriteId: IdOf<'Role' | 'User'>,
		body: RESTPutAPIChannelPermissionJSONBody,
		options?: APIRequestOptions,
	): Promise<void> {
		await call(this.rest, 'set_channel_permission_overwrite', { channel_id: channelId, overwrite_id: overwriteId }, options, body);
	}

	/** [Delete Channel Permission](https://discord.com/developers/docs/resources/channel#delete-channel-permission). */
	async deletePermissionOverwrite(
		channelId: IdOf<'Channel'>,
		overwriteId: IdOf<'Role' | 'User'>,
		options?: APIRequestOptions,
	): Promise<void> {
		await call(this.rest, 'delete_channel_permission_overwrite', { channel_id: channelId, overwrite_id: overwriteId }, options);
	}

	/** [Get Channel Invites](https://discord.com/developers/docs/resources/channel#get-channel-invites). */
	getInvites(channelId: IdOf<'Channel'>, options?: APIRequestOptions): Promise<RESTGetAPIChannelInvitesResult> {
		return call(this.rest, 'list_channel_invites', { channel_id: channelId }, options);
	}

	/** [Create Channel Invite](https://discord.com/developers/docs/resources/channel#create-channel-invite); `options.targetUsersFile` limits who may use it. */
	createInvite(
		channelId: IdOf<'Channel'>,
		body: RESTPostAPIChannelInviteJSONBody = {},
		options: CreateInviteOptions = {},
	): Promise<RESTPostAPIChannelInviteResult> {
		const { targetUsersFile, ...rest } = options;
		const files = targetUsersFile === undefined ? {} : { files: [{ ...targetUsersFile, key: 'target_users_file' }] };
		return call(this.rest, 'create_channel_invite', { channel_id: channelId }, { ...rest, ...files }, body);
	}

	/** [Follow Announcement Channel](https://discord.com/developers/docs/resources/channel#follow-announcement-channel): its posts are crossposted into `webhookChannelId`. */
	followAnnouncement(
		channelId: IdOf<'Channel'>,
		webhookChannelId: IdOf<'Channel'>,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIChannelFollowersResult> {
		return call(this.rest, 'follow_channel', { channel_id: channelId }, options, { webhook_channel_id: webhookChannelId });
	}

	/** [Trigger Typing Indicator](https://discord.com/developers/docs/resources/channel#trigger-typing-indicator): shows "typing…" for ~10 s. */
	async triggerTyping(channelId: IdOf<'Channel'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'trigger_typing_indicator', { channel_id: channelId }, options);
	}

	/** [Group DM Add Recipient](https://discord.com/developers/docs/resources/channel#group-dm-add-recipient), with the user's `gdm.join` access token. */
	async addGroupDMRecipient(
		channelId: IdOf<'Channel'>,
		userId: IdOf<'User'>,
		body: RESTPutAPIChannelRecipientJSONBody,
		options?: APIRequestOptions,
	): Promise<void> {
		await call(this.rest, 'add_group_dm_user', { channel_id: channelId, user_id: userId }, options, body);
	}

	/** [Group DM Remove Recipient](https://discord.com/developers/docs/resources/channel#group-dm-remove-recipient). */
	async removeGroupDMRecipient(channelId: IdOf<'Channel'>, userId: IdOf<'User'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_group_dm_user', { channel_id: channelId, user_id: userId }, options);
	}

	/** [Get Channel Messages](https://discord.com/developers/docs/resources/message#get-channel-messages): `limit` 1-100, `before`/`after`/`around`. */
	getMessages(
		channelId: IdOf<'Channel'>,
		query: RESTGetAPIChannelMessagesQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIChannelMessagesResult> {
		return call(this.rest, 'list_messages', { channel_id: channelId }, options, undefined, query);
	}

	/** [Get Channel Message](https://discord.com/developers/docs/resources/message#get-channel-message). */
	getMessage(channelId: IdOf<'Channel'>, messageId: IdOf<'Message'>, options?: APIRequestOptions): Promise<RESTGetAPIChannelMessageResult> {
		return call(this.rest, 'get_message', { channel_id: channelId, message_id: messageId }, options);
	}

	/** [Create Message](https://discord.com/developers/docs/resources/message#create-message); `options.files` uploads attachments. */
	createMessage(
		channelId: IdOf<'Channel'>,
		body: RESTPostAPIChannelMessageJSONBody,
		options?: APIFileRequestOptions,
	): Promise<RESTPostAPIChannelMessageResult> {
		return call(this.rest, 'create_message', { channel_id: channelId }, options, body);
	}

	/** [Crosspost Message](https://discord.com/developers/docs/resources/message#crosspost-message): publishes an announcement to the channels following it. */
	crosspostMessage(
		channelId: IdOf<'Channel'>,
		messageId: IdOf<'Message'>,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIChannelMessageCrosspostResult> {
		return call(this.rest, 'crosspost_message', { channel_id: channelId, message_id: messageId }, options);
	}

	/** [Edit Message](https://discord.com/developers/docs/resources/message#edit-message); `options.files` adds attachments. */
	editMessage(
		channelId: IdOf<'Channel'>,
		messageId: IdOf<'Message'>,
		body: RESTPatchAPIChannelMessageJSONBody,
		options?: APIFileRequestOptions,
	): Promise<RESTPatchAPIChannelMessageResult> {
		return call(this.rest, 'update_message', { channel_id: channelId, message_id: messageId }, options, body);
	}

	/** [Delete Message](https://discord.com/developers/docs/resources/message#delete-message). */
	async deleteMessage(channelId: IdOf<'Channel'>, messageId: IdOf<'Message'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_message', { channel_id: channelId, message_id: messageId }, options);
	}

	/** [Bulk Delete Messages](https://discord.com/developers/docs/resources/message#bulk-delete-messages): 2-100 ids, none older than 2 weeks. */
	async bulkDeleteMessages(channelId: IdOf<'Channel'>, messageIds: readonly IdOf<'Message'>[], options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'bulk_delete_messages', { channel_id: channelId }, options, { messages: messageIds });
	}

	/** [Create Reaction](https://discord.com/developers/docs/resources/message#create-reaction). */
	async addReaction(channelId: IdOf<'Channel'>, messageId: IdOf<'Message'>, emoji: string, options?: APIRequestOptions): Promise<void> {
		const params = { channel_id: channelId, message_id: messageId, emoji_name: emojiParam(emoji) };
		await call(this.rest, 'add_my_message_reaction', params, options);
	}

	/** [Delete Own Reaction](https://discord.com/developers/docs/resources/message#delete-own-reaction). */
	async deleteOwnReaction(
		channelId: IdOf<'Channel'>,
		messageId: IdOf<'Message'>,
		emoji: string,
		options?: APIRequestOptions,
	): Promise<void> {
		const params = { channel_id: channelId, message_id: messageId, emoji_name: emojiParam(emoji) };
		await call(this.rest, 'delete_my_message_reaction', params, options);
	}

	/** [Delete User Reaction](https://discord.com/developers/docs/resources/message#delete-user-reaction). */
	async deleteUserReaction(
		channelId: IdOf<'Channel'>,
		messageId: IdOf<'Message'>,
		emoji: string,
		userId: IdOf<'User'>,
		options?: APIRequestOptions,
	): Promise<void> {
		const params = { channel_id: channelId, message_id: messageId, emoji_name: emojiParam(emoji), user_id: userId };
		await call(this.rest, 'delete_user_message_reaction', params, options);
	}

	/** [Get Reactions](https://discord.com/developers/docs/resources/message#get-reactions): the users who reacted with `emoji`. */
	getReactions(
		channelId: IdOf<'Channel'>,
		messageId: IdOf<'Message'>,
		emoji: string,
		query: RESTGetAPIChannelMessageReactionUsersQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIChannelMessageReactionUsersResult> {
		const params = { channel_id: channelId, message_id: messageId, emoji_name: emojiParam(emoji) };
		return call(this.rest, 'list_message_reactions_by_emoji', params, options, undefined, query);
	}

	/** [Delete All Reactions](https://discord.com/developers/docs/resources/message#delete-all-reactions). */
	async deleteAllReactions(channelId: IdOf<'Channel'>, messageId: IdOf<'Message'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_all_message_reactions', { channel_id: channelId, message_id: messageId }, options);
	}

	/** [Delete All Reactions for Emoji](https://discord.com/developers/docs/resources/message#delete-all-reactions-for-emoji). */
	async deleteAllReactionsForEmoji(
		channelId: IdOf<'Channel'>,
		messageId: IdOf<'Message'>,
		emoji: string,
		options?: APIRequestOptions,
	): Promise<void> {
		const params = { channel_id: channelId, message_id: messageId, emoji_name: emojiParam(emoji) };
		await call(this.rest, 'delete_all_message_reactions_by_emoji', params, options);
	}

	/** [Get Channel Pins](https://discord.com/developers/docs/resources/message#get-channel-pins). */
	getPins(
		channelId: IdOf<'Channel'>,
		query: RESTGetAPIChannelMessagesPinsQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIChannelMessagesPinsResult> {
		return call(this.rest, 'list_pins', { channel_id: channelId }, options, undefined, query);
	}

	/** [Pin Message](https://discord.com/developers/docs/resources/message#pin-message). */
	async pinMessage(channelId: IdOf<'Channel'>, messageId: IdOf<'Message'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'create_pin', { channel_id: channelId, message_id: messageId }, options);
	}

	/** [Unpin Message](https://discord.com/developers/docs/resources/message#unpin-message). */
	async unpinMessage(channelId: IdOf<'Channel'>, messageId: IdOf<'Message'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_pin', { channel_id: channelId, message_id: messageId }, options);
	}

	/**
	 * [Start Thread without Message](https://discord.com/developers/docs/resources/channel#start-thread-without-message), or
	 * [in a forum or media channel](https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel)
	 * with its first message (`options.files` uploads its attachments).
	 */
	createThread(
		channelId: IdOf<'Channel'>,
		body: RESTPostAPIChannelThreadsJSONBody | RESTPostAPIGuildForumThreadsJSONBody,
		options?: APIFileRequestOptions,
	): Promise<RESTPostAPIChannelThreadsResult> {
		return call(this.rest, 'create_thread', { channel_id: channelId }, options, body);
	}

	/** [Start Thread from Message](https://discord.com/developers/docs/resources/channel#start-thread-from-message). */
	startThreadFromMessage(
		channelId: IdOf<'Channel'>,
		messageId: IdOf<'Message'>,
		body: RESTPostAPIChannelMessagesThreadsJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIChannelMessagesThreadsResult> {
		return call(this.rest, 'create_thread_from_message', { channel_id: channelId, message_id: messageId }, options, body);
	}

	/** [List Public Archived Threads](https://discord.com/developers/docs/resources/channel#list-public-archived-threads). */
	getPublicArchivedThreads(
		channelId: IdOf<'Channel'>,
		query: RESTGetAPIChannelThreadsArchivedQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIChannelThreadsArchivedPublicResult> {
		return call(this.rest, 'list_public_archived_threads', { channel_id: channelId }, options, undefined, query);
	}

	/** [List Private Archived Threads](https://discord.com/developers/docs/resources/channel#list-private-archived-threads); needs MANAGE_THREADS. */
	getPrivateArchivedThreads(
		channelId: IdOf<'Channel'>,
		query: RESTGetAPIChannelThreadsArchivedQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIChannelThreadsArchivedPrivateResult> {
		return call(this.rest, 'list_private_archived_threads', { channel_id: channelId }, options, undefined, query);
	}

	/** [List Joined Private Archived Threads](https://discord.com/developers/docs/resources/channel#list-joined-private-archived-threads): the private ones the bot joined. */
	getJoinedPrivateArchivedThreads(
		channelId: IdOf<'Channel'>,
		query: RESTGetAPIChannelThreadsArchivedQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIChannelUsersThreadsArchivedResult> {
		return call(this.rest, 'list_my_private_archived_threads', { channel_id: channelId }, options, undefined, query);
	}
}
