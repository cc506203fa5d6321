import type { GatewayPresenceUpdateData } from 'discord-api-types/v10';
import type { API } from '../api/API.js';
import type { ClientCache } from '../cache/index.js';
import type { _VoiceAdapters } from '../voice/_VoiceAdapters.js';
import type { Client } from './Client.js';
import type { _Structures } from './_structures.js';

/**
 * What every structure is bound to: the API, the cache and the factory that makes the other
 * structures (views never construct each other, so they import one another as types only).
 * @internal
 */
export interface _ViewContext {
	readonly api: API;
	readonly cache: ClientCache | undefined;
	/** The client has MessageContent: `''` content is real, not masked. */
	readonly messageContent: boolean;
	/** The client the structures belong to; undefined for a handler made from an `API` alone. */
	readonly client: Client | undefined;
	/** Makes structures: the one place that knows every structure class. */
	readonly make: _Structures;
	/** Sends a presence to every shard and keeps it for new sessions; throws before login. */
	readonly setPresence: (presence: GatewayPresenceUpdateData) => void;
	/** The presence set last, if any. */
	readonly presence: () => GatewayPresenceUpdateData | undefined;
	/** The client's voice adapters; absent for views made outside a client. */
	readonly voice?: _VoiceAdapters;
}

const contexts = new WeakMap<object, _ViewContext>();

/** Remembers the view context of a client, for the interaction handler that is given the client. @internal */
export function _registerContext(client: object, ctx: _ViewContext): void {
	contexts.set(client, ctx);
}

/** The view context of a client. @internal */
export function _contextOf(client: object): _ViewContext | undefined {
	return contexts.get(client);
}
