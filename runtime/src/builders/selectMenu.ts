import {
	ComponentType,
	type APIChannelSelectComponent,
	type APIMentionableSelectComponent,
	type APIRoleSelectComponent,
	type APISelectMenuComponent,
	type APIStringSelectComponent,
	type APIUserSelectComponent,
} from 'discord-api-types/v10';
import { ComponentLimits } from '../knowledge/limits.js';
import { componentViolations } from '../knowledge/payloadViolations.js';
import { checkLength, checkValue, throwFirst } from './_check.js';

/** A select menu's input: Discord's shape without `type`. */
export type SelectInput<T extends APISelectMenuComponent> = Omit<T, 'type'>;

function checkSelect(path: string, input: SelectInput<APISelectMenuComponent>): void {
	checkLength(`${path}.custom_id`, input.custom_id, ComponentLimits.customId);
	checkLength(`${path}.placeholder`, input.placeholder, ComponentLimits.selectPlaceholder);
	checkValue(`${path}.min_values`, input.min_values, ComponentLimits.selectMinValues);
	checkValue(`${path}.max_values`, input.max_values, ComponentLimits.selectMaxValues);
}

/**
 * A select menu of your own options, checked against `ComponentLimits` (options, labels, values).
 * @throws BuilderLimitError
 * @see https://discord.com/developers/docs/components/reference#string-select
 */
export function stringSelect(input: SelectInput<APIStringSelectComponent>): APIStringSelectComponent {
	checkSelect('stringSelect', input);
	const options = input.options.map((o) => ({ label: o.label, value: o.value, description: o.description }));
	throwFirst(componentViolations({ type: ComponentType.StringSelect, custom_id: input.custom_id, options }, 'stringSelect'));
	return { type: ComponentType.StringSelect, ...input };
}

/** A select menu of the guild's members. @throws BuilderLimitError */
export function userSelect(input: SelectInput<APIUserSelectComponent>): APIUserSelectComponent {
	checkSelect('userSelect', input);
	return { type: ComponentType.UserSelect, ...input };
}

/** A select menu of the guild's roles. @throws BuilderLimitError */
export function roleSelect(input: SelectInput<APIRoleSelectComponent>): APIRoleSelectComponent {
	checkSelect('roleSelect', input);
	return { type: ComponentType.RoleSelect, ...input };
}

/** A select menu of members and roles. @throws BuilderLimitError */
export function mentionableSelect(input: SelectInput<APIMentionableSelectComponent>): APIMentionableSelectComponent {
	checkSelect('mentionableSelect', input);
	return { type: ComponentType.MentionableSelect, ...input };
}

/** A select menu of channels, optionally of some `channel_types`. @throws BuilderLimitError */
export function channelSelect(input: SelectInput<APIChannelSelectComponent>): APIChannelSelectComponent {
	checkSelect('channelSelect', input);
	return { type: ComponentType.ChannelSelect, ...input };
}
