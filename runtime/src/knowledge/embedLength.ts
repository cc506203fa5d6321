/** The parts of an embed that count toward Discord's 6,000-character total. */
export interface MeasurableEmbed {
	readonly title?: string | null | undefined;
	readonly description?: string | null | undefined;
	readonly fields?: readonly { readonly name?: string | null | undefined; readonly value?: string | null | undefined }[] | null | undefined;
	readonly footer?: { readonly text?: string | null | undefined } | null | undefined;
	readonly author?: { readonly name?: string | null | undefined } | null | undefined;
}

/**
 * Counts the characters of one embed that Discord adds up against `EmbedLimits.total`:
 * title, description, field names and values, footer text and author name.
 *
 * Discord counts UTF-16 code units here, as JavaScript's `length` does.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export function embedLength(embed: MeasurableEmbed): number {
	let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
	for (const field of embed.fields ?? []) total += (field.name?.length ?? 0) + (field.value?.length ?? 0);
	total += embed.footer?.text?.length ?? 0;
	total += embed.author?.name?.length ?? 0;
	return total;
}

/** The summed {@link embedLength} of every embed of one message. */
export function embedsLength(embeds: readonly MeasurableEmbed[]): number {
	let total = 0;
	for (const embed of embeds) total += embedLength(embed);
	return total;
}
