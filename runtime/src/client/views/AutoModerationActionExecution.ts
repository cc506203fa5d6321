import type {
	APIAutoModerationAction,
	AutoModerationRuleTriggerType,
	GatewayAutoModerationActionExecutionDispatchData,
} from 'discord-api-types/v10';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { AutoModerationRule } from './AutoModerationRule.js';
import { Base } from './Base.js';
import type { Channel } from './Channel.js';
import type { Guild } from './Guild.js';
import type { Member } from './Member.js';
import type { User } from './User.js';

/** An auto-moderation rule acted: who, where, which rule and action, and what matched. */
export class AutoModerationActionExecution extends Base {
	readonly #raw: GatewayAutoModerationActionExecutionDispatchData;

	/** @internal Structures are made by the client. */
	constructor(ctx: _ViewContext, raw: GatewayAutoModerationActionExecutionDispatchData) {
		super(ctx);
		this.#raw = raw;
	}

	/** The action taken. */
	get action(): APIAutoModerationAction {
		return this.#raw.action;
	}

	/** The rule's id. */
	get ruleId(): Snowflake<'AutoModerationRule'> {
		return this.#raw.rule_id as Snowflake<'AutoModerationRule'>;
	}

	/** The rule, when cached. */
	get autoModerationRule(): AutoModerationRule | undefined {
		return this.guild.autoModerationRules.get(this.ruleId);
	}

	get ruleTriggerType(): AutoModerationRuleTriggerType {
		return this.#raw.rule_trigger_type;
	}

	/** Whose content triggered it. */
	get userId(): Snowflake<'User'> {
		return this.#raw.user_id as Snowflake<'User'>;
	}

	/** Whose content triggered it (cached, else by id). */
	get user(): User {
		return this.ctx.make.user(this.ctx.cache?.users.get(this.#raw.user_id) ?? { id: this.#raw.user_id });
	}

	/** Their member (usable by id). */
	get member(): Member {
		return this.ctx.make.member(this.#raw.guild_id, this.#raw.user_id);
	}

	/** Where the content was posted, if in a channel. */
	get channel(): Channel | undefined {
		const id = this.#raw.channel_id;
		return id === undefined ? undefined : this.ctx.make.channel(id, undefined, this.#raw.guild_id);
	}

	/** The message, if the content was one and was not blocked. */
	get messageId(): Snowflake<'Message'> | undefined {
		return this.#raw.message_id as Snowflake<'Message'> | undefined;
	}

	/** The alert the rule posted, for a send-alert action. */
	get alertSystemMessageId(): Snowflake<'Message'> | undefined {
		return this.#raw.alert_system_message_id as Snowflake<'Message'> | undefined;
	}

	/** The content (empty without the MessageContent intent). */
	get content(): string {
		return this.#raw.content;
	}

	/** The keyword or pattern that matched. */
	get matchedKeyword(): string | null {
		return this.#raw.matched_keyword;
	}

	/** The text that matched (empty without MessageContent). */
	get matchedContent(): string | null {
		return this.#raw.matched_content;
	}

	/** The guild. */
	get guild(): Guild {
		return this.ctx.make.guild(this.#raw.guild_id);
	}

	/** The event's data as Discord sent it. */
	get raw(): GatewayAutoModerationActionExecutionDispatchData {
		return this.#raw;
	}
}
