/** The kinds of entity the cache holds, one in-memory collection each. */
export type CacheEntity =
	| 'guilds'
	| 'channels'
	| 'roles'
	| 'members'
	| 'users'
	| 'messages'
	| 'presences'
	| 'emojis'
	| 'stickers'
	| 'voiceStates'
	| 'scheduledEvents'
	| 'stageInstances'
	| 'autoModerationRules'
	| 'soundboardSounds';

/** Every {@link CacheEntity}, in a stable order (for tables, loops and `sizes()`). */
export const CACHE_ENTITIES = [
	'guilds',
	'channels',
	'roles',
	'members',
	'users',
	'messages',
	'presences',
	'emojis',
	'stickers',
	'voiceStates',
	'scheduledEvents',
	'stageInstances',
	'autoModerationRules',
	'soundboardSounds',
] as const satisfies readonly CacheEntity[];
