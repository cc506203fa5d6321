import type { APIPartialEmoji, RESTAPIPoll } from 'discord-api-types/v10';
import { PollLimits } from '../knowledge/limits.js';
import { checkCount, checkLength, checkValue } from './_check.js';

/** An answer's emoji: `{ name: '🍣' }` for a Unicode emoji, `{ id }` for a custom one. */
export interface PollEmojiInput {
	readonly id?: string;
	readonly name?: string;
	readonly animated?: boolean;
}

/** A poll answer: its text, or `{ text, emoji }`. */
export type PollAnswerInput = string | { readonly text: string; readonly emoji?: PollEmojiInput };

const partialEmoji = (emoji: PollEmojiInput): APIPartialEmoji => ({
	id: emoji.id ?? null,
	name: emoji.name ?? null,
	...(emoji.animated === undefined ? {} : { animated: emoji.animated }),
});

/** The object form of a poll: plain strings for the question and answers. */
export interface PollInput {
	readonly question: string;
	readonly answers: readonly PollAnswerInput[];
	/** Hours the poll stays open (Discord's default is 24). */
	readonly duration?: number;
	readonly allow_multiselect?: boolean;
}

/**
 * A poll for a message's `poll` field, checked against `PollLimits`.
 *
 * @example
 * ```ts
 * poll({ question: 'Lunch?', answers: ['Pizza', { text: 'Sushi', emoji: { name: '🍣' } }], duration: 4 });
 * ```
 * @throws BuilderLimitError
 * @see https://discord.com/developers/docs/resources/poll#poll-create-request-object
 */
export function poll(input: PollInput): RESTAPIPoll {
	checkLength('poll.question.text', input.question, PollLimits.question);
	checkCount('poll.answers', input.answers, PollLimits.answers);
	const answers = input.answers.map((answer, i) => {
		const media = typeof answer === 'string' ? { text: answer } : answer;
		checkLength(`poll.answers[${i}].poll_media.text`, media.text, PollLimits.answerText);
		return { poll_media: media.emoji === undefined ? { text: media.text } : { text: media.text, emoji: partialEmoji(media.emoji) } };
	});
	checkValue('poll.duration', input.duration, PollLimits.durationHours);
	return {
		question: { text: input.question },
		answers,
		...(input.duration === undefined ? {} : { duration: input.duration }),
		...(input.allow_multiselect === undefined ? {} : { allow_multiselect: input.allow_multiselect }),
	};
}

/** The fluent form of a poll. */
export class PollBuilder {
	readonly #question: string;
	readonly #answers: PollAnswerInput[] = [];
	#duration: number | undefined;
	#multiselect: boolean | undefined;

	/** A poll asking `question`. */
	public constructor(question: string) {
		checkLength('poll.question.text', question, PollLimits.question);
		this.#question = question;
	}

	/** Appends answers. */
	public addAnswers(...answers: PollAnswerInput[]): this {
		this.#answers.push(...answers);
		return this;
	}

	/** Hours the poll stays open. */
	public setDuration(hours: number): this {
		checkValue('poll.duration', hours, PollLimits.durationHours);
		this.#duration = hours;
		return this;
	}

	/** Whether voters may pick several answers. */
	public setMultiselect(allow = true): this {
		this.#multiselect = allow;
		return this;
	}

	/** The poll as Discord takes it. @throws BuilderLimitError */
	public toJSON(): RESTAPIPoll {
		return poll({
			question: this.#question,
			answers: this.#answers,
			...(this.#duration === undefined ? {} : { duration: this.#duration }),
			...(this.#multiselect === undefined ? {} : { allow_multiselect: this.#multiselect }),
		});
	}
}
