import type { APIUser, RESTPostAPIChannelMessageJSONBody } from 'discord-api-types/v10';
import type { CachedUser } from '../../cache/index.js';
import { decodeSnowflake, defaultAvatarURL, type ImageURLOptions, userAvatarURL } from '../../knowledge/index.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import type { Channel } from './Channel.js';
import type { Message } from './Message.js';
import { _messageBody, type MessageInput } from './_messageBody.js';

/** A user as Discord sent it, as the cache keeps it, or only its id (a user the cache does not hold). */
export type UserRecord = APIUser | CachedUser | { readonly id: string };

/**
 * A Discord user, over the payload's user object or the cached record: getters read it,
 * nothing is copied. A user known by id only (an uncached message author with the users cache
 * off) still sends DMs and mentions; its `username` is then `''`.
 */
export class User extends Base {
	readonly #raw: UserRecord;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, raw: UserRecord) {
		super(ctx);
		this.#raw = raw;
	}

	/** The user's id. */
	get id(): Snowflake<'User'> {
		return this.#raw.id as Snowflake<'User'>;
	}

	/** The username (unique, lowercase). */
	get username(): string {
		return 'username' in this.#raw ? this.#raw.username : '';
	}

	/** The display name chosen by the user, if any. */
	get globalName(): string | null {
		return 'global_name' in this.#raw ? this.#raw.global_name : null;
	}

	/** The display name, or the username when none is set. */
	get displayName(): string {
		return this.globalName ?? this.username;
	}

	/** `'0'` for users on the new username system, else the old four digits. */
	get discriminator(): string {
		return 'discriminator' in this.#raw ? this.#raw.discriminator : '0';
	}

	/** `username`, or `username#1234` for users who still have a discriminator (discord.js's `tag`). */
	get tag(): string {
		const discriminator = this.discriminator;
		return discriminator === '0' ? this.username : `${this.username}#${discriminator}`;
	}

	/** The avatar hash, or null. */
	get avatar(): string | null {
		return 'avatar' in this.#raw ? this.#raw.avatar : null;
	}

	/** Whether the user is a bot. */
	get bot(): boolean {
		return 'bot' in this.#raw && this.#raw.bot === true;
	}

	/** When the account was made (from the id). */
	get createdAt(): Date {
		return new Date(this.createdTimestamp);
	}

	/** {@link createdAt} in Unix milliseconds. */
	get createdTimestamp(): number {
		return decodeSnowflake(this.#raw.id)?.timestamp ?? 0;
	}

	/** The record as Discord sent it, or as the cache keeps it. */
	get raw(): UserRecord {
		return this.#raw;
	}

	/** The avatar's URL, or null without one. */
	avatarURL(options?: ImageURLOptions): string | null {
		const hash = this.avatar;
		return hash === null ? null : userAvatarURL(this.#raw.id, hash, options);
	}

	/** The avatar's URL, or Discord's default avatar. */
	displayAvatarURL(options?: ImageURLOptions): string {
		return this.avatarURL(options) ?? defaultAvatarURL(this.#raw.id, this.discriminator);
	}

	/** Opens (or returns) the DM channel with this user. */
	async createDM(): Promise<Channel> {
		const channel = await this.ctx.api.users.createDM(this.#raw.id);
		return this.ctx.make.channel(channel.id, channel);
	}

	/**
	 * Sends a direct message (opening the DM channel first). Discord refuses with 50007 when the
	 * user does not accept DMs from the bot.
	 */
	async send(input: MessageInput): Promise<Message> {
		const channel = await this.ctx.api.users.createDM(this.#raw.id);
		const { body, options } = _messageBody<RESTPostAPIChannelMessageJSONBody>(input);
		return this.ctx.make.message(await this.ctx.api.channels.createMessage(channel.id, body, options));
	}

	/** Fetches the user from the API (fresh username and avatar). */
	async fetch(): Promise<User> {
		return this.ctx.make.user(await this.ctx.api.users.get(this.#raw.id));
	}

	/** `<@id>`, which Discord renders as a mention. */
	override toString(): string {
		return `<@${this.#raw.id}>`;
	}
}
