import type {
	APIAttachment,
	APIEmbed,
	APIMessage,
	APIMessageReference,
	APIMessageTopLevelComponent,
	APIPoll,
	APIReaction,
	GatewayMessageCreateDispatchData,
	MessageType,
} from 'discord-api-types/v10';
import type { CachedMessage } from '../../cache/index.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { Member } from './Member.js';
import { MessageMentions } from './MessageMentions.js';
import { PartialMessage } from './PartialMessage.js';
import type { User } from './User.js';

/** A message as Discord sent it (MESSAGE_CREATE adds `guild_id` and a partial `member`), or as the cache keeps it. */
export type MessageRecord = (APIMessage & Partial<Pick<GatewayMessageCreateDispatchData, 'guild_id' | 'member'>>) | CachedMessage;

/** Message types Discord counts as the user's own (the rest are system messages: joins, boosts, pins…). */
const USER_TYPES: ReadonlySet<number> = new Set([0, 19, 20, 23]);

/**
 * A message, over the payload Discord sent or the record the cache keeps (not copied).
 * `Content` is the type of `content`: `string` for a client with MessageContent,
 * `string | undefined` without it (see `ContentOf`). Everything a `PartialMessage` does
 * (`reply`, `edit`, `delete`, `react`, `pin`, `startThread`) goes through the API and needs no cache.
 */
export class Message<Content extends string | undefined = string | undefined> extends PartialMessage<Content> {
	readonly #raw: MessageRecord;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, raw: MessageRecord, guildId?: string) {
		super(ctx, raw.channel_id, raw.id, raw.guild_id ?? guildId);
		this.#raw = raw;
	}

	/** False: the payload is known. */
	override get partial(): boolean {
		return false;
	}

	/**
	 * The text. Without the MessageContent intent Discord sends `''` for messages that do not
	 * mention the bot and are not DMs; that is `undefined` here, so an empty string always
	 * means an empty message.
	 */
	get content(): Content {
		const { content } = this.#raw;
		return (content === '' && !this.ctx.messageContent ? undefined : content) as Content;
	}

	/** The author (for a cached record, from the users cache; known by id only when it is off). */
	get author(): User {
		const raw = this.#raw;
		if ('author' in raw) return this.ctx.make.user(raw.author);
		return this.ctx.make.user(this.ctx.cache?.users.get(raw.author_id) ?? { id: raw.author_id });
	}

	/** The author's id. */
	get authorId(): Snowflake<'User'> {
		const raw = this.#raw;
		return ('author' in raw ? raw.author.id : raw.author_id) as Snowflake<'User'>;
	}

	/** The author as a guild member: from the event's partial member, else the cache; undefined in DMs and for webhooks. */
	get member(): Member | undefined {
		const guildId = this.guildId;
		const raw = this.#raw;
		if (guildId === undefined || (raw.webhook_id !== undefined && raw.webhook_id !== null)) return undefined;
		const authorId = this.authorId;
		const record = ('member' in raw ? raw.member : undefined) ?? this.ctx.cache?.members.get(guildId, authorId);
		return this.ctx.make.member(guildId, authorId, record, 'author' in raw ? raw.author : undefined);
	}

	/** The files attached. */
	get attachments(): readonly APIAttachment[] {
		return this.#raw.attachments;
	}

	/** The embeds. */
	get embeds(): readonly APIEmbed[] {
		return this.#raw.embeds;
	}

	/** The components (action rows, or layout components with `IS_COMPONENTS_V2`). */
	get components(): readonly APIMessageTopLevelComponent[] {
		return this.#raw.components ?? [];
	}

	/** Who and what the message mentions. */
	get mentions(): MessageMentions {
		return new MessageMentions(this.ctx, this.#raw, this.guildId);
	}

	/** The reaction counts in the payload or the cached record. */
	get reactionCounts(): readonly APIReaction[] {
		return this.#raw.reactions ?? [];
	}

	/** The poll, if the message has one (results as the vote events moved them, for a cached message). */
	get poll(): APIPoll | null {
		return this.#raw.poll ?? null;
	}

	/** Whether it is pinned. */
	get pinned(): boolean {
		return this.#raw.pinned;
	}

	/** Whether it is text-to-speech. */
	get tts(): boolean {
		return this.#raw.tts;
	}

	/** Discord's message type (`MessageType`). */
	get type(): MessageType {
		return this.#raw.type;
	}

	/** Whether it is a system message (a join, a boost, a pin notice…) rather than one a user or bot wrote. */
	get system(): boolean {
		return !USER_TYPES.has(this.#raw.type);
	}

	/** The message flags bitfield (`MessageFlags`). */
	get flags(): number {
		return this.#raw.flags ?? 0;
	}

	/** When it was last edited, or null. */
	get editedAt(): Date | null {
		return this.#raw.edited_timestamp === null ? null : new Date(this.#raw.edited_timestamp);
	}

	/** {@link editedAt} in Unix milliseconds, or null. */
	get editedTimestamp(): number | null {
		return this.editedAt?.getTime() ?? null;
	}

	/** The message this one replies to or forwards, by ids. */
	get reference(): APIMessageReference | null {
		return this.#raw.message_reference ?? null;
	}

	/** The webhook's id, for messages sent by one. */
	get webhookId(): Snowflake<'Webhook'> | null {
		return (this.#raw.webhook_id ?? null) as Snowflake<'Webhook'> | null;
	}

	/** Whether the bot may delete it: its own message, or Manage Messages here (from the cache; false when it cannot tell). */
	get deletable(): boolean {
		const me = this.ctx.client?.user?.id;
		if (me !== undefined && this.authorId === me) return true;
		return this.guild?.members.me?.permissionsIn(this.channelId)?.has('ManageMessages') === true;
	}

	/** Fetches the message this one replies to or forwards; undefined when it references none. */
	async fetchReference(): Promise<Message | undefined> {
		const reference = this.reference;
		if (reference?.message_id === undefined) return undefined;
		return this.ctx.make.partialMessage(reference.channel_id ?? this.channelId, reference.message_id, reference.guild_id).fetch();
	}

	/** The payload as Discord sent it, or the cached record. */
	get raw(): MessageRecord {
		return this.#raw;
	}

	/** The content (or an empty string). */
	override toString(): string {
		return this.#raw.content;
	}
}
