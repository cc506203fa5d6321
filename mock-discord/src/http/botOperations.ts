import type { OpenApiSpec } from './OpenApiSpec.js';

/** One operation of Discord's OpenAPI description. */
export interface SpecOperation {
	readonly method: string;
	/** The path template, e.g. `/channels/{channel_id}/messages`. */
	readonly path: string;
	readonly operationId: string | undefined;
}

/**
 * Path prefixes of the operations a bot never calls: lobbies and the partner SDK belong to
 * the Social SDK for games, `/oauth2` to OAuth2 applications acting for users. Everything
 * else in the description (218 of its 242 operations) is bot-relevant.
 */
const NOT_FOR_BOTS = ['/lobbies', '/oauth2', '/partner-sdk'] as const;

/** Whether a bot can call the operation at `path`: everything but lobbies, OAuth2 and the partner SDK. */
export function isBotRelevant(path: string): boolean {
	return !NOT_FOR_BOTS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * Areas as Discord's documentation groups the resources, matched in order against the path
 * template. The first rule that matches names the area.
 */
const AREAS: readonly (readonly [RegExp, string])[] = [
	[/^\/(applications\/\{application_id\}|guilds\/\{guild_id\})\/emojis/, 'Emoji'],
	[
		/^\/applications\/\{application_id\}\/entitlements|^\/skus\/|^\/users\/@me\/applications\/\{application_id\}\/entitlements/,
		'Monetization',
	],
	[/^\/applications\/\{application_id\}(\/guilds\/\{guild_id\})?\/commands/, 'Application Commands'],
	[/role-connection/, 'Application Role Connection'],
	[/^\/applications\//, 'Application'],
	[/^\/channels\/\{channel_id\}\/polls\//, 'Poll'],
	[/^\/channels\/\{channel_id\}\/invites|^\/invites\/|^\/guilds\/\{guild_id\}\/invites/, 'Invite'],
	[/^\/channels\/\{channel_id\}\/webhooks|^\/guilds\/\{guild_id\}\/webhooks|^\/webhooks\//, 'Webhook'],
	[/soundboard/, 'Soundboard'],
	[/voice-status|voice-states|^\/voice\//, 'Voice'],
	[/^\/channels\/\{channel_id\}\/(messages|pins)|^\/guilds\/\{guild_id\}\/messages\//, 'Message'],
	[/^\/channels\//, 'Channel'],
	[/^\/gateway/, 'Gateway'],
	[/templates/, 'Guild Template'],
	[/^\/guilds\/\{guild_id\}\/audit-logs/, 'Audit Log'],
	[/^\/guilds\/\{guild_id\}\/auto-moderation/, 'Auto Moderation'],
	[/^\/guilds\/\{guild_id\}\/scheduled-events/, 'Guild Scheduled Event'],
	[/sticker/, 'Sticker'],
	[/^\/guilds\//, 'Guild'],
	[/^\/interactions\//, 'Interaction'],
	[/^\/stage-instances/, 'Stage Instance'],
	[/^\/users\//, 'User'],
];

/** The documentation area of an operation, e.g. `Emoji` for `/guilds/{guild_id}/emojis`. */
export function operationArea(path: string): string {
	return AREAS.find(([pattern]) => pattern.test(path))?.[1] ?? 'Other';
}

/** Every bot-relevant operation of the description, in its order. */
export function botOperations(spec: OpenApiSpec): SpecOperation[] {
	return spec.routes().filter((operation) => isBotRelevant(operation.path));
}
