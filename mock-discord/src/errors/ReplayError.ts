import { MockDiscordError } from './MockDiscordError.js';

/** Stable codes of {@link ReplayError}. */
export type ReplayErrorCode =
	/** The recording file cannot be read. */
	| 'MOCK_REPLAY_UNREADABLE'
	/** The file is not a recording (a line is not JSON or not an inspector message). */
	| 'MOCK_REPLAY_INVALID'
	/** The recording was made with a newer inspector protocol than this mock reads. */
	| 'MOCK_REPLAY_PROTOCOL'
	/** The recording has no READY to build the world from: record from the bot's start. */
	| 'MOCK_REPLAY_NO_READY';

/** A recording that cannot be replayed: unreadable, not a recording, from a newer protocol, or without a READY to start from. */
export class ReplayError extends MockDiscordError<ReplayErrorCode> {
	public constructor(code: ReplayErrorCode, message: string, options?: ErrorOptions) {
		super(code, message, options);
	}
}
