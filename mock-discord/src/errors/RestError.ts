import { MockDiscordError } from './MockDiscordError.js';

/** The JSON body Discord sends with a 4xx. */
export interface DiscordErrorBody {
	readonly message: string;
	readonly code: number;
	readonly errors?: unknown;
}

/**
 * An HTTP error answer, thrown by route handlers and turned into a response by the
 * server. `discordCode` is Discord's JSON error code (e.g. 10003 Unknown Channel).
 */
export class RestError extends MockDiscordError<'MOCK_REST_ERROR'> {
	public readonly status: number;
	public readonly discordCode: number;
	public readonly body: DiscordErrorBody;
	/** Extra response headers (e.g. `X-Mock-Unimplemented`). */
	public readonly headers: Readonly<Record<string, string>>;

	public constructor(
		status: number,
		discordCode: number,
		message: string,
		errors?: unknown,
		extra: Readonly<Record<string, unknown>> = {},
		headers: Readonly<Record<string, string>> = {},
	) {
		super('MOCK_REST_ERROR', `${status} ${discordCode}: ${message}`);
		this.status = status;
		this.discordCode = discordCode;
		this.body = { ...(errors === undefined ? { message, code: discordCode } : { message, code: discordCode, errors }), ...extra };
		this.headers = headers;
	}
}

/**
 * Discord's JSON error codes the mock sends, with their messages.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
export const DiscordErrors = {
	unknownAccount: { status: 404, code: 10001, message: 'Unknown Account' },
	unknownApplication: { status: 404, code: 10002, message: 'Unknown Application' },
	unknownChannel: { status: 404, code: 10003, message: 'Unknown Channel' },
	unknownGuild: { status: 404, code: 10004, message: 'Unknown Guild' },
	unknownMember: { status: 404, code: 10007, message: 'Unknown Member' },
	unknownMessage: { status: 404, code: 10008, message: 'Unknown Message' },
	unknownRole: { status: 404, code: 10011, message: 'Unknown Role' },
	unknownUser: { status: 404, code: 10013, message: 'Unknown User' },
	unknownEmoji: { status: 400, code: 10014, message: 'Unknown Emoji' },
	unknownWebhook: { status: 404, code: 10015, message: 'Unknown Webhook' },
	unknownBan: { status: 404, code: 10026, message: 'Unknown Ban' },
	unknownIntegration: { status: 404, code: 10005, message: 'Unknown Integration' },
	unknownInvite: { status: 404, code: 10006, message: 'Unknown Invite' },
	unknownOverwrite: { status: 404, code: 10009, message: 'Unknown Overwrite' },
	unknownGuildEmoji: { status: 404, code: 10014, message: 'Unknown Emoji' },
	unknownSku: { status: 404, code: 10027, message: 'Unknown SKU' },
	unknownEntitlement: { status: 404, code: 10029, message: 'Unknown Entitlement' },
	unknownTemplate: { status: 404, code: 10057, message: 'Unknown Guild Template' },
	unknownSticker: { status: 404, code: 10060, message: 'Unknown Sticker' },
	unknownStickerPack: { status: 404, code: 10061, message: 'Unknown Sticker Pack' },
	unknownVoiceState: { status: 404, code: 10065, message: 'Unknown Voice State' },
	unknownCommandPermissions: { status: 404, code: 10066, message: 'Unknown application command permissions' },
	unknownStageInstance: { status: 404, code: 10067, message: 'Unknown Stage Instance' },
	unknownWelcomeScreen: { status: 404, code: 10069, message: 'Unknown Guild Welcome Screen' },
	unknownScheduledEvent: { status: 404, code: 10070, message: 'Unknown Guild Scheduled Event' },
	unknownScheduledEventUser: { status: 404, code: 10071, message: 'Unknown Guild Scheduled Event User' },
	unknownSound: { status: 404, code: 10097, message: 'Unknown Sound' },
	// Discord documents no JSON code for these two; it answers a plain 404.
	unknownAutoModRule: { status: 404, code: 0, message: '404: Not Found' },
	unknownSubscription: { status: 404, code: 0, message: '404: Not Found' },
	botsCannotUse: { status: 403, code: 20001, message: 'Bots cannot use this endpoint' },
	maxRoles: { status: 400, code: 30005, message: 'Maximum number of guild roles reached (250)' },
	maxWebhooks: { status: 400, code: 30007, message: 'Maximum number of webhooks reached (15)' },
	maxEmojis: { status: 400, code: 30008, message: 'Maximum number of emojis reached' },
	maxAnimatedEmojis: { status: 400, code: 30018, message: 'Maximum number of animated emojis reached' },
	maxInvites: { status: 400, code: 30016, message: 'Maximum number of invites reached (1000)' },
	templateExists: { status: 400, code: 30031, message: 'Guild already has a template' },
	maxNonMemberBans: { status: 400, code: 30035, message: 'Maximum number of bans for non-guild members have been exceeded' },
	maxScheduledEvents: { status: 400, code: 30038, message: 'Maximum number of uncompleted guild scheduled events reached (100)' },
	maxStickers: { status: 400, code: 30039, message: 'Maximum number of stickers reached' },
	maxSounds: { status: 400, code: 30045, message: 'Maximum number of soundboard sounds reached' },
	onlyConsumable: { status: 400, code: 40018, message: 'Only consumable SKUs can be consumed' },
	onlyTestEntitlements: { status: 400, code: 40019, message: 'You can only delete sandbox entitlements.' },
	alreadyCrossposted: { status: 400, code: 40033, message: 'This message has already been crossposted.' },
	cannotOnDm: { status: 400, code: 50003, message: 'Cannot execute action on a DM channel' },
	widgetDisabled: { status: 403, code: 50004, message: 'Guild widget disabled' },
	invalidWebhookToken: { status: 401, code: 50027, message: 'Invalid Webhook Token' },
	invalidRecipients: { status: 400, code: 50033, message: 'Invalid Recipient(s)' },
	invalidApiVersion: { status: 400, code: 50041, message: 'Invalid API version' },
	invalidFile: { status: 400, code: 50046, message: 'Invalid file uploaded.' },
	invalidChannelType: { status: 400, code: 50024, message: 'Cannot execute action on this channel type' },
	eventTypeMismatch: {
		status: 400,
		code: 50091,
		message: 'The entity type of the event is different from the entity you are trying to start the event for',
	},
	archivedThread: {
		status: 400,
		code: 50083,
		message: 'Tried to perform an operation on an archived thread, such as editing a message or adding a user to the thread',
	},
	cannotExpireNonPoll: { status: 400, code: 520006, message: 'Cannot expire a non-poll message' },
	pollExpired: { status: 400, code: 520001, message: 'Poll expired' },
	cannotEditPoll: { status: 400, code: 520003, message: 'Cannot edit a poll message' },
	stageAlreadyOpen: { status: 400, code: 150006, message: 'The stage is already open' },
	finishedEvent: { status: 400, code: 180000, message: 'Cannot update a finished event' },
	blockedByAutoMod: { status: 400, code: 200000, message: 'Message was blocked by automatic moderation' },
	forumWebhookThread: { status: 400, code: 220001, message: 'Webhooks posted to forum channels must have a thread_name or thread_id' },
	failedToBan: { status: 500, code: 500000, message: 'Failed to ban users' },
	alreadyThread: { status: 400, code: 160004, message: 'A thread has already been created for this message' },
	userBanned: { status: 403, code: 40007, message: 'The user is banned from this guild.' },
	targetNotInVoice: { status: 400, code: 40032, message: 'Target user is not connected to voice' },
	unknownInteraction: { status: 404, code: 10062, message: 'Unknown interaction' },
	unknownCommand: { status: 404, code: 10063, message: 'Unknown application command' },
	missingAccess: { status: 403, code: 50001, message: 'Missing Access' },
	cannotEditOthersMessage: { status: 403, code: 50005, message: 'Cannot edit a message authored by another user' },
	emptyMessage: { status: 400, code: 50006, message: 'Cannot send an empty message' },
	nonTextChannel: { status: 400, code: 50008, message: 'Cannot send messages in a non-text channel' },
	missingPermissions: { status: 403, code: 50013, message: 'Missing Permissions' },
	bulkDeleteCount: {
		status: 400,
		code: 50016,
		message: 'Provided too few or too many messages to delete. Must provide at least 2 and fewer than 100 messages to delete.',
	},
	bulkDeleteTooOld: { status: 400, code: 50034, message: 'You can only bulk delete messages that are under 14 days old.' },
	invalidOAuthToken: { status: 400, code: 50025, message: 'Invalid OAuth2 access token provided' },
	invalidFormBody: { status: 400, code: 50035, message: 'Invalid Form Body' },
	invalidJson: { status: 400, code: 50109, message: 'The request body contains invalid JSON.' },
	alreadyAcknowledged: { status: 400, code: 40060, message: 'Interaction has already been acknowledged.' },
	unauthorized: { status: 401, code: 0, message: '401: Unauthorized' },
	notFound: { status: 404, code: 0, message: '404: Not Found' },
	methodNotAllowed: { status: 405, code: 0, message: '405: Method Not Allowed' },
	payloadTooLarge: { status: 413, code: 40005, message: 'Request entity too large' },
} as const satisfies Record<string, { status: number; code: number; message: string }>;

/** Names of {@link DiscordErrors}. */
export type DiscordErrorName = keyof typeof DiscordErrors;

/** Builds the {@link RestError} for one of Discord's known errors. */
export function restError(name: DiscordErrorName, errors?: unknown): RestError {
	const known = DiscordErrors[name];
	return new RestError(known.status, known.code, known.message, errors);
}
