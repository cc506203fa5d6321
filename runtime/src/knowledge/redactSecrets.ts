import { secretKind, SecretShapes } from './secretShapes.js';

/** What replaces a secret in anything shown: streams, logs, events. */
export const REDACTED = '[redacted]';

/**
 * Where Discord puts a token in a URL path: the segment after `/webhooks/{id}/` (webhook and
 * interaction follow-up tokens) and `/interactions/{id}/` (callbacks).
 * @see https://discord.com/developers/docs/resources/webhook#execute-webhook
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response
 */
const TOKEN_IN_PATH = /(\/(?:webhooks|interactions)\/\d+\/)(?!\[redacted\])[^/?#\s"'\\]+/g;
/** A JSON member named `token` (IDENTIFY, RESUME, INTERACTION_CREATE, webhook objects). */
const TOKEN_MEMBER = /("token"\s*:\s*)"(?:[^"\\]|\\.)*"/g;
const BOT_TOKEN = new RegExp(SecretShapes.botToken.pattern.source, 'g');
/** A bot token's middle segment: cheap to look for, so the costly full shape runs only on texts that have one. */
const BOT_TOKEN_MIDDLE = /\.[\w-]{6,7}\./;
const INTERACTION_TOKEN = new RegExp(SecretShapes.interactionToken.pattern.source, 'g');

/**
 * `text` with every secret replaced by {@link REDACTED}: the `known` strings (the bot token),
 * JSON `"token"` members, tokens in webhook and interaction paths, and anything shaped like a
 * bot token or an interaction token ({@link SecretShapes}). The one redaction every stream and
 * log of OvenJS goes through (the inspector, the mock's log and request log).
 */
export function redactSecrets(text: string, known: readonly string[] = []): string {
	let out = text;
	for (const secret of known) if (secret !== '' && out.includes(secret)) out = out.replaceAll(secret, REDACTED);
	if (out.includes('"token"')) out = out.replace(TOKEN_MEMBER, `$1"${REDACTED}"`);
	if (out.includes('webhooks/') || out.includes('interactions/')) out = out.replace(TOKEN_IN_PATH, `$1${REDACTED}`);
	if (out.includes('aW50ZXJhY3Rpb246')) out = out.replace(INTERACTION_TOKEN, REDACTED);
	if (BOT_TOKEN_MIDDLE.test(out)) out = out.replace(BOT_TOKEN, (match) => (secretKind(match) === 'bot token' ? REDACTED : match));
	return out;
}
