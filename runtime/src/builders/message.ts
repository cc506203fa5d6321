import { ComponentType, MessageFlags, type APIEmbed, type APIMessageTopLevelComponent, type RESTAPIPoll } from 'discord-api-types/v10';
import { ComponentLimits, MessageLimits } from '../knowledge/limits.js';
import { BuilderLimitError } from './BuilderLimitError.js';
import { checkCount, checkLength } from './_check.js';
import { validateEmbeds } from './embed.js';

/** A message body as the builders produce it. */
export interface MessageBodyInput {
	readonly content?: string;
	readonly embeds?: readonly APIEmbed[];
	readonly components?: readonly APIMessageTopLevelComponent[];
	readonly poll?: RESTAPIPoll;
	readonly flags?: number;
}

/** The body {@link message} returns, for `POST /channels/{id}/messages` or an interaction reply. */
export interface MessageBody {
	content?: string;
	embeds?: APIEmbed[];
	components?: APIMessageTopLevelComponent[];
	poll?: RESTAPIPoll;
	flags?: number;
}

function countComponents(components: readonly unknown[]): number {
	let count = 0;
	for (const component of components) {
		count += 1;
		const c = component as { components?: unknown[]; accessory?: unknown };
		if (Array.isArray(c.components)) count += countComponents(c.components);
		if (c.accessory !== undefined) count += 1;
	}
	return count;
}

/**
 * Checks a whole message against `MessageLimits`, `EmbedLimits` (the 6,000-character total
 * across embeds) and `ComponentLimits` (rows, nested component count), and sets the
 * `IS_COMPONENTS_V2` flag when layout components are used.
 * @throws BuilderLimitError
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export function message(input: MessageBodyInput): MessageBody {
	checkLength('message.content', input.content, MessageLimits.content);
	if (input.embeds !== undefined) validateEmbeds(input.embeds, 'message.embeds');
	const body: MessageBody = {};
	if (input.content !== undefined) body.content = input.content;
	if (input.embeds !== undefined) body.embeds = [...input.embeds];
	if (input.poll !== undefined) body.poll = input.poll;
	let flags = input.flags ?? 0;
	if (input.components !== undefined) {
		checkCount('message.components', input.components, MessageLimits.components);
		const layout = input.components.some((c) => c.type !== ComponentType.ActionRow);
		if (layout) flags |= MessageFlags.IsComponentsV2;
		else checkCount('message.components', input.components, ComponentLimits.actionRows);
		const total = countComponents(input.components);
		if (total > ComponentLimits.totalComponents.max)
			throw new BuilderLimitError('message.components', ComponentLimits.totalComponents, total, 'items');
		body.components = [...input.components];
	}
	if (flags !== 0) body.flags = flags;
	return body;
}
