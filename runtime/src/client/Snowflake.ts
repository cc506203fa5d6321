import { SNOWFLAKE_PATTERN } from '../knowledge/index.js';
import { OvenClientError } from './OvenClientError.js';

/**
 * A Discord id that knows what it identifies. `Snowflake<'Channel'>` and
 * `Snowflake<'Guild'>` are both strings, but neither is assignable to the other, and a
 * plain `string` is assignable to neither: passing a channel id where a guild id belongs
 * is a compile error. Views type their ids this way; {@link toSnowflake} brands a string
 * you got elsewhere (config, a command option) after checking its shape.
 * @example
 * const channelId: Snowflake<'Channel'> = message.channelId;
 * const guildId: Snowflake<'Guild'> = channelId; // error
 */
export type Snowflake<Kind extends SnowflakeKind = SnowflakeKind> = string & { readonly __snowflakeOf: Kind };

/** What a snowflake can identify. Open to any string, named for the common ones. */
export type SnowflakeKind = 'Guild' | 'Channel' | 'Message' | 'User' | 'Role' | 'Emoji' | 'Interaction' | 'Application' | (string & {});

/**
 * Brands `value` as a `Snowflake<Kind>` after checking it is 17–20 decimal digits.
 * @throws {OvenClientError} `CLIENT_INVALID_SNOWFLAKE` when it is not a snowflake.
 * @example member.roles.add(toSnowflake<'Role'>(process.env.MOD_ROLE!));
 */
export function toSnowflake<Kind extends SnowflakeKind>(value: string): Snowflake<Kind> {
	if (typeof value !== 'string' || !SNOWFLAKE_PATTERN.test(value)) {
		throw new OvenClientError(
			'CLIENT_INVALID_SNOWFLAKE',
			`${JSON.stringify(String(value).slice(0, 40))} is not a Discord id; ids are 17 to 20 decimal digits as a string (copy it with Developer Mode on).`,
		);
	}
	return value as Snowflake<Kind>;
}
