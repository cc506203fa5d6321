import type { APIAttachment, APIEmbed, APIMessage, APIUser } from 'discord-api-types/v10';
import type { UploadedFile } from '../http/readBody.js';
import { pollFromRequest } from './polls.js';
import type { World } from './World.js';

/** What a new message is made of. */
export interface MessageInput {
	readonly channelId: string;
	readonly author: APIUser;
	readonly body: Readonly<Record<string, unknown>>;
	readonly files?: readonly UploadedFile[];
	/** Overrides Discord's message type (0 default, 19 reply, 20 chat-input command). */
	readonly type?: number;
	readonly extra?: Readonly<Record<string, unknown>>;
}

const MENTION = /<@!?(\d{1,20})>/g;
const ROLE_MENTION = /<@&(\d{1,20})>/g;

/** The attachments of a message: `files[n]` uploads, named by the body's `attachments` entry with `id: n` when present. */
function attachments(
	world: World,
	body: Readonly<Record<string, unknown>>,
	files: readonly UploadedFile[],
	channelId: string,
): APIAttachment[] {
	const described = Array.isArray(body['attachments']) ? (body['attachments'] as Record<string, unknown>[]) : [];
	return files.map((file) => {
		const meta = described.find((a) => String(a['id']) === String(file.index)) ?? {};
		const id = world.snowflakes.next();
		const filename = typeof meta['filename'] === 'string' ? meta['filename'] : file.filename;
		const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
		return {
			id,
			filename,
			size: file.size,
			url,
			proxy_url: url,
			content_type: file.contentType,
			...(typeof meta['description'] === 'string' ? { description: meta['description'] } : {}),
		};
	});
}

/** Builds a message as Discord would return it, from a create body. */
export function buildMessage(world: World, input: MessageInput): APIMessage {
	const { body, channelId, author } = input;
	const content = typeof body['content'] === 'string' ? body['content'] : '';
	const channel = world.channels.get(channelId);
	const guildId = channel?.guild_id;
	const mentions = [...content.matchAll(MENTION)].map((m) => world.users.get(m[1] as string)).filter((u): u is APIUser => u !== undefined);
	const reference = body['message_reference'] as { message_id?: string } | undefined;
	const referenced = reference?.message_id === undefined ? undefined : world.messages.get(channelId)?.get(reference.message_id);
	const message: APIMessage = {
		id: world.snowflakes.next(),
		channel_id: channelId,
		author,
		content,
		timestamp: new Date().toISOString(),
		edited_timestamp: null,
		tts: body['tts'] === true,
		mention_everyone: /@(everyone|here)/.test(content),
		mentions,
		mention_roles: [...content.matchAll(ROLE_MENTION)].map((m) => m[1] as string),
		attachments: attachments(world, body, input.files ?? [], channelId),
		embeds: (Array.isArray(body['embeds']) ? body['embeds'] : []).map((e: APIEmbed) => ({ type: 'rich', ...e })) as APIEmbed[],
		pinned: false,
		type: input.type ?? (referenced === undefined ? 0 : 19),
		flags: typeof body['flags'] === 'number' ? body['flags'] : 0,
		components: Array.isArray(body['components']) ? body['components'] : [],
		...(typeof body['nonce'] === 'string' || typeof body['nonce'] === 'number' ? { nonce: body['nonce'] } : {}),
		...(referenced === undefined
			? {}
			: {
					message_reference: {
						type: 0,
						channel_id: channelId,
						message_id: referenced.id,
						...(guildId === undefined ? {} : { guild_id: guildId }),
					},
					referenced_message: referenced,
				}),
		...(typeof body['poll'] === 'object' && body['poll'] !== null
			? { poll: pollFromRequest(world, body['poll'] as Record<string, unknown>) }
			: {}),
		...(input.extra ?? {}),
	} as APIMessage;
	return message;
}

/** The MESSAGE_CREATE payload: the message plus guild_id and the author's member, as the gateway sends it. */
export function messageCreatePayload(world: World, message: APIMessage): Record<string, unknown> {
	const guildId = world.channels.get(message.channel_id)?.guild_id;
	if (guildId === undefined) return { ...message };
	const member = world.guilds.get(guildId)?.members.get(message.author.id);
	const { user: _user, ...partial } = member ?? { user: undefined };
	return { ...message, guild_id: guildId, ...(member === undefined ? {} : { member: partial }) };
}
