import type { SnowflakeKind } from '../client/Snowflake.js';

/**
 * An id parameter of the API methods: any string, but a branded
 * `Snowflake<Kind>` of another kind is a compile error, so a guild id
 * passed where a channel id belongs is caught while ids from config or a command option
 * still go in as plain strings. At run time an id Discord could not parse is refused before sending.
 * @example
 * api.channels.get(message.channelId); // Snowflake<'Channel'>: fine
 * api.channels.get(message.guildId);   // Snowflake<'Guild'>: compile error
 * api.channels.get('1100000000000000011'); // a plain string: fine
 */
export type IdOf<Kind extends SnowflakeKind> = string & { readonly __snowflakeOf?: Kind };
