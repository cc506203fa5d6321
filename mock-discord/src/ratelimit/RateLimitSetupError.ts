/**
 * Thrown when a scenario hands the rate limiter something it cannot enforce: a non-positive
 * limit or window, or a fault with no route or a bad count. `code` is stable for tests.
 */
export class RateLimitSetupError extends Error {
	readonly code: 'MOCK_RATE_LIMIT_SETUP';

	constructor(message: string) {
		super(message);
		this.code = 'MOCK_RATE_LIMIT_SETUP';
		this.name = `RateLimitSetupError[${this.code}]`;
	}
}
