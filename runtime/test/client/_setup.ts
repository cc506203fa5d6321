import { createMockDiscord, type MockDiscord, type MockDiscordOptions } from '@ovenjs/mock-discord';
import type { ClientShardTuning } from 'ovenjs';

/** A real mock Discord with fast heartbeats and no identify pacing. */
export function startMock(options: MockDiscordOptions = {}): Promise<MockDiscord> {
	return createMockDiscord({
		...options,
		gateway: { heartbeatInterval: 500, identifyWindow: 0, reconnectGrace: 1000, ...options.gateway },
	});
}

/** Shard tunables for tests: short deadlines, no identify wait. */
export const fastShards: ClientShardTuning = {
	identifyWindow: 0,
	invalidSessionDelay: () => 50,
	helloTimeout: 5000,
	readyTimeout: 5000,
};

/** Resolves with the first value `check` returns that is not undefined, polling every 20 ms. */
export async function until<T>(check: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

/** Resolves with the arguments of the next call of the returned listener. */
export function nextCall<A extends unknown[]>(): { listener: (...args: A) => void; called: Promise<A> } {
	let resolve!: (args: A) => void;
	const called = new Promise<A>((r) => (resolve = r));
	return { listener: (...args: A) => resolve(args), called };
}
