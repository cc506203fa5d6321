import { afterAll, beforeAll } from 'vitest';
import { createMockDiscord, type MockDiscord } from '@ovenjs/mock-discord';
import type { ExampleOptions, RunningExample } from '../../examples/_runExample.js';
import { ControlClient } from './control.js';

/** The mock, its control client and the example bot of one suite, readable once `beforeAll` ran. */
export interface ExampleOnMock {
	readonly mock: MockDiscord;
	readonly control: ControlClient;
	readonly bot: RunningExample;
}

/**
 * Registers the suite's `beforeAll`/`afterAll`: a fresh mock, the example started on it as a
 * user would (`start({ token, api, applicationId })`), both stopped after the suite.
 */
export function exampleOnMock(start: (options: ExampleOptions) => Promise<RunningExample>): ExampleOnMock {
	let running: ExampleOnMock | undefined;
	beforeAll(async () => {
		const mock = await createMockDiscord();
		const bot = await start({ token: mock.token, api: mock.api, applicationId: mock.applicationId }).catch(async (error: unknown) => {
			await mock.close();
			throw error;
		});
		running = { mock, control: new ControlClient(mock.control), bot };
	});
	afterAll(async () => {
		await running?.bot.stop();
		await running?.mock.close();
	});
	const started = (): ExampleOnMock => {
		if (running === undefined) throw new Error('exampleOnMock: read mock/control/bot inside a test, after beforeAll');
		return running;
	};
	return {
		get mock() {
			return started().mock;
		},
		get control() {
			return started().control;
		},
		get bot() {
			return started().bot;
		},
	};
}
