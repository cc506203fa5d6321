import { createMockDiscord, DefaultIds, type MockDiscord, type MockDiscordOptions } from '@ovenjs/mock-discord';
import { API, REST } from 'ovenjs';

/** A running mock Discord, a REST client for it and the API over that client. */
export interface APIHarness {
	readonly mock: MockDiscord;
	readonly rest: REST;
	readonly api: API;
	close(): Promise<void>;
}

/** Starts the mock with its default world and an API pointed at it. */
export async function startAPI(options: MockDiscordOptions = {}): Promise<APIHarness> {
	const mock = await createMockDiscord(options);
	const rest = new REST({ api: mock.api, token: mock.token, retryBackoff: { baseMs: 10, maxMs: 50 } });
	const api = new API(rest);
	return {
		mock,
		rest,
		api,
		async close() {
			await rest.destroy();
			await mock.close();
		},
	};
}

/** The mock's request log entries for `method` whose path ends with `suffix`. */
export async function requestsTo(
	mock: MockDiscord,
	method: string,
	suffix: string,
): Promise<{ method: string; path: string; status: number; body: unknown }[]> {
	const all = (await mock.requests()) as { method: string; path: string; status: number; body: unknown }[];
	return all.filter((r) => r.method === method && r.path.split('?')[0]!.endsWith(suffix));
}

export { DefaultIds };
