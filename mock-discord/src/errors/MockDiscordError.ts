import { OvenError } from 'ovenjs/errors';
import type { ReplayErrorCode } from './ReplayError.js';

/** The stable codes of the mock's errors. */
export type MockDiscordErrorCode =
	| 'MOCK_REST_ERROR'
	| 'MOCK_SCENARIO_INVALID'
	| 'MOCK_VOICE_TRUST_UNSUPPORTED'
	| 'MOCK_RATE_LIMIT_SETUP'
	| 'MOCK_GATEWAY_CLOSE'
	| ReplayErrorCode;

/**
 * Base of every error the mock throws, an {@link OvenError}. `code` is stable and safe to match on; the
 * message says what to do about it.
 */
export class MockDiscordError<C extends MockDiscordErrorCode = MockDiscordErrorCode> extends OvenError<C> {}
