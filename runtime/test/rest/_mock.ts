import {
	createMockDiscord,
	defaultScenario,
	DefaultIds,
	type MockDiscord,
	type MockDiscordOptions,
	type Scenario,
} from '../../../mock-discord/src/index.js';
import { REST, type RESTOptions } from '../../src/index.js';

/** Ids of the extra text channels {@link startMock} adds, `2100000000000000000 + n`. */
export function channelIds(count: number): string[] {
	return Array.from({ length: count }, (_, i) => String(2_100_000_000_000_000_000n + BigInt(i)));
}

/** The default scenario plus `extraChannels` text channels the bot can post in. */
function scenario(extraChannels: number): Scenario {
	const [guild, ...others] = defaultScenario.guilds ?? [];
	if (guild === undefined) return defaultScenario;
	const channels = channelIds(extraChannels).map((id, i) => ({ id, name: `load-${i}`, type: 0, parent_id: DefaultIds.category }));
	return { ...defaultScenario, guilds: [{ ...guild, channels: [...(guild.channels ?? []), ...channels] }, ...others] } as Scenario;
}

/** A running mock and a REST client pointed at it; `close` tears both down. */
export interface Harness {
	readonly mock: MockDiscord;
	readonly rest: REST;
	close(): Promise<void>;
}

/** Starts the full mock Discord on loopback with `extraChannels` channels, and a client for it. */
export async function startHarness(
	options: { mock?: MockDiscordOptions; rest?: RESTOptions; extraChannels?: number } = {},
): Promise<Harness> {
	const mock = await createMockDiscord({ scenario: scenario(options.extraChannels ?? 0), ...options.mock });
	const rest = new REST({ api: mock.api, token: mock.token, retryBackoff: { baseMs: 10, maxMs: 50 }, ...options.rest });
	return {
		mock,
		rest,
		async close() {
			await rest.destroy();
			await mock.close();
		},
	};
}

export { DefaultIds };
