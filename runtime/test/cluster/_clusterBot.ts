/** A bot process of the cluster test: runs its assigned shards and tells the test what it saw. */
import { clusterAssignment, InProcessShardingStrategy, joinCluster } from '../../src/index.js';

const assignment = clusterAssignment();
if (assignment === undefined) throw new Error('not started by a Cluster');
const env = process.env as Record<string, string>;
const strategy = new InProcessShardingStrategy({
	token: env.TOKEN as string,
	intents: Number(env.INTENTS),
	gatewayUrl: env.GATEWAY_URL as string,
	compression: 'none',
	shardCount: assignment.shardCount,
	shardIds: assignment.shardIds,
	sessions: assignment.sessions,
	identifyWindow: 0,
	invalidSessionDelay: () => 50,
});
joinCluster(strategy, { sessionIntervalMs: 20 });
strategy.on('dispatch', (shardId, payload) => {
	if (payload.t !== 'MESSAGE_CREATE') return;
	process.send?.({ test: 'message', shardId, id: payload.d.id });
	// Under `oven cluster` the test reads the supervisor's output, which the processes share.
	if (env.PRINT_MESSAGES === '1') console.log(`message ${payload.d.id}`);
});
strategy.on('raw', (shardId, packet) => {
	const op = packet.payload.op;
	if (packet.direction === 'out' && (op === 2 || op === 6)) process.send?.({ test: 'handshake', shardId, op });
});
await strategy.connect();
process.send?.({ test: 'connected', index: assignment.index });
