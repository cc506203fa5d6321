/** A plain createClient bot: nothing cluster-specific in it; `oven cluster` makes it one process of many. */
import { createClient } from '../../src/index.js';

const { TOKEN, API } = process.env as Record<string, string>;
const client = createClient({
	token: TOKEN as string,
	intents: ['Guilds', 'GuildMessages', 'MessageContent'],
	// Without API, the REST base comes from OVEN_API_URL (as `oven cluster --api` sets it).
	...(API === undefined ? {} : { api: API }),
	shard: { compression: 'none', invalidSessionDelay: () => 100 },
});
client.on('messageCreate', async (message, shardId) => {
	const match = /^ping (\d+)$/.exec(message.content ?? '');
	if (match === null) return;
	process.send?.({ test: 'message', id: match[1], shardId });
	await message.reply(`pong ${match[1]}`);
});
await client.login();
process.send?.({ test: 'connected', shards: client.shards.map((s) => s.id) });
