import type { APIGuildScheduledEvent, GuildScheduledEventStatus, RESTPatchAPIGuildScheduledEventJSONBody } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { WithFileFields } from '../../api/dataURI.js';
import type { CachedScheduledEvent } from '../../cache/index.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import type { Channel } from './Channel.js';
import type { Guild } from './Guild.js';
import type { User } from './User.js';

/** A scheduled event as Discord sends it, or as the cache keeps it. */
export type ScheduledEventRecord = APIGuildScheduledEvent | CachedScheduledEvent;

/** A guild's scheduled event. */
export class ScheduledEvent extends Base {
	readonly #raw: ScheduledEventRecord;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, raw: ScheduledEventRecord) {
		super(ctx);
		this.#raw = raw;
	}

	get id(): Snowflake<'ScheduledEvent'> {
		return this.#raw.id as Snowflake<'ScheduledEvent'>;
	}

	get name(): string {
		return this.#raw.name;
	}

	get description(): string | null {
		return this.#raw.description ?? null;
	}

	/** `GuildScheduledEventStatus`: 1 scheduled, 2 active, 3 completed, 4 cancelled. */
	get status(): GuildScheduledEventStatus {
		return this.#raw.status;
	}

	/** When it starts. */
	get scheduledStartAt(): Date {
		return new Date(this.#raw.scheduled_start_time);
	}

	/** When it ends, if set. */
	get scheduledEndAt(): Date | null {
		return this.#raw.scheduled_end_time == null ? null : new Date(this.#raw.scheduled_end_time);
	}

	/** How many users are interested, when Discord counted (fetches with counts, kept by the user events). */
	get userCount(): number | undefined {
		return this.#raw.user_count;
	}

	/** The stage or voice channel it takes place in, if any. */
	get channel(): Channel | undefined {
		const id = this.#raw.channel_id;
		return id == null ? undefined : this.ctx.make.channel(id, undefined, this.#raw.guild_id);
	}

	/** Who made it, when known. */
	get creator(): User | undefined {
		const raw = this.#raw;
		if ('creator' in raw && raw.creator !== undefined) return this.ctx.make.user(raw.creator);
		const id = raw.creator_id;
		return id == null ? undefined : this.ctx.make.user(this.ctx.cache?.users.get(id) ?? { id });
	}

	/** The guild. */
	get guild(): Guild {
		return this.ctx.make.guild(this.#raw.guild_id);
	}

	/** The event as Discord sent it, or as the cache keeps it. */
	get raw(): ScheduledEventRecord {
		return this.#raw;
	}

	/** Edits the event (also to start, end or cancel it: `{ status }`). */
	edit(body: WithFileFields<RESTPatchAPIGuildScheduledEventJSONBody, 'image'>, options?: APIRequestOptions): Promise<ScheduledEvent> {
		return this.guild.scheduledEvents.edit(this.id, body, options);
	}

	/** Deletes the event. */
	delete(options?: APIRequestOptions): Promise<void> {
		return this.guild.scheduledEvents.delete(this.id, options);
	}

	/** The users interested in it (up to 100 a page). */
	async fetchSubscribers(query: { readonly limit?: number; readonly after?: string } = {}): Promise<User[]> {
		const users = await this.ctx.api.scheduledEvents.getUsers(this.#raw.guild_id, this.#raw.id, query);
		return users.map((entry) => this.ctx.make.user(entry.user));
	}
}
