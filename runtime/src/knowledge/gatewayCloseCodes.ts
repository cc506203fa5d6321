/**
 * Gateway close codes as policy data: what a client must do after each one. The runtime's
 * shard reads this table to decide between resuming, identifying anew and giving up; the
 * mock reads it to decide whether a session survives the close.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
 */

const closeDoc = 'https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes';
const resumingDoc = 'https://discord.com/developers/docs/events/gateway#resuming';

/** What a client does after the gateway closes with a code. */
export type GatewayCloseAction = 'resume' | 'reidentify' | 'fatal';

/** One gateway close code. */
export interface GatewayCloseCodeInfo {
	/** The name discord-api-types uses for it. */
	readonly name: string;
	/** `resume`: reconnect and RESUME; `reidentify`: reconnect and IDENTIFY anew; `fatal`: do not reconnect. */
	readonly action: GatewayCloseAction;
	/** What it means. */
	readonly description: string;
	/** The doc that states it. */
	readonly doc: string;
}

/**
 * Every close code a bot can see. Discord marks 4004 and 4010–4014 as not reconnectable;
 * 4007 and 4009 are reconnectable but end the session ("start a new session"); the
 * rest may resume. 1000/1001 sent by a client invalidate its session, so a client that
 * sees them identifies anew.
 */
export const GatewayCloseCodes = {
	1000: { name: 'Normal', action: 'reidentify', description: 'Normal closure; the session is invalidated.', doc: resumingDoc },
	1001: { name: 'GoingAway', action: 'reidentify', description: 'Going away; the session is invalidated.', doc: resumingDoc },
	4000: { name: 'UnknownError', action: 'resume', description: "We're not sure what went wrong. Try reconnecting.", doc: closeDoc },
	4001: {
		name: 'UnknownOpcode',
		action: 'resume',
		description: 'An invalid gateway opcode or an invalid payload for an opcode was sent.',
		doc: closeDoc,
	},
	4002: {
		name: 'DecodeError',
		action: 'resume',
		description: 'An invalid payload was sent (undecodable, or over 4096 bytes).',
		doc: closeDoc,
	},
	4003: { name: 'NotAuthenticated', action: 'reidentify', description: 'A payload was sent before IDENTIFY.', doc: closeDoc },
	4004: { name: 'AuthenticationFailed', action: 'fatal', description: 'The token sent with IDENTIFY is incorrect.', doc: closeDoc },
	4005: { name: 'AlreadyAuthenticated', action: 'resume', description: 'More than one IDENTIFY was sent.', doc: closeDoc },
	4007: {
		name: 'InvalidSeq',
		action: 'reidentify',
		description: 'The sequence sent with RESUME was invalid; start a new session.',
		doc: closeDoc,
	},
	4008: { name: 'RateLimited', action: 'resume', description: 'Payloads were sent too quickly (over 120 in 60 seconds).', doc: closeDoc },
	4009: { name: 'SessionTimedOut', action: 'reidentify', description: 'The session timed out; start a new one.', doc: closeDoc },
	4010: { name: 'InvalidShard', action: 'fatal', description: 'An invalid shard was sent with IDENTIFY.', doc: closeDoc },
	4011: {
		name: 'ShardingRequired',
		action: 'fatal',
		description: 'The session would handle too many guilds; shard the connection.',
		doc: closeDoc,
	},
	4012: { name: 'InvalidAPIVersion', action: 'fatal', description: 'An invalid gateway version was requested.', doc: closeDoc },
	4013: { name: 'InvalidIntents', action: 'fatal', description: 'An invalid intents bitfield was sent.', doc: closeDoc },
	4014: {
		name: 'DisallowedIntents',
		action: 'fatal',
		description: 'A privileged intent was requested that the application has not enabled.',
		doc: closeDoc,
	},
} as const satisfies Record<number, GatewayCloseCodeInfo>;

/** A close code in {@link GatewayCloseCodes}. */
export type KnownGatewayCloseCode = keyof typeof GatewayCloseCodes;

/**
 * What to do after a close with `code`. Codes outside the table (network drops as 1006,
 * other 1xxx and 4xxx) are treated as resumable, since Discord asks clients to try.
 */
export function closeCodeAction(code: number): GatewayCloseAction {
	const info: GatewayCloseCodeInfo | undefined = (GatewayCloseCodes as Record<number, GatewayCloseCodeInfo>)[code];
	return info === undefined ? 'resume' : info.action;
}
