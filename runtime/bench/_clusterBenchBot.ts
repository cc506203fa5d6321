/**
 * A bot process of the cluster benchmark: runs the shards its cluster assigns, counts the
 * MESSAGE_CREATEs it receives, and on `{ rest: n }` sends n messages and reports the time.
 */
import { clusterAssignment, InProcessShardingStrategy, joinCluster, REST } from '../src/index.js';
import { channelId } from './_gatewayWorld.js';

const assignment = clusterAssignment();
if (assignment === undefined) throw new Error('not started by a Cluster');
/** This cluster's index: its sends start at a different channel from the other clusters'. */
const clusterIndex = assignment.index;
const { TOKEN, API, GATEWAY_URL, GUILDS } = process.env as Record<string, string>;
const strategy = new InProcessShardingStrategy({
	token: TOKEN as string,
	intents: 1 | 512 | 32_768,
	gatewayUrl: GATEWAY_URL as string,
	compression: 'none',
	shardCount: assignment.shardCount,
	shardIds: assignment.shardIds,
	maxConcurrency: 16,
});
joinCluster(strategy);
let events = 0;
strategy.on('dispatch', (_shardId, payload) => {
	if (payload.t === 'MESSAGE_CREATE') events += 1;
});
// Limits are off at the mock; lift the client's global 50/s too, to measure throughput.
const rest = new REST({ api: API as string, token: TOKEN as string, globalRequestsPerSecond: 1_000_000 });

async function send(count: number): Promise<number> {
	const started = performance.now();
	let next = 0;
	const worker = async (): Promise<void> => {
		for (let n = next++; n < count; n = next++) {
			await rest.post(`/channels/${channelId((n * 7 + clusterIndex) % Number(GUILDS))}/messages`, { body: { content: `bench ${n}` } });
		}
	};
	await Promise.all(Array.from({ length: 16 }, worker));
	return performance.now() - started;
}

process.on('message', (message: { count?: true; rest?: number }) => {
	if (message.count === true) process.send?.({ events });
	if (message.rest !== undefined) void send(message.rest).then((ms) => process.send?.({ restMs: ms }));
});
await strategy.connect();
process.send?.({ connected: true });
