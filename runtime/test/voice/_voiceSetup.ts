import {
	DefaultIds,
	defaultScenario,
	trustMockVoiceCertificate,
	type MockDiscord,
	type MockVoiceOptions,
	type Scenario,
} from '@ovenjs/mock-discord';
import { createClient, type Client, type Guild, NODE_FEATURES, nodeSupports } from 'ovenjs';
import { fastShards, startMock } from '../client/_setup.js';

/** Voice runs where `@discordjs/voice` 0.19 does; elsewhere the voice tests say so loudly and skip (CI runs them on Node 24). */
export const voiceSupported = nodeSupports('voice');
if (!voiceSupported)
	console.warn(
		`\n[voice tests] SKIPPED: @discordjs/voice 0.19 needs Node.js ${NODE_FEATURES.voice.minimum}+, this is ${process.versions.node}. CI runs them in its Node 24 pass.\n`,
	);

/** A second voice channel in the default guild, to move the bot to. */
export const MUSIC = '1100000000000000020';

const [guild] = defaultScenario.guilds ?? [];
/** The default world plus a second voice channel. */
export const voiceScenario: Scenario = {
	...defaultScenario,
	guilds:
		guild === undefined ? [] : [{ ...guild, channels: [...(guild.channels ?? []), { id: MUSIC, name: 'Music', type: 2, position: 5 }] }],
};

/** A bot logged in to a fresh mock whose voice certificate this process trusts, and its guild. */
export interface VoiceBot {
	readonly mock: MockDiscord;
	readonly client: Client<'Guilds' | 'GuildVoiceStates'>;
	readonly guild: Guild;
	close(): Promise<void>;
}

/** Starts a mock (voice server included), trusts its certificate and logs a client in with GuildVoiceStates. */
export async function voiceBot(voice: MockVoiceOptions = {}): Promise<VoiceBot> {
	const mock = await startMock({
		scenario: voiceScenario,
		voice: { heartbeatInterval: 1000, ...voice },
		...(process.env['VOICE_DEBUG'] ? { log: (line: string) => console.log('[mock]', line) } : {}),
	});
	// Where voice cannot run, the tests only need the client (and Node.js may lack the run-time trust API).
	if (voiceSupported) trustMockVoiceCertificate((await mock.voice.start()).certificate);
	const client = createClient({
		token: mock.token,
		api: mock.api,
		intents: ['Guilds', 'GuildVoiceStates'],
		// The mock beats every 500 ms; Discord's 41 s would leave ordinary sends (op 4) their usual room.
		shard: { ...fastShards, heartbeatReserve: 3 },
	});
	const guild = new Promise<Guild>((resolve) => client.once('guildCreate', resolve));
	await client.login();
	const found = await guild;
	if (found.id !== DefaultIds.guild) throw new Error(`unexpected guild ${found.id}`);
	return {
		mock,
		client,
		guild: found,
		async close() {
			await client.destroy();
			await mock.close();
		},
	};
}
