import { closeSync, openSync, writeSync } from 'node:fs';
import { InspectorError } from './InspectorError.js';

/**
 * Writes an inspector stream to a file, one message per line (JSONL), in the order sent: the
 * `hello` first, then every message. Each line is written as it comes (synchronously), so a bot
 * stopped with Ctrl+C leaves a whole recording up to its last message. The file is created for
 * this user only (mode 0600): even redacted, a session holds what the bot's users wrote.
 * `oven-mock --replay <file>` plays it back to a bot.
 */
export class SessionRecorder {
	readonly #file: string;
	#fd: number | undefined;
	#failure: InspectorError | undefined;

	/** Opens (truncates) `file` now, so a path that cannot be written fails here with `INSPECTOR_RECORD_FAILED`. */
	public constructor(file: string) {
		this.#file = file;
		try {
			this.#fd = openSync(file, 'w', 0o600);
		} catch (error) {
			throw new InspectorError('INSPECTOR_RECORD_FAILED', `Cannot create the recording ${file}: ${(error as Error).message}`, {
				cause: error,
			});
		}
	}

	/** The file being written. */
	public get file(): string {
		return this.#file;
	}

	/** Appends one message, already serialised and redacted. After a failed write, nothing more is written. */
	public write(text: string): void {
		if (this.#fd === undefined) return;
		try {
			writeSync(this.#fd, `${text}\n`);
		} catch (error) {
			this.#failure = new InspectorError(
				'INSPECTOR_RECORD_FAILED',
				`Cannot write the recording ${this.#file}: ${(error as Error).message}`,
				{
					cause: error,
				},
			);
			this.#closeFile();
		}
	}

	/** Closes the file; rejects with `INSPECTOR_RECORD_FAILED` when a write failed. Idempotent. */
	public async close(): Promise<void> {
		this.#closeFile();
		if (this.#failure !== undefined) throw this.#failure;
	}

	#closeFile(): void {
		if (this.#fd === undefined) return;
		const fd = this.#fd;
		this.#fd = undefined;
		closeSync(fd);
	}
}
