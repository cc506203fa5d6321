import type {
	RESTGetAPIAutoModerationRuleResult,
	RESTGetAPIAutoModerationRulesResult,
	RESTPatchAPIAutoModerationRuleJSONBody,
	RESTPatchAPIAutoModerationRuleResult,
	RESTPostAPIAutoModerationRuleJSONBody,
	RESTPostAPIAutoModerationRuleResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';

/** A guild's [auto-moderation rules](https://discord.com/developers/docs/resources/auto-moderation); all need MANAGE_GUILD. */
export class AutoModerationAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [List Auto Moderation Rules for Guild](https://discord.com/developers/docs/resources/auto-moderation#list-auto-moderation-rules-for-guild). */
	list(guildId: IdOf<'Guild'>, options?: APIRequestOptions): Promise<RESTGetAPIAutoModerationRulesResult> {
		return call(this.rest, 'list_auto_moderation_rules', { guild_id: guildId }, options);
	}

	/** [Get Auto Moderation Rule](https://discord.com/developers/docs/resources/auto-moderation#get-auto-moderation-rule). */
	get(
		guildId: IdOf<'Guild'>,
		ruleId: IdOf<'AutoModerationRule'>,
		options?: APIRequestOptions,
	): Promise<RESTGetAPIAutoModerationRuleResult> {
		return call(this.rest, 'get_auto_moderation_rule', { guild_id: guildId, rule_id: ruleId }, options);
	}

	/** [Create Auto Moderation Rule](https://discord.com/developers/docs/resources/auto-moderation#create-auto-moderation-rule). */
	create(
		guildId: IdOf<'Guild'>,
		body: RESTPostAPIAutoModerationRuleJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIAutoModerationRuleResult> {
		return call(this.rest, 'create_auto_moderation_rule', { guild_id: guildId }, options, body);
	}

	/** [Modify Auto Moderation Rule](https://discord.com/developers/docs/resources/auto-moderation#modify-auto-moderation-rule). */
	edit(
		guildId: IdOf<'Guild'>,
		ruleId: IdOf<'AutoModerationRule'>,
		body: RESTPatchAPIAutoModerationRuleJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPatchAPIAutoModerationRuleResult> {
		return call(this.rest, 'update_auto_moderation_rule', { guild_id: guildId, rule_id: ruleId }, options, body);
	}

	/** [Delete Auto Moderation Rule](https://discord.com/developers/docs/resources/auto-moderation#delete-auto-moderation-rule). */
	async delete(guildId: IdOf<'Guild'>, ruleId: IdOf<'AutoModerationRule'>, options?: APIRequestOptions): Promise<void> {
		await call(this.rest, 'delete_auto_moderation_rule', { guild_id: guildId, rule_id: ruleId }, options);
	}
}
