/**
 * Run by WorkerShardingStrategy.test.ts in a child process: the strategy from the built
 * `dist/` (its default worker entry, no workerFile) against the mock, then destroy. The
 * process must end by itself: no process.exit here.
 */
import { createMockDiscord } from '../../../mock-discord/src/index.js';
import { WorkerShardingStrategy } from '../../dist/index.js';

const mock = await createMockDiscord({ gateway: { heartbeatInterval: 400, identifyWindow: 0 } });
const strategy = new WorkerShardingStrategy({
	token: mock.token,
	intents: 1,
	gatewayUrl: mock.gateway,
	compression: 'zlib-stream',
	shardCount: 3,
	shardsPerWorker: 2,
	identifyWindow: 0,
});
await strategy.connect();
const before = [...strategy.statuses().values()];
await strategy.destroy();
await mock.close();
process.stdout.write(`${JSON.stringify({ before, after: [...strategy.statuses().values()] })}\n`);
