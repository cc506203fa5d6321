import type { APIStageInstance, RESTPatchAPIStageInstanceJSONBody, StageInstancePrivacyLevel } from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import type { Channel } from './Channel.js';
import type { Guild } from './Guild.js';

/** A live stage: its topic in a stage channel. */
export class StageInstance extends Base {
	readonly #raw: Readonly<APIStageInstance>;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, raw: Readonly<APIStageInstance>) {
		super(ctx);
		this.#raw = raw;
	}

	get id(): Snowflake<'StageInstance'> {
		return this.#raw.id as Snowflake<'StageInstance'>;
	}

	get topic(): string {
		return this.#raw.topic;
	}

	/** `StageInstancePrivacyLevel` (2: guild only). */
	get privacyLevel(): StageInstancePrivacyLevel {
		return this.#raw.privacy_level;
	}

	/** The stage channel. */
	get channel(): Channel {
		return this.ctx.make.channel(this.#raw.channel_id, undefined, this.#raw.guild_id);
	}

	/** The guild. */
	get guild(): Guild {
		return this.ctx.make.guild(this.#raw.guild_id);
	}

	/** The stage as Discord sent it, or as the cache keeps it. */
	get raw(): Readonly<APIStageInstance> {
		return this.#raw;
	}

	/** Changes the topic or privacy level. */
	async edit(body: RESTPatchAPIStageInstanceJSONBody, options?: APIRequestOptions): Promise<StageInstance> {
		return new StageInstance(this.ctx, await this.ctx.api.stageInstances.edit(this.#raw.channel_id, body, options));
	}

	/** Ends the stage. */
	async delete(options?: APIRequestOptions): Promise<void> {
		await this.ctx.api.stageInstances.delete(this.#raw.channel_id, options);
	}
}
