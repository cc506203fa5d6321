/**
 * One of Discord's numeric limits, with where it is written down.
 *
 * `spec` points into Discord's OpenAPI description (`Schema.property`) where the same limit
 * is stated there; a test compares the two so they cannot drift. `specMax` records the rare
 * case where the schema states a looser bound than the one bots actually get.
 */
export interface DiscordLimit {
	/** The largest length, count or value Discord accepts. */
	readonly max: number;
	/** The smallest length, count or value Discord accepts, where there is one. */
	readonly min?: number;
	/** Link to the page of Discord's documentation that states the limit. */
	readonly doc: string;
	/** `Schema.property` in `openapi.json` that states the same limit, if any. */
	readonly spec?: string;
	/** The bound the OpenAPI schema states, when it is looser than `max` (the docs win). */
	readonly specMax?: number;
}
