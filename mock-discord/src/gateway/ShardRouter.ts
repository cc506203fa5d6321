/**
 * Which shard owns a guild: `(guild_id >> 22) % num_shards`; DMs (no guild) go to shard 0.
 * @see https://discord.com/developers/docs/events/gateway#sharding
 */
export function shardForGuild(guildId: string | undefined, numShards: number): number {
	if (guildId === undefined || numShards <= 1) return 0;
	try {
		return Number((BigInt(guildId) >> 22n) % BigInt(numShards));
	} catch {
		// A malformed id can only come from the mock's own world; route it like a DM.
		return 0;
	}
}

/** The guilds of `guildIds` that belong to shard `[shardId, numShards]`. */
export function guildsOfShard(guildIds: readonly string[], shard: readonly [number, number]): string[] {
	return guildIds.filter((id) => shardForGuild(id, shard[1]) === shard[0]);
}
