/** A gateway process of a cluster: its shards publish every dispatch for the workers; no handler of its own. */
import { createClient, InProcessShardingStrategy, publishEvents } from '../../src/index.js';

const { TOKEN, API } = process.env as Record<string, string>;
const client = createClient({
	token: TOKEN as string,
	intents: ['Guilds', 'GuildMessages', 'MessageContent'],
	api: API as string,
	shard: { compression: 'none' },
	// The Redis is the cluster's (`--redis`), the stream its group's (the process index).
	strategy: (options) => publishEvents(new InProcessShardingStrategy(options)).strategy,
});
await client.login();
