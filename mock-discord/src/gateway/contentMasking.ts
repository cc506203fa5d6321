import { GatewayIntents } from 'ovenjs/knowledge';

/** Events whose message payload the MESSAGE_CONTENT intent guards. */
const maskedEvents = new Set(['MESSAGE_CREATE', 'MESSAGE_UPDATE']);

interface MessageLike {
	readonly author?: { readonly id?: unknown };
	readonly mentions?: readonly { readonly id?: unknown }[];
	readonly [key: string]: unknown;
}

/**
 * What a session sees of a message dispatch. Without MESSAGE_CONTENT, Discord empties
 * `content`, `embeds`, `attachments` and `components` and drops `poll`, except in DMs,
 * for the bot's own messages and for messages that mention the bot.
 * @see https://discord.com/developers/docs/events/gateway#message-content-intent
 */
export function maskMessageContent(
	event: string,
	data: unknown,
	options: { readonly intents: number; readonly botId: string; readonly guildId: string | undefined },
): unknown {
	// AutoMod executions carry the message's words, which need MESSAGE_CONTENT too.
	if (
		event === 'AUTO_MODERATION_ACTION_EXECUTION' &&
		(options.intents & GatewayIntents.MessageContent.bit) === 0 &&
		typeof data === 'object' &&
		data !== null
	)
		return { ...data, content: '', matched_content: '' };
	if (!maskedEvents.has(event) || options.guildId === undefined) return data;
	if ((options.intents & GatewayIntents.MessageContent.bit) !== 0) return data;
	if (typeof data !== 'object' || data === null) return data;
	const message = data as MessageLike;
	if (message.author?.id === options.botId) return data;
	if (Array.isArray(message.mentions) && message.mentions.some((user) => user.id === options.botId)) return data;
	const { poll: _poll, ...rest } = message;
	// MESSAGE_UPDATE may be partial: only fields present are emptied.
	const masked: Record<string, unknown> = { ...rest };
	if ('content' in message) masked['content'] = '';
	if ('embeds' in message) masked['embeds'] = [];
	if ('attachments' in message) masked['attachments'] = [];
	if ('components' in message) masked['components'] = [];
	return masked;
}
