import type {
	APIActionRowComponent,
	APIButtonComponent,
	APIEmbed,
	APIMessageTopLevelComponent,
	APISelectMenuComponent,
	RESTAPIPoll,
} from 'discord-api-types/v10';
import { actionRow } from './actionRow.js';
import { EmbedBuilder } from './EmbedBuilder.js';
import { message, type MessageBody } from './message.js';
import { PollBuilder } from './poll.js';

/**
 * The fluent form of a message body: content, embeds, rows of components, layout components,
 * a poll. {@link MessageBuilder.toJSON} checks it all with {@link message}.
 *
 * @example
 * ```ts
 * new MessageBuilder()
 *   .setContent('New ticket')
 *   .addEmbeds(new EmbedBuilder().setTitle('#4'))
 *   .addActionRow(button({ custom_id: 'ticket:close:4', label: 'Close', style: 'danger' }))
 *   .toJSON();
 * ```
 */
export class MessageBuilder {
	#content: string | undefined;
	readonly #embeds: (APIEmbed | EmbedBuilder)[] = [];
	readonly #components: APIMessageTopLevelComponent[] = [];
	#poll: RESTAPIPoll | PollBuilder | undefined;
	#flags = 0;

	/** Sets the text. */
	public setContent(content: string): this {
		this.#content = content;
		return this;
	}

	/** Appends embeds, as data or builders. */
	public addEmbeds(...embeds: (APIEmbed | EmbedBuilder)[]): this {
		this.#embeds.push(...embeds);
		return this;
	}

	/** Appends an action row: one to five buttons, or one select menu (the overloads refuse a mix). */
	public addActionRow(...buttons: [APIButtonComponent, ...APIButtonComponent[]]): this;
	public addActionRow(select: APISelectMenuComponent): this;
	public addActionRow(...components: [APIButtonComponent, ...APIButtonComponent[]] | [APISelectMenuComponent]): this {
		const row = (actionRow as (...c: typeof components) => APIActionRowComponent<APIButtonComponent | APISelectMenuComponent>)(
			...components,
		);
		this.#components.push(row);
		return this;
	}

	/** Appends top-level components of any kind (rows, containers, text displays…). */
	public addComponents(...components: APIMessageTopLevelComponent[]): this {
		this.#components.push(...components);
		return this;
	}

	/** Attaches a poll. */
	public setPoll(poll: RESTAPIPoll | PollBuilder): this {
		this.#poll = poll;
		return this;
	}

	/** Adds message flags (e.g. `MessageFlags.Ephemeral` for an interaction reply). */
	public addFlags(flags: number): this {
		this.#flags |= flags;
		return this;
	}

	/** The body as Discord takes it, checked against every limit. @throws BuilderLimitError */
	public toJSON(): MessageBody {
		const embeds = this.#embeds.map((e) => (e instanceof EmbedBuilder ? e.toJSON() : e));
		const poll = this.#poll instanceof PollBuilder ? this.#poll.toJSON() : this.#poll;
		return message({
			...(this.#content === undefined ? {} : { content: this.#content }),
			...(embeds.length === 0 ? {} : { embeds }),
			...(this.#components.length === 0 ? {} : { components: this.#components }),
			...(poll === undefined ? {} : { poll }),
			...(this.#flags === 0 ? {} : { flags: this.#flags }),
		});
	}
}
