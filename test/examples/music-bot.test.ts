import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockDiscord, DefaultIds, trustMockVoiceCertificate, type MockDiscord } from '@ovenjs/mock-discord';
import { NODE_FEATURES, nodeSupports } from 'ovenjs';
import type { RunningExample } from '../../examples/_runExample.js';
import { decodeOpus, isSilence, toneFrequency } from '../../runtime/test/voice/_audio.js';
import { eventually } from '../support/control.js';

const supported = nodeSupports('voice');
if (!supported)
	console.warn(
		`\n[examples/music-bot] SKIPPED: @discordjs/voice 0.19 needs Node.js ${NODE_FEATURES.voice.minimum}+, this is ${process.versions.node}. CI runs it in its Node 24 pass.\n`,
	);

describe.skipIf(!supported)('examples/music-bot against the mock', () => {
	let mock: MockDiscord;
	let bot: RunningExample;

	beforeAll(async () => {
		mock = await createMockDiscord();
		trustMockVoiceCertificate((await mock.voice.start()).certificate);
		const { start } = await import('../../examples/music-bot.js');
		bot = await start({ token: mock.token, api: mock.api, applicationId: mock.applicationId, trackSeconds: 3 });
	});

	afterAll(async () => {
		await bot?.stop();
		await mock?.close();
	});

	async function command(name: string, options: unknown[] = []): Promise<string> {
		const { id } = await mock.interact({
			type: 'application_command',
			user_id: DefaultIds.alice,
			guild_id: DefaultIds.guild,
			channel_id: DefaultIds.general,
			name,
			options,
		});
		const response = await eventually(async () => (await mock.interaction(id)).responses[0], `the /${name} answer`);
		return String((response.data as { content?: string } | undefined)?.content);
	}

	/** The decoded pitch of the frames the bot's live voice connection sent after the first `skip`. */
	async function pitch(skip: number): Promise<number> {
		const live = (await mock.voiceConnections()).find((connection) => connection.status === 'ready');
		const frames = (await mock.voiceFrames(live?.id ?? '')).slice(skip).map((frame) => Buffer.from(frame.opus, 'base64'));
		return toneFrequency(decodeOpus(frames.filter((frame) => !isSilence(frame))));
	}

	const liveFrames = async () => (await mock.voiceConnections()).find((connection) => connection.status === 'ready')?.frames ?? 0;

	it('asks the caller to join voice first', async () => {
		expect(await command('play', [{ name: 'hz', type: 4, value: 440 }])).toBe('Join a voice channel first.');
	});

	it('joins the caller, plays the queue in order, skips, and leaves when alone', async () => {
		await mock.setVoiceChannel({ guild_id: DefaultIds.guild, user_id: DefaultIds.alice, channel_id: DefaultIds.voice });
		expect(await command('play', [{ name: 'hz', type: 4, value: 440 }])).toBe('Playing 440 Hz.');
		expect(await command('play', [{ name: 'hz', type: 4, value: 880 }])).toBe('Queued 880 Hz (1 waiting).');
		expect(await command('queue')).toBe('Now: 440 Hz. Next: 880 Hz.');
		await eventually(async () => ((await liveFrames()) >= 40 ? true : undefined), '40 frames of the first track', 15_000);
		expect(await pitch(5)).toBeCloseTo(440, -1);

		expect(await command('skip')).toBe('Skipped; now 880 Hz.');
		const skippedAt = await liveFrames();
		await eventually(async () => ((await liveFrames()) >= skippedAt + 40 ? true : undefined), '40 frames of the second track', 15_000);
		expect(await pitch(skippedAt + 10)).toBeCloseTo(880, -1);

		// Alice leaves: nobody listens, so the bot leaves too.
		await mock.setVoiceChannel({ guild_id: DefaultIds.guild, user_id: DefaultIds.alice, channel_id: null });
		await eventually(() => (mock.world.guild(DefaultIds.guild).voiceStates.size === 0 ? true : undefined), 'the bot to leave voice');
		expect((await mock.voiceConnections()).every((connection) => connection.status === 'closed')).toBe(true);
		expect(await command('queue')).toBe('Now: nothing. Next: nothing.');
	});
});
