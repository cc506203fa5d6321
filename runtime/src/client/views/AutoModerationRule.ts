import type {
	APIAutoModerationAction,
	APIAutoModerationRule,
	APIAutoModerationRuleTriggerMetadata,
	AutoModerationRuleEventType,
	AutoModerationRuleTriggerType,
	RESTPatchAPIAutoModerationRuleJSONBody,
} from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import { Base } from './Base.js';
import type { Guild } from './Guild.js';

/** A guild's auto-moderation rule. */
export class AutoModerationRule extends Base {
	readonly #raw: Readonly<APIAutoModerationRule>;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, raw: Readonly<APIAutoModerationRule>) {
		super(ctx);
		this.#raw = raw;
	}

	get id(): Snowflake<'AutoModerationRule'> {
		return this.#raw.id as Snowflake<'AutoModerationRule'>;
	}

	get name(): string {
		return this.#raw.name;
	}

	get enabled(): boolean {
		return this.#raw.enabled;
	}

	/** What it watches (`AutoModerationRuleEventType`: 1 messages sent, 2 member updates). */
	get eventType(): AutoModerationRuleEventType {
		return this.#raw.event_type;
	}

	/** What triggers it (`AutoModerationRuleTriggerType`: keyword, spam, keyword preset, mention spam, member profile). */
	get triggerType(): AutoModerationRuleTriggerType {
		return this.#raw.trigger_type;
	}

	/** The keywords, patterns, presets and limits. */
	get triggerMetadata(): APIAutoModerationRuleTriggerMetadata {
		return this.#raw.trigger_metadata;
	}

	/** What it does when triggered. */
	get actions(): readonly APIAutoModerationAction[] {
		return this.#raw.actions;
	}

	get exemptRoleIds(): readonly Snowflake<'Role'>[] {
		return this.#raw.exempt_roles as readonly string[] as readonly Snowflake<'Role'>[];
	}

	get exemptChannelIds(): readonly Snowflake<'Channel'>[] {
		return this.#raw.exempt_channels as readonly string[] as readonly Snowflake<'Channel'>[];
	}

	/** The guild. */
	get guild(): Guild {
		return this.ctx.make.guild(this.#raw.guild_id);
	}

	/** The rule as Discord sent it, or as the cache keeps it. */
	get raw(): Readonly<APIAutoModerationRule> {
		return this.#raw;
	}

	/** Edits the rule. */
	edit(body: RESTPatchAPIAutoModerationRuleJSONBody, options?: APIRequestOptions): Promise<AutoModerationRule> {
		return this.guild.autoModerationRules.edit(this.id, body, options);
	}

	/** Deletes the rule. */
	delete(options?: APIRequestOptions): Promise<void> {
		return this.guild.autoModerationRules.delete(this.id, options);
	}
}
