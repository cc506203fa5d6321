import { createMockDiscord, type MockDiscord, type MockDiscordOptions, type Scenario } from '../../../mock-discord/src/index.js';
import type { WorkerShardingOptions } from 'ovenjs';
import { GUILDS, INTENTS } from './_harness.js';

/** The test bootstrap that loads the TypeScript worker entry through tsx. */
export const TS_WORKER = new URL('./_tsShardWorker.mjs', import.meta.url);

export const HUMAN = '300000000000000001';

/** Eight guilds; guild `i` lives on shard `i % 4` of 4. */
export function shardedScenario(gateway?: Scenario['gateway']): Scenario {
	return {
		users: [{ id: HUMAN, username: 'human' }],
		guilds: GUILDS.map((id, i) => ({
			id,
			name: `guild ${i}`,
			channels: [{ id: `${id}1`, name: 'general', type: 0 as const }],
			members: [{ user_id: HUMAN }],
		})),
		...(gateway !== undefined && { gateway }),
	};
}

/** The full mock (REST + gateway) with fast gateway timers. */
export function startFullMock(options: MockDiscordOptions = {}): Promise<MockDiscord> {
	return createMockDiscord({
		scenario: shardedScenario(),
		...options,
		gateway: { heartbeatInterval: 400, identifyWindow: 0, reconnectGrace: 2000, ...options.gateway },
	});
}

/** Worker strategy options pointing at `mock`. */
export function workerOptions(mock: MockDiscord, overrides: Partial<WorkerShardingOptions> = {}): WorkerShardingOptions {
	return {
		token: mock.token,
		intents: INTENTS,
		gatewayUrl: mock.gateway,
		compression: 'none',
		helloTimeout: 2000,
		readyTimeout: 2000,
		shardCount: 4,
		identifyWindow: 0,
		workerFile: TS_WORKER,
		...overrides,
	};
}
