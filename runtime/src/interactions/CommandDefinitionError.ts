import { InteractionError } from './InteractionError.js';

/**
 * A command definition breaks one of Discord's rules (naming, a length or count limit).
 * Thrown by `defineCommand` and friends at definition time, so the bot never starts with a
 * command Discord would reject with 50035.
 */
export class CommandDefinitionError extends InteractionError<'INTERACTION_COMMAND_DEFINITION_INVALID'> {
	/** The offending field as a path, e.g. `ban.options.reason.description`. */
	readonly field: string;
	/** The limit or rule that was broken, e.g. `1-100 characters`. */
	readonly limit: string;
	/** What the definition had, e.g. `140 characters`. */
	readonly actual: string;

	/**
	 * @param field The field path.
	 * @param limit The rule it breaks.
	 * @param actual What it had.
	 * @param doc The Discord doc page with the rule.
	 */
	constructor(field: string, limit: string, actual: string, doc?: string) {
		super('INTERACTION_COMMAND_DEFINITION_INVALID', `${field} must be ${limit}, got ${actual}.${doc === undefined ? '' : ` See ${doc}`}`);
		this.field = field;
		this.limit = limit;
		this.actual = actual;
	}
}
