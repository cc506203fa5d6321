import type { RESTPatchAPIChannelMessageJSONBody, RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';
import type { APIFileRequestOptions } from '../../api/APIRequestOptions.js';
import type { RawFile } from '../../rest/RequestOptions.js';

/** Files to upload with a message; refer to them from `attachments` by index, or let Discord show them. */
export interface WithFiles {
	readonly files?: readonly RawFile[];
}

/** What `send()` and `reply()` take: text, or a message body (with `files` to upload). */
export type MessageInput = string | (RESTPostAPIChannelMessageJSONBody & WithFiles);

/** What `edit()` takes: text, or the edit's body (with `files` to add). */
export type MessageEditInput = string | (RESTPatchAPIChannelMessageJSONBody & WithFiles);

/** The body and request options for a message input: `files` go to the request, the rest is the body. @internal */
export function _messageBody<B extends object>(input: string | (B & WithFiles)): { body: B; options: APIFileRequestOptions | undefined } {
	if (typeof input === 'string') return { body: { content: input } as B, options: undefined };
	const { files, ...body } = input;
	return { body: body as B, options: files === undefined ? undefined : { files } };
}
