import type { CachedMessage } from './CachedEntities.js';
import { _grow, _SlotTable } from './_SlotTable.js';
import { _TimestampColumn } from './_TimestampColumn.js';

/** The fields most messages leave at their defaults, in one object per message that does not. */
type MessageExtra = Pick<
	CachedMessage,
	| 'edited_timestamp'
	| 'type'
	| 'flags'
	| 'pinned'
	| 'tts'
	| 'mention_everyone'
	| 'mention_ids'
	| 'mention_roles'
	| 'attachments'
	| 'embeds'
	| 'components'
	| 'message_reference'
	| 'webhook_id'
	| 'reactions'
	| 'poll'
>;

const NONE: readonly never[] = Object.freeze([]);

/** Every message with only defaults in its rarer fields shares this one. */
const PLAIN: MessageExtra = Object.freeze({
	edited_timestamp: null,
	type: 0,
	flags: 0,
	pinned: false,
	tts: false,
	mention_everyone: false,
	mention_ids: NONE,
	mention_roles: NONE,
	attachments: NONE,
	embeds: NONE,
	components: NONE,
	message_reference: null,
	webhook_id: null,
	reactions: NONE,
	poll: null,
});

function isPlain(m: CachedMessage): boolean {
	return (
		m.edited_timestamp === null &&
		m.type === 0 &&
		m.flags === 0 &&
		!m.pinned &&
		!m.tts &&
		!m.mention_everyone &&
		m.mention_ids.length === 0 &&
		m.mention_roles.length === 0 &&
		m.attachments.length === 0 &&
		m.embeds.length === 0 &&
		m.components.length === 0 &&
		m.message_reference === null &&
		m.webhook_id === null &&
		m.reactions.length === 0 &&
		m.poll === null
	);
}

/**
 * One channel's messages, columnar: content, author id (the cached user's string), guild
 * id, timestamp as float64, and the rarer fields in one shared object unless set; `id` and
 * `channel_id` are the collection's key and group. ≈ 40 B per message besides its id and
 * content strings, instead of a 176 B object and a 48 B timestamp string.
 * @internal
 */
export class _MessageTable extends _SlotTable<CachedMessage> {
	#content: string[] = [];
	#author: string[] = [];
	/** The guild id of the channel's messages (one per channel), and the slots that differ. */
	#guild: string | undefined;
	#guildSet = false;
	#otherGuild: Map<number, string | undefined> | undefined;
	readonly #timestamp = new _TimestampColumn();
	#extra: MessageExtra[] = [];

	read(slot: number, id: string, channelId: string): CachedMessage {
		const extra = this.#extra[slot] ?? PLAIN;
		// The key order of `_leanMessage`: one hidden class for every message.
		return {
			id,
			channel_id: channelId,
			guild_id: (this.#otherGuild?.has(slot) === true ? this.#otherGuild.get(slot) : this.#guild) as string,
			author_id: this.#author[slot] ?? '',
			content: this.#content[slot] ?? '',
			timestamp: this.#timestamp.get(slot) ?? '',
			edited_timestamp: extra.edited_timestamp,
			type: extra.type,
			flags: extra.flags,
			pinned: extra.pinned,
			tts: extra.tts,
			mention_everyone: extra.mention_everyone,
			mention_ids: extra.mention_ids,
			mention_roles: extra.mention_roles,
			attachments: extra.attachments,
			embeds: extra.embeds,
			components: extra.components,
			message_reference: extra.message_reference,
			webhook_id: extra.webhook_id,
			reactions: extra.reactions,
			poll: extra.poll,
		};
	}

	protected resize(capacity: number): void {
		this.#content = _grow(this.#content, capacity);
		this.#author = _grow(this.#author, capacity);
		this.#timestamp.resize(capacity);
		this.#extra = _grow(this.#extra, capacity);
	}

	protected store(slot: number, m: CachedMessage): void {
		this.#content[slot] = m.content;
		this.#author[slot] = m.author_id;
		this.#otherGuild?.delete(slot);
		if (!this.#guildSet) {
			this.#guild = m.guild_id;
			this.#guildSet = true;
		} else if (m.guild_id !== this.#guild) (this.#otherGuild ??= new Map()).set(slot, m.guild_id);
		this.#timestamp.set(slot, m.timestamp);
		this.#extra[slot] = isPlain(m)
			? PLAIN
			: {
					edited_timestamp: m.edited_timestamp,
					type: m.type,
					flags: m.flags,
					pinned: m.pinned,
					tts: m.tts,
					mention_everyone: m.mention_everyone,
					mention_ids: m.mention_ids,
					mention_roles: m.mention_roles,
					attachments: m.attachments,
					embeds: m.embeds,
					components: m.components,
					message_reference: m.message_reference,
					webhook_id: m.webhook_id,
					reactions: m.reactions,
					poll: m.poll,
				};
	}

	protected erase(slot: number): void {
		this.#content[slot] = '';
		this.#author[slot] = '';
		this.#otherGuild?.delete(slot);
		this.#timestamp.clear(slot);
		this.#extra[slot] = PLAIN;
	}
}
