import type { APIInteraction } from 'discord-api-types/v10';
// The mock through its public entry: the other side of the wire, not reached into.
import {
	createMockDiscord,
	DefaultIds,
	type InteractionInput,
	type MockDiscord,
	type MockDiscordOptions,
} from '../../../mock-discord/src/index.js';
import { API, InMemoryIdentifyThrottler, REST, Shard } from 'ovenjs';

export { DefaultIds };

/** A mock, a REST client, the API over it, and a shard that receives INTERACTION_CREATE. */
export interface Harness {
	readonly mock: MockDiscord;
	readonly rest: REST;
	readonly api: API;
	readonly applicationId: string;
	/** Starts an interaction through the control API and resolves with the INTERACTION_CREATE payload the shard received. */
	interact(input: InteractionInput): Promise<APIInteraction>;
	close(): Promise<void>;
}

export async function startHarness(options: MockDiscordOptions = {}): Promise<Harness> {
	const mock = await createMockDiscord({ rateLimits: { enabled: false }, ...options });
	const rest = new REST({ api: mock.api, token: mock.token, retries: 0 });
	const shard = new Shard({
		token: mock.token,
		intents: 1,
		gatewayUrl: mock.gateway,
		compression: 'none',
		identifyThrottler: new InMemoryIdentifyThrottler({ windowMs: 0 }),
	});
	const waiting = new Map<string, (interaction: APIInteraction) => void>();
	const early = new Map<string, APIInteraction>();
	shard.on('dispatch', (payload) => {
		if (payload.t !== 'INTERACTION_CREATE') return;
		const interaction = payload.d as APIInteraction;
		const resolve = waiting.get(interaction.id);
		if (resolve === undefined) early.set(interaction.id, interaction);
		else resolve(interaction);
	});
	await shard.connect();
	return {
		mock,
		rest,
		api: new API(rest),
		applicationId: mock.applicationId,
		async interact(input) {
			const { id } = await mock.interact(input);
			const seen = early.get(id);
			if (seen !== undefined) return seen;
			return new Promise((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`no INTERACTION_CREATE for ${id} within 5 s`)), 5000);
				waiting.set(id, (interaction) => {
					clearTimeout(timer);
					resolve(interaction);
				});
			});
		},
		async close() {
			await shard.destroy();
			await rest.destroy();
			await mock.close();
		},
	};
}

/** Resolves after `ms`. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Base fields of a control-API interaction in #general by alice. */
export const inGeneral = { user_id: DefaultIds.alice, channel_id: DefaultIds.general, guild_id: DefaultIds.guild } as const;
