import type { GatewayActivityUpdateData, GatewayPresenceUpdateData, RESTPatchAPICurrentUserJSONBody } from 'discord-api-types/v10';
import type { WithFileFields } from '../../api/dataURI.js';
import { ActivityTypes, type ActivityTypeName } from '../../knowledge/index.js';
import { User } from './User.js';

/** An online status, as Discord names it. */
export type PresenceStatus = 'online' | 'idle' | 'dnd' | 'invisible';

/** An activity to show: its name, its type by name (`'Playing'`, `'Watching'`, …) or number, and a stream URL. */
export interface ActivityInput {
	readonly name: string;
	/** Default `'Playing'`; `'Custom'` shows `state` as a custom status. */
	readonly type?: ActivityTypeName | (typeof ActivityTypes)[ActivityTypeName];
	/** For `'Streaming'`: a Twitch or YouTube URL. */
	readonly url?: string;
	/** For `'Custom'`: the status text. */
	readonly state?: string;
}

/** What {@link ClientUser.setPresence} takes. */
export interface PresenceInput {
	/** Default `'online'`. */
	readonly status?: PresenceStatus;
	readonly activities?: readonly ActivityInput[];
	/** Whether the bot is away (Discord uses it for push notifications). Default false. */
	readonly afk?: boolean;
	/** Since when the bot is idle, in Unix ms; null otherwise. */
	readonly since?: number | null;
}

/** Discord's presence payload (op 3) for `input`. @internal */
export function _presenceData(input: PresenceInput): GatewayPresenceUpdateData {
	const activities = (input.activities ?? []).map((activity): GatewayActivityUpdateData => {
		const type = typeof activity.type === 'string' ? ActivityTypes[activity.type] : (activity.type ?? ActivityTypes.Playing);
		return {
			name: activity.name,
			type,
			...(activity.url === undefined ? {} : { url: activity.url }),
			...(activity.state === undefined ? {} : { state: activity.state }),
		} as GatewayActivityUpdateData;
	});
	return {
		since: input.since ?? null,
		activities,
		status: (input.status ?? 'online') as GatewayPresenceUpdateData['status'],
		afk: input.afk ?? false,
	};
}

/** The bot's own user: a `User` that can also set its presence and edit its profile. */
export class ClientUser extends User {
	/**
	 * Sets the bot's presence on every shard (gateway op 3) and keeps it for new sessions.
	 * @example client.user?.setPresence({ status: 'online', activities: [{ name: 'the mock', type: 'Watching' }] })
	 * @throws {OvenClientError} `CLIENT_NOT_CONNECTED` before `login()`.
	 */
	setPresence(presence: PresenceInput): void {
		this.ctx.setPresence(_presenceData(presence));
	}

	/** Shows one activity (or none, with no argument), keeping the status set last. */
	setActivity(name?: string, options: Omit<ActivityInput, 'name'> = {}): void {
		this.setPresence({
			status: (this.ctx.presence()?.status as PresenceStatus | undefined) ?? 'online',
			activities: name === undefined ? [] : [{ name, ...options }],
		});
	}

	/** Sets the status, keeping the activities set last. */
	setStatus(status: PresenceStatus): void {
		const current = this.ctx.presence();
		this.ctx.setPresence({ since: null, afk: false, activities: [], ...current, status: status as GatewayPresenceUpdateData['status'] });
	}

	/** Edits the bot's username, avatar or banner (images as data URIs or files). */
	async edit(body: WithFileFields<RESTPatchAPICurrentUserJSONBody, 'avatar' | 'banner'>): Promise<ClientUser> {
		return this.ctx.make.clientUser(await this.ctx.api.users.editCurrent(body));
	}
}
