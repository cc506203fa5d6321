import type {
	RESTGetAPIApplicationActivityInstanceResult,
	RESTGetAPIApplicationRoleConnectionMetadataResult,
	RESTGetAPIOAuth2CurrentApplicationResult,
	RESTGetCurrentApplicationResult,
	RESTPatchCurrentApplicationJSONBody,
	RESTPatchCurrentApplicationResult,
	RESTPutAPIApplicationRoleConnectionMetadataJSONBody,
	RESTPutAPIApplicationRoleConnectionMetadataResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { WithFileFields } from './dataURI.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';
import { resolveFileFields } from './_fileFields.js';

/**
 * The bot's own application, after Discord's [application](https://discord.com/developers/docs/resources/application)
 * and [role connection metadata](https://discord.com/developers/docs/resources/application-role-connection-metadata) docs.
 */
export class ApplicationsAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Get Current Application](https://discord.com/developers/docs/resources/application#get-current-application). */
	getCurrent(options?: APIRequestOptions): Promise<RESTGetCurrentApplicationResult> {
		return call(this.rest, 'get_my_application', {}, options);
	}

	/** [Edit Current Application](https://discord.com/developers/docs/resources/application#edit-current-application); `icon` and `cover_image` take a data URI or a file. */
	async editCurrent(
		body: WithFileFields<RESTPatchCurrentApplicationJSONBody, 'icon' | 'cover_image'>,
		options?: APIRequestOptions,
	): Promise<RESTPatchCurrentApplicationResult> {
		return call(this.rest, 'update_my_application', {}, options, await resolveFileFields(body, ['icon', 'cover_image']));
	}

	/** [Get Current Bot Application Information](https://discord.com/developers/docs/topics/oauth2#get-current-bot-application-information) (the OAuth2 view, with the owner). */
	getCurrentBotInformation(options?: APIRequestOptions): Promise<RESTGetAPIOAuth2CurrentApplicationResult> {
		return call(this.rest, 'get_my_oauth2_application', {}, options);
	}

	/** [Get Application Activity Instance](https://discord.com/developers/docs/resources/application#get-application-activity-instance). */
	getActivityInstance(
		applicationId: IdOf<'Application'>,
		instanceId: string,
		options?: APIRequestOptions,
	): Promise<RESTGetAPIApplicationActivityInstanceResult> {
		return call(this.rest, 'applications_get_activity_instance', { application_id: applicationId, instance_id: instanceId }, options);
	}

	/** [Get Application Role Connection Metadata Records](https://discord.com/developers/docs/resources/application-role-connection-metadata#get-application-role-connection-metadata-records). */
	getRoleConnectionMetadata(
		applicationId: IdOf<'Application'>,
		options?: APIRequestOptions,
	): Promise<RESTGetAPIApplicationRoleConnectionMetadataResult> {
		return call(this.rest, 'get_application_role_connections_metadata', { application_id: applicationId }, options);
	}

	/** [Update Application Role Connection Metadata Records](https://discord.com/developers/docs/resources/application-role-connection-metadata#update-application-role-connection-metadata-records): the set becomes exactly `body` (up to 5). */
	editRoleConnectionMetadata(
		applicationId: IdOf<'Application'>,
		body: RESTPutAPIApplicationRoleConnectionMetadataJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPutAPIApplicationRoleConnectionMetadataResult> {
		return call(this.rest, 'update_application_role_connections_metadata', { application_id: applicationId }, options, body);
	}
}
