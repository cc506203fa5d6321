/**
 * The shapes of Discord secrets, as data. These belong in `ovenjs/knowledge` (the lead
 * moves them); they live here until then.
 *
 * A bot token is three base64url segments: the bot's user id, a timestamp and an HMAC.
 * @see https://discord.com/developers/docs/reference#authentication
 * @see https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns (discord_bot_token)
 */
export const SecretShapes = {
	botToken: {
		pattern: /(?<![\w-])([A-Za-z0-9_-]{20,30})\.([A-Za-z0-9_-]{6,7})\.([A-Za-z0-9_-]{27,40})(?![\w-])/,
		doc: 'https://discord.com/developers/docs/reference#authentication',
	},
	webhookUrl: {
		pattern: /https?:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/(?:v\d+\/)?webhooks\/\d+\/[\w-]{20,}/,
		doc: 'https://discord.com/developers/docs/resources/webhook#execute-webhook',
	},
	/** A user id as the token's first segment carries it: a snowflake written in decimal. */
	snowflake: {
		pattern: /^\d{17,20}$/,
		doc: 'https://discord.com/developers/docs/reference#snowflakes',
	},
} as const satisfies Record<string, { readonly pattern: RegExp; readonly doc: string }>;

/** Which kind of secret `text` contains, if any. */
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
