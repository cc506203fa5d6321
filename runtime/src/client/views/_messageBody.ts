import type { RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';

/** What `send()`, `reply()` and `edit()` take: text, or a full message body. */
export type MessageInput = string | RESTPostAPIChannelMessageJSONBody;

/** The body for a {@link MessageInput}. @internal */
export function _messageBody(input: MessageInput): RESTPostAPIChannelMessageJSONBody {
	return typeof input === 'string' ? { content: input } : input;
}
