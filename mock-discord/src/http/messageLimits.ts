import { EmbedLimits, embedsLength, MessageLimits } from 'ovenjs/knowledge';
import type { APIEmbed } from 'discord-api-types/v10';
import { restError } from '../errors/RestError.js';
import { formError } from './formErrors.js';

/**
 * Checks what the OpenAPI schema cannot state: bots get 2,000 characters of content (the
 * schema allows 4,000), embeds share a 6,000 character total, and a message needs
 * something in it.
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export function checkMessageLimits(
	body: Readonly<Record<string, unknown>>,
	options: { readonly requireContent: boolean; readonly fileCount?: number },
): void {
	const content = body['content'];
	if (typeof content === 'string' && content.length > MessageLimits.content.max) {
		throw formError(['content'], 'BASE_TYPE_MAX_LENGTH', `Must be ${MessageLimits.content.max} or fewer in length.`);
	}
	const embeds = Array.isArray(body['embeds']) ? (body['embeds'] as APIEmbed[]) : [];
	if (embeds.length > 0 && embedsLength(embeds) > EmbedLimits.total.max) {
		throw formError(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${EmbedLimits.total.max}`);
	}
	if (!options.requireContent) return;
	const hasSomething =
		(typeof content === 'string' && content.length > 0) ||
		embeds.length > 0 ||
		(Array.isArray(body['components']) && body['components'].length > 0) ||
		(Array.isArray(body['sticker_ids']) && body['sticker_ids'].length > 0) ||
		body['poll'] !== undefined ||
		(options.fileCount ?? 0) > 0;
	if (!hasSomething) throw restError('emptyMessage');
}
