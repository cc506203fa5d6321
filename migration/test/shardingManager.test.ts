import { describe, expect, it } from 'vitest';
import { shardingManager } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('sharding-manager', () => {
	it('marks a v14 ShardingManager with the oven cluster command and the Cluster call', () => {
		const text =
			"import { ShardingManager } from 'discord.js';\nconst manager = new ShardingManager('./bot.js', { token: process.env.DISCORD_TOKEN, totalShards: 4 });\nmanager.on('shardCreate', (shard) => console.log(shard.id));\nmanager.spawn();\n";
		expect(run(shardingManager, text)).toEqual({
			text,
			todos: [
				"new ShardingManager(…): run the bot with `npx -p ovenjs oven cluster ./bot.js --processes <n> --shards 4`, or in code new Cluster({ script: './bot.js', processes: <n>, shardCount: 4, token }) and await cluster.start() (from ovenjs); a createClient bot needs no change to run in it. Then delete this manager and its 'shardCreate' listeners.",
			],
		});
	});

	it("reads a v13 namespace require and defaults to 'auto' shards (client.shard is the equivalents table's)", () => {
		const text =
			"const Discord = require('discord.js');\nconst manager = new Discord.ShardingManager(`${__dirname}/bot.js`);\nconst counts = await client.shard.fetchClientValues('guilds.cache.size');\n";
		expect(run(shardingManager, text, 'v13').todos).toEqual([expect.stringContaining("shardCount: 'auto'")]);
	});

	it('leaves a ShardingManager that is not discord.js alone', () => {
		expect(run(shardingManager, "import { ShardingManager } from './mine';\nnew ShardingManager('x');\n").todos).toEqual([]);
	});
});
