import type { APIEmbed } from 'discord-api-types/v10';
import { embedsViolations, embedViolations } from '../knowledge/payloadViolations.js';
import { BuilderLimitError } from './BuilderLimitError.js';

/** An embed as Discord takes it (discord-api-types' `APIEmbed`). */
export type EmbedData = APIEmbed;

/**
 * Checks one embed against `EmbedLimits` (`embedViolations` of `ovenjs/knowledge`, as the editor tools do); `path` prefixes error paths (`embed`, `embeds[2]`).
 * @throws BuilderLimitError naming the field, the limit and the size found.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export function validateEmbed(data: EmbedData, path = 'embed'): void {
	const [first] = embedViolations(data, path);
	if (first !== undefined) throw BuilderLimitError.from(first);
}

/**
 * Checks every embed of one message, and their shared 6,000-character total.
 * @throws BuilderLimitError
 */
export function validateEmbeds(embeds: readonly EmbedData[], path = 'embeds'): void {
	const [first] = embedsViolations(embeds, path);
	if (first !== undefined) throw BuilderLimitError.from(first);
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
