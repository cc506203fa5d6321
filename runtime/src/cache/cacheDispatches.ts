import type { GatewayDispatchEvents } from 'discord-api-types/v10';
import { _DISPATCH_HANDLERS } from './_dispatchHandlers.js';

/** Every gateway dispatch the cache applies: each changes something it keeps. */
export const CACHE_DISPATCHES: readonly GatewayDispatchEvents[] = Object.keys(_DISPATCH_HANDLERS) as GatewayDispatchEvents[];

/**
 * The dispatches that change nothing the cache keeps, each with the reason. Every dispatch
 * Discord documents is either here or in {@link CACHE_DISPATCHES} (a test checks it against
 * discord-api-types), so a new one cannot be forgotten silently.
 */
export const STATELESS_DISPATCHES = {
	RESUMED: 'a session event: the missed dispatches are replayed before it',
	RATE_LIMITED: 'an answer to a rate-limited gateway request',
	INTERACTION_CREATE: 'interactions are answered, not kept',
	APPLICATION_COMMAND_PERMISSIONS_UPDATE: 'command permissions are not kept',
	AUTO_MODERATION_ACTION_EXECUTION: 'an event: the rule is kept, its executions are not',
	CHANNEL_INFO: 'voice channel details for the client requesting them',
	ENTITLEMENT_CREATE: 'entitlements are fetched, not kept',
	ENTITLEMENT_UPDATE: 'entitlements are fetched, not kept',
	ENTITLEMENT_DELETE: 'entitlements are fetched, not kept',
	SUBSCRIPTION_CREATE: 'subscriptions are fetched, not kept',
	SUBSCRIPTION_UPDATE: 'subscriptions are fetched, not kept',
	SUBSCRIPTION_DELETE: 'subscriptions are fetched, not kept',
	GUILD_AUDIT_LOG_ENTRY_CREATE: 'an event: audit logs are fetched, not kept',
	GUILD_BAN_ADD: 'bans are fetched, not kept (the member goes with GUILD_MEMBER_REMOVE)',
	GUILD_BAN_REMOVE: 'bans are fetched, not kept',
	GUILD_INTEGRATIONS_UPDATE: 'integrations are fetched, not kept',
	INTEGRATION_CREATE: 'integrations are fetched, not kept',
	INTEGRATION_UPDATE: 'integrations are fetched, not kept',
	INTEGRATION_DELETE: 'integrations are fetched, not kept',
	INVITE_CREATE: 'invites are fetched, not kept',
	INVITE_DELETE: 'invites are fetched, not kept',
	THREAD_MEMBER_UPDATE: "the bot's own thread membership (join time, notification flags) is not kept",
	TYPING_START: 'an event: typing is momentary',
	VOICE_CHANNEL_EFFECT_SEND: 'an event: effects are momentary',
	VOICE_CHANNEL_START_TIME_UPDATE: "a voice channel's session start is not kept",
	VOICE_CHANNEL_STATUS_UPDATE: "a voice channel's status text is not kept",
	VOICE_SERVER_UPDATE: 'voice connection credentials, for the voice connection that asked for them',
	WEBHOOKS_UPDATE: 'webhooks are fetched, not kept',
} as const satisfies { readonly [E in GatewayDispatchEvents]?: string };

/** A dispatch that changes nothing the cache keeps. */
export type StatelessDispatch = keyof typeof STATELESS_DISPATCHES;

/** Whether the cache applies `event`. */
export function cacheApplies(event: GatewayDispatchEvents | `${GatewayDispatchEvents}`): boolean {
	return Object.hasOwn(_DISPATCH_HANDLERS, event);
}
