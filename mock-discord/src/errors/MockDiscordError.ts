import { OvenError } from 'ovenjs/errors';
import type { ReplayErrorCode } from './ReplayError.js';

/** The stable codes of the mock's errors. */
export type MockDiscordErrorCode =
	/** The mock answered a REST call with a Discord error (status and Discord code in the message). */
	| 'MOCK_REST_ERROR'
	/** A scenario (the mock's world) does not validate; the message lists each problem. */
	| 'MOCK_SCENARIO_INVALID'
	/** This Node.js cannot trust the mock voice server's certificate at run time (needs 22.19 or 24.5); start the bot with NODE_EXTRA_CA_CERTS. */
	| 'MOCK_VOICE_TRUST_UNSUPPORTED'
	/** The mock's rate-limit settings are inconsistent. */
	| 'MOCK_RATE_LIMIT_SETUP'
	/** The mock closed a gateway connection with a Discord close code. */
	| 'MOCK_GATEWAY_CLOSE'
	| ReplayErrorCode;

/**
 * Base of every error the mock throws, an {@link OvenError}. `code` is stable and safe to match on; the
 * message says what to do about it.
 */
export class MockDiscordError<C extends MockDiscordErrorCode = MockDiscordErrorCode> extends OvenError<C> {}
