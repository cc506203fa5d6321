import type { RateLimitRequest } from '../../src/ratelimit/index.js';

/** A clock the test moves by hand. */
export class FakeClock {
	now: number;
	constructor(start = 1_700_000_000_000) {
		this.now = start;
	}
	readonly read = (): number => this.now;
	advance(ms: number): void {
		this.now += ms;
	}
}

export const MESSAGES = '/channels/{channel_id}/messages';

/** A request to create a message in `channel`, by default from bot `A`. */
export function sendMessage(channel = '1', identity = 'A', overrides: Partial<RateLimitRequest> = {}): RateLimitRequest {
	return { method: 'POST', route: MESSAGES, majorParameter: channel, globalExempt: false, identity, ...overrides };
}
