import type {
	RESTDeleteAPIInviteResult,
	RESTGetAPIInviteQuery,
	RESTGetAPIInviteResult,
	RESTGetAPIInviteTargetUsersJobStatusResult,
} from 'discord-api-types/v10';
import type { RawFile } from '../rest/RequestOptions.js';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import { call } from './_call.js';

/**
 * [Invites](https://discord.com/developers/docs/resources/invite) by code. Channel and guild
 * invite lists are on `api.channels.getInvites` and `api.guilds.getInvites`; an invite is created
 * with `api.channels.createInvite`.
 */
export class InvitesAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Get Invite](https://discord.com/developers/docs/resources/invite#get-invite); `{ with_counts: true }` adds member counts. */
	get(code: string, query: RESTGetAPIInviteQuery = {}, options?: APIRequestOptions): Promise<RESTGetAPIInviteResult> {
		return call(this.rest, 'invite_resolve', { code }, options, undefined, query);
	}

	/** [Delete Invite](https://discord.com/developers/docs/resources/invite#delete-invite). */
	delete(code: string, options?: APIRequestOptions): Promise<RESTDeleteAPIInviteResult> {
		return call(this.rest, 'invite_revoke', { code }, options);
	}

	/** [Get Target Users](https://discord.com/developers/docs/resources/invite#get-target-users): the CSV of user ids allowed to accept it. */
	getTargetUsers(code: string, options?: APIRequestOptions): Promise<Buffer> {
		return call(this.rest, 'get_invite_target_users', { code }, options);
	}

	/** [Update Target Users](https://discord.com/developers/docs/resources/invite#update-target-users) from a CSV of user ids (processed in the background). */
	async editTargetUsers(code: string, targetUsersFile: RawFile, options?: APIRequestOptions): Promise<void> {
		await call(
			this.rest,
			'update_invite_target_users',
			{ code },
			{ ...options, files: [{ ...targetUsersFile, key: 'target_users_file' }] },
		);
	}

	/** [Get Target Users Job Status](https://discord.com/developers/docs/resources/invite#get-target-users-job-status) of the last update. */
	getTargetUsersJobStatus(code: string, options?: APIRequestOptions): Promise<RESTGetAPIInviteTargetUsersJobStatusResult> {
		return call(this.rest, 'get_invite_target_users_job_status', { code }, options);
	}
}
