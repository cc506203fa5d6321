/**
 * The shapes of Discord secrets, as data: what a bot token and a webhook URL look like, so
 * tools can tell one written into source code.
 *
 * A bot token is three base64url segments: the bot's user id, a timestamp and an HMAC.
 * @see https://discord.com/developers/docs/reference#authentication
 * @see https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns (discord_bot_token)
 */
import { SNOWFLAKE_DOC, SNOWFLAKE_PATTERN } from './snowflake.js';

/** The shape of one kind of secret. */
export interface SecretShape {
	/** Matches the secret inside a longer text (not anchored), except where noted. */
	readonly pattern: RegExp;
	/** The doc that describes it. */
	readonly doc: string;
}

/** What Discord's secrets look like. */
export const SecretShapes = {
	/** A bot token; its first segment is the bot's user id in base64url. */
	botToken: {
		pattern: /(?<![\w-])([A-Za-z0-9_-]{20,30})\.([A-Za-z0-9_-]{6,7})\.([A-Za-z0-9_-]{27,40})(?![\w-])/,
		doc: 'https://discord.com/developers/docs/reference#authentication',
	},
	/** A webhook URL with its token: anyone holding it can post as the webhook. */
	webhookUrl: {
		pattern: /https?:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/(?:v\d+\/)?webhooks\/\d+\/[\w-]{20,}/,
		doc: 'https://discord.com/developers/docs/resources/webhook#execute-webhook',
	},
	/**
	 * An interaction token: its holder can answer, edit and follow up the interaction for 15
	 * minutes. Opaque per the docs; in practice base64url of `interaction:<id>:…`, which is the
	 * prefix matched here (the mock issues the same shape).
	 */
	interactionToken: {
		pattern: /aW50ZXJhY3Rpb246[\w-]{20,}/,
		doc: 'https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object',
	},
	/** A user id as the token's first segment carries it once decoded: a decimal snowflake (anchored). */
	snowflake: { pattern: SNOWFLAKE_PATTERN, doc: SNOWFLAKE_DOC },
} as const satisfies Record<string, SecretShape>;

/** Which kind of Discord secret `text` contains, if any. */
export function secretKind(text: string): 'bot token' | 'webhook URL' | undefined {
	if (SecretShapes.webhookUrl.pattern.test(text)) return 'webhook URL';
	const match = SecretShapes.botToken.pattern.exec(text);
	// The first segment must decode to a snowflake; that keeps JWTs and other dotted ids out.
	if (match?.[1] !== undefined && SecretShapes.snowflake.pattern.test(decodeBase64Url(match[1]))) return 'bot token';
	return undefined;
}

function decodeBase64Url(segment: string): string {
	const base64 = segment.replaceAll('-', '+').replaceAll('_', '/');
	try {
		return atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
	} catch {
		return '';
	}
}
