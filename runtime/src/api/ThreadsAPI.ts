import type {
	RESTGetAPIChannelThreadMemberQuery,
	RESTGetAPIChannelThreadMemberResult,
	RESTGetAPIChannelThreadMembersQuery,
	RESTGetAPIChannelThreadMembersResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';

/**
 * Who is in a thread, after Discord's [channel docs](https://discord.com/developers/docs/resources/channel#join-thread).
 * Threads are started from `api.channels` (`createThread`, `startThreadFromMessage`) and listed
 * from `api.channels` (archived) or `api.guilds.getActiveThreads`.
 */
export class ThreadsAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Join Thread](https://discord.com/developers/docs/resources/channel#join-thread): the bot joins. */
	async join(threadId: IdOf<'Channel'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'join_thread', { channel_id: threadId }, options);
	}

	/** [Leave Thread](https://discord.com/developers/docs/resources/channel#leave-thread): the bot leaves. */
	async leave(threadId: IdOf<'Channel'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'leave_thread', { channel_id: threadId }, options);
	}

	/** [Add Thread Member](https://discord.com/developers/docs/resources/channel#add-thread-member). */
	async addMember(threadId: IdOf<'Channel'>, userId: IdOf<'User'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'add_thread_member', { channel_id: threadId, user_id: userId }, options);
	}

	/** [Remove Thread Member](https://discord.com/developers/docs/resources/channel#remove-thread-member). */
	async removeMember(threadId: IdOf<'Channel'>, userId: IdOf<'User'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_thread_member', { channel_id: threadId, user_id: userId }, options);
	}

	/** [Get Thread Member](https://discord.com/developers/docs/resources/channel#get-thread-member); `{ with_member: true }` adds the guild member. */
	getMember(
		threadId: IdOf<'Channel'>,
		userId: IdOf<'User'>,
		query: RESTGetAPIChannelThreadMemberQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIChannelThreadMemberResult> {
		return call(this.rest, 'get_thread_member', { channel_id: threadId, user_id: userId }, options, undefined, query);
	}

	/** [List Thread Members](https://discord.com/developers/docs/resources/channel#list-thread-members); needs the GUILD_MEMBERS intent. */
	getMembers(
		threadId: IdOf<'Channel'>,
		query: RESTGetAPIChannelThreadMembersQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIChannelThreadMembersResult> {
		return call(this.rest, 'list_thread_members', { channel_id: threadId }, options, undefined, query);
	}
}
