import type { DiscordLimit } from '../knowledge/DiscordLimit.js';
import type { LimitViolation } from '../knowledge/payloadViolations.js';
import { BuilderError } from './BuilderError.js';

/**
 * A built payload breaks one of Discord's limits (from `ovenjs/knowledge`). Thrown while building,
 * before the request would earn a 400 (50035).
 */
export class BuilderLimitError extends BuilderError<'BUILDER_LIMIT'> {
	/** Where in the payload, e.g. `embed.fields[3].value`. */
	public readonly path: string;
	/** The limit that was broken, with its doc link. */
	public readonly limit: DiscordLimit;
	/** The length, count or value found. */
	public readonly actual: number;

	public constructor(path: string, limit: DiscordLimit, actual: number, what: 'characters' | 'items' | 'value') {
		const bound = limit.min !== undefined && actual < limit.min ? `at least ${limit.min}` : `at most ${limit.max}`;
		const found = what === 'value' ? `is ${actual}` : `has ${actual} ${what}`;
		super(
			'BUILDER_LIMIT',
			`${path} ${found}; Discord allows ${bound}${what === 'value' ? '' : ` ${what}`}. Shorten or split it (see ${limit.doc}).`,
		);
		this.path = path;
		this.limit = limit;
		this.actual = actual;
	}

	/** The error for a violation found by `ovenjs/knowledge`'s payload checks. */
	public static from(violation: LimitViolation): BuilderLimitError {
		return new BuilderLimitError(violation.path, violation.limit, violation.actual, violation.measure);
	}
}
