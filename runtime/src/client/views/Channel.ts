import {
	type APIChannel,
	ChannelType,
	type RESTPatchAPIChannelJSONBody,
	type RESTPostAPIChannelInviteJSONBody,
	type RESTPostAPIChannelMessageJSONBody,
	type RESTPostAPIChannelWebhookJSONBody,
} from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { CreateInviteOptions } from '../../api/ChannelsAPI.js';
import type { WithFileFields } from '../../api/dataURI.js';
import type { CachedChannel } from '../../cache/index.js';
import { decodeSnowflake } from '../../knowledge/index.js';
import type { Permissions } from '../../permissions/Permissions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import { ChannelMessages, type MessageResolvable } from './ChannelMessages.js';
import { ChannelThreads } from './ChannelThreads.js';
import type { Guild } from './Guild.js';
import type { Invite } from './Invite.js';
import type { Member } from './Member.js';
import type { Message } from './Message.js';
import { PermissionOverwrites } from './PermissionOverwrites.js';
import type { Role } from './Role.js';
import { ThreadMembers } from './ThreadMembers.js';
import type { Webhook } from './Webhook.js';
import { _messageBody, type MessageInput } from './_messageBody.js';

/**
 * A channel as Discord sent it (in any of its shapes: a REST channel, a gateway one, an
 * interaction's partial one), or as the cache keeps it (`CachedChannel`). Fields are read by
 * name, so any record with the id and type serves.
 */
export type ChannelRecord =
	APIChannel | CachedChannel | { readonly id: string; readonly type: ChannelType; readonly guild_id?: string | undefined };

const TEXT: ReadonlySet<number> = new Set([
	ChannelType.GuildText,
	ChannelType.DM,
	ChannelType.GroupDM,
	ChannelType.GuildAnnouncement,
	ChannelType.AnnouncementThread,
	ChannelType.PublicThread,
	ChannelType.PrivateThread,
	ChannelType.GuildVoice,
	ChannelType.GuildStageVoice,
]);
const THREADS: ReadonlySet<number> = new Set([ChannelType.AnnouncementThread, ChannelType.PublicThread, ChannelType.PrivateThread]);
const VOICE: ReadonlySet<number> = new Set([ChannelType.GuildVoice, ChannelType.GuildStageVoice]);

/**
 * A channel or thread, one class for every type (`type`, and guards such as `isThread()`,
 * `isTextBased()`). Works from its id alone: `send()`, `messages`, `bulkDelete()`,
 * `createInvite()`, `createWebhook()` and `permissionOverwrites.edit()` need no cached data;
 * `name`, `type` and the other fields read the record given or the cache.
 */
export class Channel extends Base {
	readonly #id: string;
	readonly #record: ChannelRecord | undefined;
	readonly #guildId: string | undefined;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, id: string, record?: ChannelRecord, guildId?: string) {
		super(ctx);
		this.#id = id;
		this.#record = record;
		this.#guildId = guildId;
	}

	/** The channel's id. */
	get id(): Snowflake<'Channel'> {
		return this.#id as Snowflake<'Channel'>;
	}

	/** The record: the one this view was made from, else the cached one, else undefined. */
	get raw(): ChannelRecord | undefined {
		return this.#record ?? this.ctx.cache?.channels.get(this.#id);
	}

	#field<K extends string>(key: K): unknown {
		const raw = this.raw as Record<string, unknown> | undefined;
		return raw?.[key];
	}

	/** The guild's id, when known and a guild channel. */
	get guildId(): Snowflake<'Guild'> | undefined {
		return (this.#guildId ?? this.#field('guild_id')) as Snowflake<'Guild'> | undefined;
	}

	/** The guild (usable by id when not cached); undefined for DMs and unknown channels. */
	get guild(): Guild | undefined {
		const guildId = this.guildId;
		return guildId === undefined ? undefined : this.ctx.make.guild(guildId);
	}

	/** The name, when known (DMs have none). */
	get name(): string | undefined {
		const name = this.#field('name');
		return typeof name === 'string' ? name : undefined;
	}

	/** The channel type (`ChannelType`), when known. */
	get type(): ChannelType | undefined {
		return this.raw?.type;
	}

	/** The topic, for text and forum channels. */
	get topic(): string | null {
		const topic = this.#field('topic');
		return typeof topic === 'string' ? topic : null;
	}

	/** Whether the channel is age-restricted. */
	get nsfw(): boolean {
		return this.#field('nsfw') === true;
	}

	/** Its place in the channel list, when known. */
	get position(): number | undefined {
		const position = this.#field('position');
		return typeof position === 'number' ? position : undefined;
	}

	/** The category's id (for a thread: the channel it is in), or null. */
	get parentId(): Snowflake<'Channel'> | null {
		const parent = this.#field('parent_id');
		return (typeof parent === 'string' ? parent : null) as Snowflake<'Channel'> | null;
	}

	/** The category (for a thread: the channel it is in), or undefined. */
	get parent(): Channel | undefined {
		const parentId = this.parentId;
		return parentId === null ? undefined : this.ctx.make.channel(parentId);
	}

	/** The slowmode, in seconds (0: none). */
	get rateLimitPerUser(): number {
		const seconds = this.#field('rate_limit_per_user');
		return typeof seconds === 'number' ? seconds : 0;
	}

	/** The id of the last message sent, when known. */
	get lastMessageId(): Snowflake<'Message'> | null {
		const id = this.#field('last_message_id');
		return (typeof id === 'string' ? id : null) as Snowflake<'Message'> | null;
	}

	/** Threads: who made it. */
	get ownerId(): Snowflake<'User'> | null {
		const owner = this.#field('owner_id');
		return (typeof owner === 'string' ? owner : null) as Snowflake<'User'> | null;
	}

	/** Threads: whether it is archived. */
	get archived(): boolean {
		return (this.#field('thread_metadata') as { archived?: boolean } | null | undefined)?.archived === true;
	}

	/** Threads: whether only moderators can unarchive it. */
	get locked(): boolean {
		return (this.#field('thread_metadata') as { locked?: boolean } | null | undefined)?.locked === true;
	}

	/** When the channel was made (from the id). */
	get createdAt(): Date {
		return new Date(decodeSnowflake(this.#id)?.timestamp ?? 0);
	}

	/** `https://discord.com/channels/{guild or @me}/{id}`. */
	get url(): string {
		return `https://discord.com/channels/${this.guildId ?? '@me'}/${this.#id}`;
	}

	/** Whether messages can be sent and read here (text, announcement, threads, DMs, voice chat). Unknown types: false. */
	isTextBased(): boolean {
		return this.type !== undefined && TEXT.has(this.type);
	}

	/** Whether it is a thread. */
	isThread(): boolean {
		return this.type !== undefined && THREADS.has(this.type);
	}

	/** Whether it is a voice or stage channel. */
	isVoiceBased(): boolean {
		return this.type !== undefined && VOICE.has(this.type);
	}

	/** Whether it is a DM or group DM. */
	isDMBased(): boolean {
		return this.type === ChannelType.DM || this.type === ChannelType.GroupDM;
	}

	/** Whether it is a category. */
	isCategory(): boolean {
		return this.type === ChannelType.GuildCategory;
	}

	/** Whether the bot may send messages here: a text-based channel, with View Channel and Send Messages (in Threads) when the cache can tell. */
	isSendable(): boolean {
		if (!this.isTextBased()) return false;
		const permissions = this.guild?.members.me?.permissionsIn(this.id);
		return permissions === undefined || permissions.has(this.isThread() ? 'SendMessagesInThreads' : 'SendMessages');
	}

	/** Sends a message here. */
	async send(input: MessageInput): Promise<Message> {
		const { body, options } = _messageBody<RESTPostAPIChannelMessageJSONBody>(input);
		return this.ctx.make.message(await this.ctx.api.channels.createMessage(this.#id, body, options));
	}

	/** Shows "typing…" for about ten seconds, or until the bot sends a message. */
	async sendTyping(): Promise<void> {
		await this.ctx.api.channels.triggerTyping(this.#id);
	}

	/** Messages: fetch one or a page, pins, delete. */
	get messages(): ChannelMessages {
		return new ChannelMessages(this.ctx, this.#id, this.guildId);
	}

	/**
	 * Deletes messages at once: ids or `Message`s, or the last `count` (2–100). Discord refuses
	 * messages older than two weeks; `filterOld` leaves those out instead. Resolves to the ids deleted.
	 */
	bulkDelete(
		messages: number | readonly MessageResolvable[],
		options?: { readonly filterOld?: boolean } & APIRequestOptions,
	): Promise<Snowflake<'Message'>[]> {
		return this.messages.bulkDelete(messages, options);
	}

	/** Permission overwrites of roles and members: read, edit, create, delete. */
	get permissionOverwrites(): PermissionOverwrites {
		return new PermissionOverwrites(this.ctx, this.#id, () => this.raw);
	}

	/** What `member` (or a role alone) may do here, from the cache; undefined when the cache cannot tell. */
	permissionsFor(target: Member | Role): Permissions | undefined {
		return 'roles' in target ? target.permissionsIn(this.id) : this.permissionOverwrites.applyTo(target);
	}

	/** Threads in this channel: create, fetch active and archived ones, list the cached ones. */
	get threads(): ChannelThreads {
		return new ChannelThreads(this.ctx, this.#id, this.guildId);
	}

	/** Threads: who is in it (join, leave, add, remove, fetch). */
	get threadMembers(): ThreadMembers {
		return new ThreadMembers(this.ctx, this.#id);
	}

	/** Threads: makes the bot join it. */
	join(): Promise<void> {
		return this.threadMembers.join();
	}

	/** Threads: makes the bot leave it. */
	leave(): Promise<void> {
		return this.threadMembers.leave();
	}

	/** Whether the bot can join this thread: a thread that is not archived, in a channel it can see (from the cache). */
	get joinable(): boolean {
		if (!this.isThread() || this.archived) return false;
		return this.guild?.members.me?.permissionsIn(this.id)?.has('ViewChannel') !== false;
	}

	/** Voice channels: the cached members connected to it. Other channels: the cached members who can see it. */
	get members(): Member[] {
		const guild = this.guild;
		if (guild === undefined) return [];
		if (this.isVoiceBased()) return guild.voiceStates.list().flatMap((state) => (state.channelId === this.#id ? [state.member] : []));
		return guild.members.list().filter((member) => member.permissionsIn(this.id)?.has('ViewChannel') === true);
	}

	/** Makes an invite to this channel (`max_age`, `max_uses`, `temporary`, `unique`, …). */
	async createInvite(body: RESTPostAPIChannelInviteJSONBody = {}, options?: CreateInviteOptions): Promise<Invite> {
		return this.ctx.make.invite(await this.ctx.api.channels.createInvite(this.#id, body, options));
	}

	/** This channel's invites. */
	async fetchInvites(): Promise<Invite[]> {
		return (await this.ctx.api.channels.getInvites(this.#id)).map((invite) => this.ctx.make.invite(invite));
	}

	/** Creates a webhook here (`{ name, avatar }`; the avatar a data URI or a file). */
	async createWebhook(body: WithFileFields<RESTPostAPIChannelWebhookJSONBody, 'avatar'>, options?: APIRequestOptions): Promise<Webhook> {
		return this.ctx.make.webhook(await this.ctx.api.webhooks.create(this.#id, body, options));
	}

	/** This channel's webhooks. */
	async fetchWebhooks(): Promise<Webhook[]> {
		return (await this.ctx.api.webhooks.getChannelWebhooks(this.#id)).map((webhook) => this.ctx.make.webhook(webhook));
	}

	/** Edits the channel (name, topic, parent, overwrites, slowmode; for threads: archived, locked, …). */
	async edit(body: RESTPatchAPIChannelJSONBody, options?: APIRequestOptions): Promise<Channel> {
		const raw = await this.ctx.api.channels.edit(this.#id, body, options);
		return this.ctx.make.channel(raw.id, raw, this.guildId);
	}

	/** Renames the channel. */
	setName(name: string, options?: APIRequestOptions): Promise<Channel> {
		return this.edit({ name }, options);
	}

	/** Sets the topic. */
	setTopic(topic: string | null, options?: APIRequestOptions): Promise<Channel> {
		return this.edit({ topic }, options);
	}

	/** Moves the channel into a category (null: out of it). */
	setParent(parent: Snowflake<'Channel'> | Channel | null, options?: APIRequestOptions): Promise<Channel> {
		return this.edit({ parent_id: parent === null ? null : typeof parent === 'string' ? parent : parent.id }, options);
	}

	/** Sets the slowmode, in seconds (0 turns it off). */
	setRateLimitPerUser(seconds: number, options?: APIRequestOptions): Promise<Channel> {
		return this.edit({ rate_limit_per_user: seconds }, options);
	}

	/** Threads: archives (or unarchives) it. */
	setArchived(archived = true, options?: APIRequestOptions): Promise<Channel> {
		return this.edit({ archived }, options);
	}

	/** Threads: locks (or unlocks) it: only moderators can unarchive a locked thread. */
	setLocked(locked = true, options?: APIRequestOptions): Promise<Channel> {
		return this.edit({ locked }, options);
	}

	/** Threads: fetches the message the thread was started from (its id is the thread's). */
	async fetchStarterMessage(): Promise<Message> {
		const parentId = this.parentId;
		return this.ctx.make.message(await this.ctx.api.channels.getMessage(parentId ?? this.#id, this.#id));
	}

	/** Fetches the channel from the API. */
	async fetch(): Promise<Channel> {
		const raw = await this.ctx.api.channels.get(this.#id);
		return this.ctx.make.channel(raw.id, raw, this.guildId);
	}

	/** Deletes the channel (or a thread). */
	async delete(options?: APIRequestOptions): Promise<void> {
		await this.ctx.api.channels.delete(this.#id, options);
	}

	/** `<#id>`, which Discord renders as a channel link. */
	override toString(): string {
		return `<#${this.#id}>`;
	}
}
