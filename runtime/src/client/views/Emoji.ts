import type { APIEmoji, APIPartialEmoji, RESTPatchAPIGuildEmojiJSONBody } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { CachedEmoji } from '../../cache/index.js';
import { emojiURL, type ImageURLOptions } from '../../knowledge/index.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import type { Guild } from './Guild.js';
import type { User } from './User.js';

/** An emoji as Discord sends it (a guild's, or a reaction's partial one), or as the cache keeps it. */
export type EmojiRecord = APIEmoji | APIPartialEmoji | CachedEmoji;

/**
 * An emoji: a guild's custom emoji (with `guild`, `roles`, `edit()`, `delete()`), or the emoji of
 * a reaction, which may be a unicode one (`id` null, `name` the character).
 */
export class Emoji extends Base {
	readonly #raw: EmojiRecord;
	readonly #guildId: string | undefined;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, raw: EmojiRecord, guildId?: string) {
		super(ctx);
		this.#raw = raw;
		this.#guildId = guildId ?? ('guild_id' in raw ? raw.guild_id : undefined);
	}

	/** The custom emoji's id; null for a unicode emoji. */
	get id(): Snowflake<'Emoji'> | null {
		return (this.#raw.id ?? null) as Snowflake<'Emoji'> | null;
	}

	/** The name (the character itself for a unicode emoji); null for a deleted custom emoji in a reaction. */
	get name(): string | null {
		return this.#raw.name ?? null;
	}

	/** Whether it is animated. */
	get animated(): boolean {
		return this.#raw.animated === true;
	}

	/** How reactions name it: `name:id` for a custom emoji, the character for a unicode one. */
	get identifier(): string {
		return this.#raw.id == null ? (this.#raw.name ?? '') : `${this.#raw.name ?? '_'}:${this.#raw.id}`;
	}

	/** The image's URL, for a custom emoji. */
	url(options?: ImageURLOptions): string | null {
		return this.#raw.id == null ? null : emojiURL(this.#raw.id, { ...options, animatedEmoji: this.animated });
	}

	/** The guild's id, for a guild emoji. */
	get guildId(): Snowflake<'Guild'> | undefined {
		return this.#guildId as Snowflake<'Guild'> | undefined;
	}

	/** The guild, for a guild emoji. */
	get guild(): Guild | undefined {
		return this.#guildId === undefined ? undefined : this.ctx.make.guild(this.#guildId);
	}

	/** Roles allowed to use it (empty: everyone). */
	get roleIds(): readonly Snowflake<'Role'>[] {
		return ('roles' in this.#raw ? (this.#raw.roles ?? []) : []) as readonly Snowflake<'Role'>[];
	}

	/** Whether it can be used now (false when a lost boost level disabled it). */
	get available(): boolean {
		return !('available' in this.#raw) || this.#raw.available !== false;
	}

	/** Managed by an integration (Twitch, …). */
	get managed(): boolean {
		return 'managed' in this.#raw && this.#raw.managed === true;
	}

	/** Who uploaded it, when Discord says (it needs Manage Expressions). */
	get author(): User | undefined {
		const raw = this.#raw;
		if ('user' in raw && raw.user !== undefined) return this.ctx.make.user(raw.user);
		const userId = 'user_id' in raw ? raw.user_id : null;
		return userId === null ? undefined : this.ctx.make.user(this.ctx.cache?.users.get(userId) ?? { id: userId });
	}

	/** The record as Discord sent it, or as the cache keeps it. */
	get raw(): EmojiRecord {
		return this.#raw;
	}

	/** Renames it or changes its roles. */
	edit(body: RESTPatchAPIGuildEmojiJSONBody, options?: APIRequestOptions): Promise<Emoji> {
		return this.#guildEmojis().edit(this.#customId(), body, options);
	}

	/** Deletes it from its guild. */
	delete(options?: APIRequestOptions): Promise<void> {
		return this.#guildEmojis().delete(this.#customId(), options);
	}

	#guildEmojis(): Guild['emojis'] {
		return this.ctx.make.guild(this.#guildId ?? '').emojis;
	}

	#customId(): Snowflake<'Emoji'> {
		return (this.#raw.id ?? '') as Snowflake<'Emoji'>;
	}

	/** `<:name:id>` (`<a:name:id>` animated) for a custom emoji, the character for a unicode one. */
	override toString(): string {
		return this.#raw.id == null ? (this.#raw.name ?? '') : `<${this.animated ? 'a' : ''}:${this.#raw.name ?? '_'}:${this.#raw.id}>`;
	}
}
