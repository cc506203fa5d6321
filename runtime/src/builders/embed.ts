import type { APIEmbed } from 'discord-api-types/v10';
import { embedLength, embedsLength } from '../knowledge/embedLength.js';
import { EmbedLimits, MessageLimits } from '../knowledge/limits.js';
import { BuilderLimitError } from './BuilderLimitError.js';
import { checkCount, checkLength, checkValue } from './_check.js';

/** An embed as Discord takes it (discord-api-types' `APIEmbed`). */
export type EmbedData = APIEmbed;

/**
 * Checks one embed against `EmbedLimits`; `path` prefixes error paths (`embed`, `embeds[2]`).
 * @throws BuilderLimitError naming the field, the limit and the size found.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export function validateEmbed(data: EmbedData, path = 'embed'): void {
	checkLength(`${path}.title`, data.title, EmbedLimits.title);
	checkLength(`${path}.description`, data.description, EmbedLimits.description);
	checkLength(`${path}.url`, data.url, EmbedLimits.url);
	checkValue(`${path}.color`, data.color, EmbedLimits.color);
	checkCount(`${path}.fields`, data.fields, EmbedLimits.fields);
	data.fields?.forEach((field, i) => {
		checkLength(`${path}.fields[${i}].name`, field.name, EmbedLimits.fieldName);
		checkLength(`${path}.fields[${i}].value`, field.value, EmbedLimits.fieldValue);
	});
	checkLength(`${path}.footer.text`, data.footer?.text, EmbedLimits.footerText);
	checkLength(`${path}.author.name`, data.author?.name, EmbedLimits.authorName);
	const total = embedLength(data);
	if (total > EmbedLimits.total.max) throw new BuilderLimitError(path, EmbedLimits.total, total, 'characters');
}

/**
 * Checks every embed of one message, and their shared 6,000-character total.
 * @throws BuilderLimitError
 */
export function validateEmbeds(embeds: readonly EmbedData[], path = 'embeds'): void {
	checkCount(path, embeds, MessageLimits.embeds);
	embeds.forEach((data, i) => validateEmbed(data, `${path}[${i}]`));
	const total = embedsLength(embeds);
	if (total > EmbedLimits.total.max) throw new BuilderLimitError(path, EmbedLimits.total, total, 'characters');
}

/**
 * The object form of an embed: checks it against Discord's limits and returns it as sent.
 *
 * @example
 * ```ts
 * embed({ title: 'Ticket #4', fields: [{ name: 'Status', value: 'open', inline: true }] });
 * ```
 * @throws BuilderLimitError
 */
export function embed(data: EmbedData): APIEmbed {
	validateEmbed(data);
	return data;
}
