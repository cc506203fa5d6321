import type { APIEmbed, APIEmbedAuthor, APIEmbedField, APIEmbedFooter } from 'discord-api-types/v10';
import { EmbedLimits } from '../knowledge/limits.js';
import { checkCount, checkLength, checkValue } from './_check.js';
import { validateEmbed } from './embed.js';

/**
 * The fluent form of an embed. Each setter checks its own limit at once (so the stack trace
 * points at the offending line); {@link EmbedBuilder.toJSON} checks the whole embed.
 *
 * @example
 * ```ts
 * new EmbedBuilder().setTitle('Ban').setColor(0xed4245).addFields({ name: 'User', value: '<@1>' }).toJSON();
 * ```
 */
export class EmbedBuilder {
	#data: APIEmbed;

	/** Starts from `data` (checked on `toJSON`). */
	public constructor(data: APIEmbed = {}) {
		this.#data = { ...data, ...(data.fields === undefined ? {} : { fields: [...data.fields] }) };
	}

	/** Sets the title (at most `EmbedLimits.title` characters). */
	public setTitle(title: string): this {
		checkLength('embed.title', title, EmbedLimits.title);
		this.#data.title = title;
		return this;
	}

	/** Sets the description (at most `EmbedLimits.description` characters). */
	public setDescription(description: string): this {
		checkLength('embed.description', description, EmbedLimits.description);
		this.#data.description = description;
		return this;
	}

	/** Sets the link of the title. */
	public setURL(url: string): this {
		checkLength('embed.url', url, EmbedLimits.url);
		this.#data.url = url;
		return this;
	}

	/** Sets the colour, `0xRRGGBB`. */
	public setColor(color: number): this {
		checkValue('embed.color', color, EmbedLimits.color);
		this.#data.color = color;
		return this;
	}

	/** Sets the timestamp shown in the footer (default now). */
	public setTimestamp(timestamp: Date | number = Date.now()): this {
		this.#data.timestamp = new Date(timestamp).toISOString();
		return this;
	}

	/** Sets the author line. */
	public setAuthor(author: APIEmbedAuthor): this {
		checkLength('embed.author.name', author.name, EmbedLimits.authorName);
		this.#data.author = author;
		return this;
	}

	/** Sets the footer. */
	public setFooter(footer: APIEmbedFooter): this {
		checkLength('embed.footer.text', footer.text, EmbedLimits.footerText);
		this.#data.footer = footer;
		return this;
	}

	/** Sets the large image. */
	public setImage(url: string): this {
		this.#data.image = { url };
		return this;
	}

	/** Sets the thumbnail. */
	public setThumbnail(url: string): this {
		this.#data.thumbnail = { url };
		return this;
	}

	/** Appends fields (at most `EmbedLimits.fields` in all). */
	public addFields(...fields: APIEmbedField[]): this {
		const all = [...(this.#data.fields ?? []), ...fields];
		checkCount('embed.fields', all, EmbedLimits.fields);
		all.forEach((field, i) => {
			checkLength(`embed.fields[${i}].name`, field.name, EmbedLimits.fieldName);
			checkLength(`embed.fields[${i}].value`, field.value, EmbedLimits.fieldValue);
		});
		this.#data.fields = all;
		return this;
	}

	/** The embed as Discord takes it, checked against every limit (the 6,000-character total included). */
	public toJSON(): APIEmbed {
		validateEmbed(this.#data);
		return structuredClone(this.#data);
	}
}
