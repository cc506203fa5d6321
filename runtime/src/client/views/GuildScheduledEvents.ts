import type {
	APIGuildScheduledEvent,
	RESTPatchAPIGuildScheduledEventJSONBody,
	RESTPostAPIGuildScheduledEventJSONBody,
} from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { WithFileFields } from '../../api/dataURI.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { ScheduledEvent } from './ScheduledEvent.js';

type EventId = Snowflake<'ScheduledEvent'> | { readonly id: Snowflake<'ScheduledEvent'> };
const idOf = (event: EventId): string => (typeof event === 'string' ? event : event.id);

/** A guild's scheduled events: cached ones (GUILD_CREATE and their events), fetches and writes. */
export class GuildScheduledEvents {
	readonly #ctx: _ViewContext;
	readonly #guildId: string;

	/** @internal Made by `guild.scheduledEvents`. */
	constructor(ctx: _ViewContext, guildId: string) {
		this.#ctx = ctx;
		this.#guildId = guildId;
	}

	#wrap = (raw: APIGuildScheduledEvent): ScheduledEvent => this.#ctx.make.scheduledEvent(raw);

	/** A cached event by id. */
	get(event: EventId): ScheduledEvent | undefined {
		const record = this.#ctx.cache?.scheduledEvents.get(idOf(event));
		return record?.guild_id === this.#guildId ? this.#ctx.make.scheduledEvent(record) : undefined;
	}

	/** The cached events. */
	list(): ScheduledEvent[] {
		return Array.from(this.#ctx.cache?.scheduledEvents.forGuild(this.#guildId) ?? [], (record) => this.#ctx.make.scheduledEvent(record));
	}

	/** One event by id, or all of them, with interested-user counts. */
	fetch(event: EventId): Promise<ScheduledEvent>;
	fetch(): Promise<ScheduledEvent[]>;
	async fetch(event?: EventId): Promise<ScheduledEvent | ScheduledEvent[]> {
		const api = this.#ctx.api.scheduledEvents;
		if (event !== undefined) return this.#wrap(await api.get(this.#guildId, idOf(event), { with_user_count: true }));
		return (await api.list(this.#guildId, { with_user_count: true })).map(this.#wrap);
	}

	/** Creates an event (`{ name, privacy_level, scheduled_start_time, entity_type, channel_id | entity_metadata, … }`). */
	async create(
		body: WithFileFields<RESTPostAPIGuildScheduledEventJSONBody, 'image'>,
		options?: APIRequestOptions,
	): Promise<ScheduledEvent> {
		return this.#wrap(await this.#ctx.api.scheduledEvents.create(this.#guildId, body, options));
	}

	/** Edits an event (also to start, end or cancel it: `{ status }`). */
	async edit(
		event: EventId,
		body: WithFileFields<RESTPatchAPIGuildScheduledEventJSONBody, 'image'>,
		options?: APIRequestOptions,
	): Promise<ScheduledEvent> {
		return this.#wrap(await this.#ctx.api.scheduledEvents.edit(this.#guildId, idOf(event), body, options));
	}

	/** Deletes an event. */
	async delete(event: EventId, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.scheduledEvents.delete(this.#guildId, idOf(event), options);
	}
}
