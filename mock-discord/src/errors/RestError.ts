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
export class RestError extends MockDiscordError {
	public readonly status: number;
	public readonly discordCode: number;
	public readonly body: DiscordErrorBody;

	public constructor(status: number, discordCode: number, message: string, errors?: unknown) {
		super('MOCK_REST_ERROR', `${status} ${discordCode}: ${message}`);
		this.status = status;
		this.discordCode = discordCode;
		this.body = errors === undefined ? { message, code: discordCode } : { message, code: discordCode, errors };
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
