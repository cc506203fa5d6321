import { Readable } from 'node:stream';
import { DefaultIds } from '@ovenjs/mock-discord';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '../client/_setup.js';
import { decodeOpus, isSilence, sinePcm, sineOpus, toneFrequency } from './_audio.js';
import { MUSIC, type VoiceBot, voiceBot, voiceSupported } from './_voiceSetup.js';

type Voice = typeof import('@discordjs/voice');

let bot: VoiceBot | undefined;
afterEach(async () => {
	await bot?.close();
	bot = undefined;
});

/** Joins the default voice channel through `guild.voiceAdapterCreator` and waits for Ready. */
async function join(voice: Voice, current: VoiceBot, channelId: string = DefaultIds.voice) {
	const connection = voice.joinVoiceChannel({
		channelId,
		guildId: current.guild.id,
		adapterCreator: current.guild.voiceAdapterCreator,
	});
	await voice.entersState(connection, voice.VoiceConnectionStatus.Ready, 10_000);
	return connection;
}

/** Plays `seconds` of a sine as raw PCM (Opus-encoded by @discordjs/voice through prism-media and opusscript). */
async function play(voice: Voice, connection: import('@discordjs/voice').VoiceConnection, hz: number, seconds: number) {
	const player = voice.createAudioPlayer();
	connection.subscribe(player);
	player.play(voice.createAudioResource(Readable.from([sinePcm(hz, seconds)]), { inputType: voice.StreamType.Raw }));
	await voice.entersState(player, voice.AudioPlayerStatus.Playing, 5000);
	return player;
}

/** The Opus frames (silence dropped) the mock received on a voice connection. */
async function audioFrames(current: VoiceBot, connectionId: string): Promise<Buffer[]> {
	const frames = await current.mock.voiceFrames(connectionId);
	return frames.map((frame) => Buffer.from(frame.opus, 'base64')).filter((frame) => !isSilence(frame));
}

describe.skipIf(!voiceSupported)('voice through @discordjs/voice and guild.voiceAdapterCreator', () => {
	it('joins, plays one second of a 440 Hz sine, and the mock receives ~50 frames that decode back to 440 Hz', async () => {
		const voice = await import('@discordjs/voice');
		bot = await voiceBot();
		const connection = await join(voice, bot);
		const player = await play(voice, connection, 440, 1);
		await voice.entersState(player, voice.AudioPlayerStatus.Idle, 5000);
		const current = bot;
		// Speaking goes off after the silence frames, on the WebSocket: wait for it.
		const report = await until(async () => {
			const [first] = await current.mock.voiceConnections();
			return first?.speaking.length === 2 ? first : undefined;
		});
		expect(report).toMatchObject({ guild_id: DefaultIds.guild, user_id: DefaultIds.bot, channel_id: DefaultIds.voice, status: 'ready' });
		expect(report?.mode).toBe('aead_aes256_gcm_rtpsize');
		expect(report?.decrypt_failures).toBe(0);
		const frames = await bot.mock.voiceFrames(report?.id ?? '');
		const audio = frames.map((frame) => Buffer.from(frame.opus, 'base64')).filter((frame) => !isSilence(frame));
		expect(audio.length).toBeGreaterThanOrEqual(48);
		expect(audio.length).toBeLessThanOrEqual(52);
		expect(toneFrequency(decodeOpus(audio))).toBeCloseTo(440, -1);
		// RTP as Discord expects it: consecutive sequence numbers, 960 samples per 20 ms frame.
		for (let i = 1; i < frames.length; i += 1) {
			expect(((frames[i]?.sequence ?? 0) - (frames[i - 1]?.sequence ?? 0) + 65536) % 65536).toBe(1);
			expect(((frames[i]?.timestamp ?? 0) - (frames[i - 1]?.timestamp ?? 0) + 2 ** 32) % 2 ** 32).toBe(960);
		}
		// Speaking on before the audio, off after it.
		expect(report?.speaking.map((entry) => entry.speaking)).toEqual([1, 0]);
		// The bot's own voice state is cached like anyone's.
		expect(bot.guild.voiceStates.list().map((state) => [state.id, state.channelId])).toEqual([[DefaultIds.bot, DefaultIds.voice]]);
		connection.destroy();
	});

	it('speaks aead_xchacha20_poly1305_rtpsize when the server offers only that', async () => {
		const voice = await import('@discordjs/voice');
		bot = await voiceBot({ modes: ['aead_xchacha20_poly1305_rtpsize'] });
		const connection = await join(voice, bot);
		const player = await play(voice, connection, 660, 0.4);
		await voice.entersState(player, voice.AudioPlayerStatus.Idle, 5000);
		const [report] = await bot.mock.voiceConnections();
		expect(report?.mode).toBe('aead_xchacha20_poly1305_rtpsize');
		expect(report?.decrypt_failures).toBe(0);
		const audio = await audioFrames(bot, report?.id ?? '');
		expect(audio.length).toBeGreaterThanOrEqual(18);
		expect(toneFrequency(decodeOpus(audio))).toBeCloseTo(660, -1);
		connection.destroy();
	});

	it('moves to another channel, then leaves: voice states follow and the voice connection ends', async () => {
		const voice = await import('@discordjs/voice');
		bot = await voiceBot();
		const current = bot;
		const connection = await join(voice, current);
		connection.rejoin({ channelId: MUSIC, selfDeaf: true, selfMute: false });
		await until(async () =>
			(await current.mock.voiceConnections()).find((c) => c.channel_id === MUSIC && c.status === 'ready') ? true : undefined,
		);
		await voice.entersState(connection, voice.VoiceConnectionStatus.Ready, 5000);
		expect(connection.joinConfig.channelId).toBe(MUSIC);
		await until(() => (current.guild.voiceStates.list()[0]?.channelId === MUSIC ? true : undefined));
		expect(current.guild.voiceStates.list()[0]?.raw).toMatchObject({ user_id: DefaultIds.bot, self_deaf: true });
		// The first connection's credentials are dead: a new token came with the move.
		const reports = await current.mock.voiceConnections();
		expect(reports.map((r) => [r.channel_id, r.status])).toEqual([
			[DefaultIds.voice, 'closed'],
			[MUSIC, 'ready'],
		]);

		expect(connection.disconnect()).toBe(true);
		await until(() => (current.guild.voiceStates.list().length === 0 ? true : undefined));
		await until(async () => ((await current.mock.voiceConnections()).every((c) => c.status === 'closed') ? true : undefined));
		expect(current.mock.world.guild(DefaultIds.guild).voiceStates.size).toBe(0);
		connection.destroy();
	});

	it('keeps playing through a voice server change and a shard resume', async () => {
		const voice = await import('@discordjs/voice');
		bot = await voiceBot();
		const current = bot;
		const connection = await join(voice, current);
		const player = await play(voice, connection, 440, 3);
		await until(async () => ((await current.mock.voiceConnections())[0]?.frames ?? 0) > 15 || undefined);
		await current.mock.fault({ kind: 'voice_server_change', guild_id: DefaultIds.guild });
		await until(async () => ((await current.mock.voiceConnections())[1]?.frames ?? 0) > 10 || undefined);
		const resumed = new Promise<number>((resolve) => current.client.once('shardResumed', resolve));
		await current.mock.fault({ kind: 'disconnect', shard: 0 });
		expect(await resumed).toBe(0);
		// op 4 still reaches Discord after the resume, through the shard's send queue.
		connection.rejoin({ channelId: DefaultIds.voice, selfDeaf: false, selfMute: true });
		await until(() => (current.guild.voiceStates.list()[0]?.selfMute === true ? true : undefined));
		await voice.entersState(player, voice.AudioPlayerStatus.Idle, 6000);
		const reports = await current.mock.voiceConnections();
		// Same channel: no third voice connection for the mute change.
		expect(reports).toHaveLength(2);
		const audio = [...(await audioFrames(current, reports[0]?.id ?? '')), ...(await audioFrames(current, reports[1]?.id ?? ''))];
		// Frames prepared while reconnecting to the new server are dropped, as on Discord; the rest arrived.
		expect(audio.length).toBeGreaterThan(120);
		expect(toneFrequency(decodeOpus(await audioFrames(current, reports[1]?.id ?? '')))).toBeCloseTo(440, -1);
		connection.destroy();
	});

	it('resumes the voice WebSocket after a 4015 close, on the same session', async () => {
		const voice = await import('@discordjs/voice');
		bot = await voiceBot();
		const current = bot;
		const connection = await join(voice, current);
		await current.mock.fault({ kind: 'voice_disconnect', guild_id: DefaultIds.guild, code: 4015 });
		await until(async () => ((await current.mock.voiceConnections())[0]?.resumes === 1 ? true : undefined));
		await voice.entersState(connection, voice.VoiceConnectionStatus.Ready, 5000);
		const player = await play(voice, connection, 440, 0.4);
		await voice.entersState(player, voice.AudioPlayerStatus.Idle, 5000);
		const reports = await current.mock.voiceConnections();
		expect(reports).toHaveLength(1);
		expect((await audioFrames(current, reports[0]?.id ?? '')).length).toBeGreaterThanOrEqual(18);
		connection.destroy();
	});

	it('receives what a member says: the mock plays Opus as alice and the bot decodes 330 Hz', async () => {
		const voice = await import('@discordjs/voice');
		bot = await voiceBot();
		const current = bot;
		const connection = await join(voice, current);
		await current.mock.setVoiceChannel({ guild_id: DefaultIds.guild, user_id: DefaultIds.alice, channel_id: DefaultIds.voice });
		await until(() => (current.guild.voiceStates.list().length === 2 ? true : undefined));
		const stream = connection.receiver.subscribe(DefaultIds.alice, {
			end: { behavior: voice.EndBehaviorType.AfterSilence, duration: 300 },
		});
		const received: Buffer[] = [];
		stream.on('data', (packet: Buffer) => received.push(packet));
		const ended = new Promise((resolve) => stream.once('end', resolve));
		const sent = await current.mock.playVoice({
			guild_id: DefaultIds.guild,
			user_id: DefaultIds.alice,
			frames: sineOpus(330, 1).map((frame) => frame.toString('base64')),
		});
		expect(sent.sent).toBe(50);
		await ended;
		expect(received.length).toBeGreaterThanOrEqual(48);
		expect(toneFrequency(decodeOpus(received))).toBeCloseTo(330, -1);
		// She leaves: her voice state goes from the cache.
		await current.mock.setVoiceChannel({ guild_id: DefaultIds.guild, user_id: DefaultIds.alice, channel_id: null });
		await until(() => (current.guild.voiceStates.list().length === 1 ? true : undefined));
		connection.destroy();
	});

	it('destroys the voice connection with the client', async () => {
		const voice = await import('@discordjs/voice');
		bot = await voiceBot();
		const connection = await join(voice, bot);
		await bot.client.destroy();
		expect(connection.state.status).toBe(voice.VoiceConnectionStatus.Destroyed);
	});
});

describe.skipIf(voiceSupported)('voice on a Node.js older than 22.12', () => {
	it('fails with a NodeVersionError naming the version', async () => {
		bot = await voiceBot();
		const methods = { destroy() {}, onVoiceServerUpdate() {}, onVoiceStateUpdate() {} };
		expect(() => bot?.guild.voiceAdapterCreator(methods)).toThrow(/voice needs Node\.js 22\.12\.0 or newer/);
	});
});
