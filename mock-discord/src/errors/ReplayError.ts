import { MockDiscordError } from './MockDiscordError.js';

/** Stable codes of {@link ReplayError}. */
export type ReplayErrorCode = 'MOCK_REPLAY_UNREADABLE' | 'MOCK_REPLAY_INVALID' | 'MOCK_REPLAY_PROTOCOL' | 'MOCK_REPLAY_NO_READY';

/** A recording that cannot be replayed: unreadable, not a recording, from a newer protocol, or without a READY to start from. */
export class ReplayError extends MockDiscordError<ReplayErrorCode> {
	public constructor(code: ReplayErrorCode, message: string, options?: ErrorOptions) {
		super(code, message, options);
	}
}
