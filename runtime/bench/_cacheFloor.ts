/**
 * The cache data floor: the bytes of the payload fields a cache keeps (the fields of
 * `CachedGuild`, `CachedChannel`, `CachedRole`, `CachedMember`, `CachedUser` and
 * `CachedMessage`), each in its most compact fixed encoding, with no index, no key names
 * and no per-record overhead. No real cache can reach it; a cache's heap divided by it is
 * what its layout costs.
 *
 * Encoding: a snowflake or an ISO timestamp 8 bytes (a 64-bit integer, a float64), another
 * string its UTF-8 bytes, an integer 4 bytes (8 if not one), a boolean 1, null or absent 0
 * (a presence bit, not counted), an array or object the sum of its values. A child's
 * `guild_id` is its collection's, not counted again; a member's user is counted once, as the
 * user, and a message's author as its id.
 */

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type Payload = { readonly [key: string]: Json };

const SNOWFLAKE = /^\d{15,20}$/;
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/;

function bytes(value: Json | undefined): number {
	if (value === null || value === undefined) return 0;
	switch (typeof value) {
		case 'boolean':
			return 1;
		case 'number':
			return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 4 : 8;
		case 'string':
			return SNOWFLAKE.test(value) || TIMESTAMP.test(value) ? 8 : Buffer.byteLength(value);
		default:
			return (Array.isArray(value) ? value : Object.values(value)).reduce<number>((sum, item) => sum + bytes(item), 0);
	}
}

const fields = (record: Payload, keys: readonly string[]): number => keys.reduce((sum, key) => sum + bytes(record[key]), 0);

const GUILD = [
	'id',
	'name',
	'icon',
	'owner_id',
	'features',
	'member_count',
	'large',
	'unavailable',
	'joined_at',
	'preferred_locale',
	'premium_tier',
	'premium_subscription_count',
	'system_channel_id',
	'rules_channel_id',
	'afk_channel_id',
	'verification_level',
	'nsfw_level',
	'description',
	'banner',
];
const CHANNEL = [
	'id',
	'type',
	'name',
	'position',
	'parent_id',
	'topic',
	'nsfw',
	'permission_overwrites',
	'rate_limit_per_user',
	'last_message_id',
	'owner_id',
	'thread_metadata',
	'recipient_ids',
];
const MEMBER = ['nick', 'roles', 'joined_at', 'flags', 'avatar', 'premium_since', 'communication_disabled_until', 'pending'];
const USER = ['id', 'username', 'discriminator', 'global_name', 'avatar', 'bot'];
const MESSAGE = [
	'id',
	'channel_id',
	'content',
	'timestamp',
	'edited_timestamp',
	'type',
	'flags',
	'pinned',
	'tts',
	'mention_everyone',
	'mention_roles',
	'attachments',
	'embeds',
	'components',
	'message_reference',
	'webhook_id',
];

const list = (value: Json | undefined): readonly Payload[] => (Array.isArray(value) ? (value as readonly Payload[]) : []);

/** The floor bytes of one GUILD_CREATE's `d`: the guild, its channels, roles, members and their users. */
export function guildFloorBytes(guild: Payload): number {
	let sum = fields(guild, GUILD);
	for (const channel of list(guild.channels)) sum += fields(channel, CHANNEL);
	for (const role of list(guild.roles)) sum += bytes({ ...role, guild_id: null });
	for (const member of list(guild.members)) sum += fields(member, MEMBER) + fields(member.user as Payload, USER);
	return sum;
}

/** The floor bytes of one MESSAGE_CREATE's `d` (author and member already cached: the author as its id). */
export function messageFloorBytes(message: Payload): number {
	const author = message.author as Payload | undefined;
	const mentions = list(message.mentions).map((user) => user.id ?? null);
	return fields(message, MESSAGE) + bytes(author?.id) + bytes(mentions);
}
