import { MockDiscordError } from '../errors/MockDiscordError.js';

/**
 * Thrown when a scenario hands the rate limiter something it cannot enforce: a non-positive
 * limit or window, or a fault with no route or a bad count. `code` is stable for tests.
 */
export class RateLimitSetupError extends MockDiscordError<'MOCK_RATE_LIMIT_SETUP'> {
	constructor(message: string) {
		super('MOCK_RATE_LIMIT_SETUP', message);
	}
}
