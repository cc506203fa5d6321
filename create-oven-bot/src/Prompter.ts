import { createInterface, type Interface } from 'node:readline';
import { CreateOvenBotError } from './CreateOvenBotError.js';

/** One choice of {@link Prompter.choose}. */
export interface Choice<T extends string> {
	readonly value: T;
	readonly label: string;
}

/**
 * Questions on a terminal, with node:readline. Lines are queued as they arrive, so answers
 * typed (or piped) ahead of a question are not lost. Ctrl+C or the end of the input rejects
 * the question with `CREATE_CANCELLED`.
 */
export class Prompter {
	readonly #rl: Interface;
	readonly #output: NodeJS.WritableStream;
	readonly #lines: string[] = [];
	#waiting: { resolve: (line: string) => void; reject: (error: Error) => void } | undefined;
	#closed = false;

	public constructor(input: NodeJS.ReadableStream, output: NodeJS.WritableStream) {
		this.#output = output;
		this.#rl = createInterface({ input, terminal: false });
		this.#rl.on('line', (line) => {
			const waiting = this.#waiting;
			this.#waiting = undefined;
			if (waiting === undefined) this.#lines.push(line);
			else waiting.resolve(line);
		});
		this.#rl.on('close', () => {
			this.#closed = true;
			this.#waiting?.reject(new CreateOvenBotError('CREATE_CANCELLED', 'Cancelled: nothing was written.'));
			this.#waiting = undefined;
		});
	}

	/** Asks for a line of text; an empty answer gives `fallback`. */
	public async text(question: string, fallback: string): Promise<string> {
		const answer = (await this.#ask(`${question} (Enter: ${fallback}): `)).trim();
		return answer === '' ? fallback : answer;
	}

	/** Asks to pick one of `choices` by number or value; an empty answer gives the first. */
	public async choose<T extends string>(question: string, choices: readonly Choice<T>[]): Promise<T> {
		const list = choices.map((choice, index) => `  ${index + 1}. ${choice.label}`).join('\n');
		this.#output.write(`${question}\n${list}\n`);
		for (;;) {
			const answer = (await this.#ask(`Choose 1-${choices.length} (Enter: 1): `)).trim().toLowerCase();
			if (answer === '') return choices[0]!.value;
			const picked = choices[Number(answer) - 1] ?? choices.find((choice) => choice.value === answer);
			if (picked !== undefined) return picked.value;
			this.#output.write(`Type a number from 1 to ${choices.length}.\n`);
		}
	}

	/** Stops reading the input. */
	public close(): void {
		this.#rl.close();
	}

	#ask(prompt: string): Promise<string> {
		this.#output.write(prompt);
		const queued = this.#lines.shift();
		if (queued !== undefined) {
			this.#output.write('\n');
			return Promise.resolve(queued);
		}
		if (this.#closed) return Promise.reject(new CreateOvenBotError('CREATE_CANCELLED', 'Cancelled: nothing was written.'));
		return new Promise((resolve, reject) => {
			this.#waiting = { resolve, reject };
		});
	}
}
