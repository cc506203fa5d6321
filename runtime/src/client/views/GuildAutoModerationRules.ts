import type {
	APIAutoModerationRule,
	RESTPatchAPIAutoModerationRuleJSONBody,
	RESTPostAPIAutoModerationRuleJSONBody,
} from 'discord-api-types/v10';
import type { APIRequestOptions } from '../../api/APIRequestOptions.js';
import type { _ViewContext } from '../_viewContext.js';
import type { Snowflake } from '../Snowflake.js';
import type { AutoModerationRule } from './AutoModerationRule.js';

type RuleId = Snowflake<'AutoModerationRule'> | { readonly id: Snowflake<'AutoModerationRule'> };
const idOf = (rule: RuleId): string => (typeof rule === 'string' ? rule : rule.id);

/**
 * A guild's auto-moderation rules (Manage Guild). The cache keeps those its events and fetches
 * brought (GUILD_CREATE has none): `fetch()` for the whole list.
 */
export class GuildAutoModerationRules {
	readonly #ctx: _ViewContext;
	readonly #guildId: string;

	/** @internal Made by `guild.autoModerationRules`. */
	constructor(ctx: _ViewContext, guildId: string) {
		this.#ctx = ctx;
		this.#guildId = guildId;
	}

	#wrap = (raw: APIAutoModerationRule): AutoModerationRule => this.#ctx.make.autoModerationRule(raw);

	/** A cached rule by id. */
	get(rule: RuleId): AutoModerationRule | undefined {
		const record = this.#ctx.cache?.autoModerationRules.get(idOf(rule));
		return record?.guild_id === this.#guildId ? this.#wrap(record) : undefined;
	}

	/** The cached rules. */
	list(): AutoModerationRule[] {
		return Array.from(this.#ctx.cache?.autoModerationRules.forGuild(this.#guildId) ?? [], this.#wrap);
	}

	/** One rule by id, or all of them. */
	fetch(rule: RuleId): Promise<AutoModerationRule>;
	fetch(): Promise<AutoModerationRule[]>;
	async fetch(rule?: RuleId): Promise<AutoModerationRule | AutoModerationRule[]> {
		const api = this.#ctx.api.autoModeration;
		if (rule !== undefined) return this.#wrap(await api.get(this.#guildId, idOf(rule)));
		return (await api.list(this.#guildId)).map(this.#wrap);
	}

	/** Creates a rule (`{ name, event_type, trigger_type, trigger_metadata, actions, … }`). */
	async create(body: RESTPostAPIAutoModerationRuleJSONBody, options?: APIRequestOptions): Promise<AutoModerationRule> {
		return this.#wrap(await this.#ctx.api.autoModeration.create(this.#guildId, body, options));
	}

	/** Edits a rule. */
	async edit(rule: RuleId, body: RESTPatchAPIAutoModerationRuleJSONBody, options?: APIRequestOptions): Promise<AutoModerationRule> {
		return this.#wrap(await this.#ctx.api.autoModeration.edit(this.#guildId, idOf(rule), body, options));
	}

	/** Deletes a rule. */
	async delete(rule: RuleId, options?: APIRequestOptions): Promise<void> {
		await this.#ctx.api.autoModeration.delete(this.#guildId, idOf(rule), options);
	}
}
