import { OvenError } from '../errors/OvenError.js';

/** The codes {@link KnowledgeError} carries. */
export type KnowledgeErrorCode =
	/** A time a snowflake cannot hold: not finite, before 2015, or past the 42 timestamp bits. */
	| 'KNOWLEDGE_INVALID_TIMESTAMP'
	/** A string that is not a snowflake. */
	| 'KNOWLEDGE_INVALID_SNOWFLAKE'
	/** A shard count that is not a whole number ≥ 1. */
	| 'KNOWLEDGE_INVALID_SHARD_COUNT';

/**
 * A function of `ovenjs/knowledge` was given a value Discord's rules cannot apply to: a time a
 * snowflake cannot hold, a string that is not a snowflake, a shard count below 1. An `OvenError`
 * (`KnowledgeError[KNOWLEDGE_INVALID_SNOWFLAKE]`); the message names the function and what to pass.
 */
export class KnowledgeError extends OvenError<KnowledgeErrorCode> {}
