import { createWriteStream, openSync, type WriteStream } from 'node:fs';
import { InspectorError } from './InspectorError.js';

/**
 * Writes an inspector stream to a file, one message per line (JSONL), in the order sent: the
 * `hello` first, then every message. The file is created for this user only (mode 0600): even
 * redacted, a session holds what the bot's users wrote. `oven-mock --replay <file>` plays it
 * back to a bot.
 */
export class SessionRecorder {
	readonly #stream: WriteStream;
	readonly #file: string;
	#failure: InspectorError | undefined;
	#closing: Promise<void> | undefined;

	/** Opens (truncates) `file` now, so a path that cannot be written fails here with `INSPECTOR_RECORD_FAILED`. */
	public constructor(file: string) {
		this.#file = file;
		let fd: number;
		try {
			fd = openSync(file, 'w', 0o600);
		} catch (error) {
			throw new InspectorError('INSPECTOR_RECORD_FAILED', `Cannot create the recording ${file}: ${(error as Error).message}`, {
				cause: error,
			});
		}
		this.#stream = createWriteStream(file, { fd });
		this.#stream.on('error', (error) => {
			this.#failure ??= new InspectorError('INSPECTOR_RECORD_FAILED', `Cannot write the recording ${file}: ${error.message}`, {
				cause: error,
			});
		});
	}

	/** The file being written. */
	public get file(): string {
		return this.#file;
	}

	/** Appends one message, already serialised and redacted. */
	public write(text: string): void {
		if (this.#closing === undefined && this.#failure === undefined) this.#stream.write(`${text}\n`);
	}

	/** Flushes and closes the file; rejects with `INSPECTOR_RECORD_FAILED` when a write failed. Idempotent. */
	public close(): Promise<void> {
		this.#closing ??= new Promise<void>((resolve) => {
			if (this.#stream.closed || this.#stream.destroyed) resolve();
			else this.#stream.end(() => resolve());
		}).then(() => {
			if (this.#failure !== undefined) throw this.#failure;
		});
		return this.#closing;
	}
}
