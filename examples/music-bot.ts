/**
 * A music-style bot on `@discordjs/voice`: `/play hz` queues a track and joins the caller's
 * voice channel, `/skip` plays the next one, `/queue` lists them, `/leave` leaves, and the bot
 * leaves by itself when nobody is left listening. The tracks are tones generated here, so the
 * example needs no audio files and no ffmpeg; a real bot passes `createAudioResource()` a file
 * or a stream instead.
 *
 * Needs Node.js 22.12+ (24 LTS recommended) and `npm i @discordjs/voice opusscript`.
 *
 *   node --import tsx examples/music-bot.ts   # against a local mock; see examples/README.md
 */
import { Readable } from 'node:stream';
import {
	AudioPlayerStatus,
	createAudioPlayer,
	createAudioResource,
	joinVoiceChannel,
	StreamType,
	type AudioPlayer,
	type VoiceConnection,
} from '@discordjs/voice';
import { createClient, createInteractionHandler, defineCommand, option, syncCommands, type Guild } from 'ovenjs';
import { DefaultIds, isMain, runExample, type ExampleOptions, type RunningExample } from './_runExample.js';

const RATE = 48_000;

/** `seconds` of a sine at `hz` as 48 kHz stereo 16-bit PCM: stands in for a song. */
function tone(hz: number, seconds: number): Readable {
	const samples = RATE * seconds;
	const pcm = Buffer.alloc(samples * 4);
	for (let i = 0; i < samples; i += 1) {
		const value = Math.round(Math.sin((2 * Math.PI * hz * i) / RATE) * 0.3 * 32767);
		pcm.writeInt16LE(value, i * 4);
		pcm.writeInt16LE(value, i * 4 + 2);
	}
	return Readable.from([pcm]);
}

/** One guild's player: the voice connection, what plays, what waits. */
interface GuildPlayer {
	readonly connection: VoiceConnection;
	readonly player: AudioPlayer;
	readonly queue: number[];
	current: number | undefined;
}

/** Options of the music bot: how long each track lasts (tests shorten it). */
export interface MusicBotOptions extends ExampleOptions {
	readonly trackSeconds?: number;
}

/** Logs the music bot in and registers `/play`, `/skip`, `/queue` and `/leave`. */
export async function start({ token, api, applicationId, guildId, trackSeconds = 5 }: MusicBotOptions): Promise<RunningExample> {
	// GuildVoiceStates: the bot must see who is in which voice channel, itself included.
	const client = createClient({ token, api: api ?? 'https://discord.com/api', intents: ['Guilds', 'GuildVoiceStates'] });
	const players = new Map<string, GuildPlayer>();

	function leave(id: string): void {
		const playing = players.get(id);
		players.delete(id);
		playing?.player.stop(true);
		playing?.connection.destroy();
	}

	function playNext(id: string, playing: GuildPlayer): void {
		playing.current = playing.queue.shift();
		if (playing.current === undefined) return;
		playing.player.play(createAudioResource(tone(playing.current, trackSeconds), { inputType: StreamType.Raw }));
	}

	function playerFor(guild: Guild, channelId: string): GuildPlayer {
		const existing = players.get(guild.id);
		if (existing !== undefined) return existing;
		const connection = joinVoiceChannel({ channelId, guildId: guild.id, adapterCreator: guild.voiceAdapterCreator });
		const player = createAudioPlayer();
		connection.subscribe(player);
		const playing: GuildPlayer = { connection, player, queue: [], current: undefined };
		player.on(AudioPlayerStatus.Idle, () => playNext(guild.id, playing));
		players.set(guild.id, playing);
		return playing;
	}

	const play = defineCommand({
		name: 'play',
		description: 'Queue a tone and play it in your voice channel',
		options: { hz: option.integer({ description: 'Pitch in Hz', required: true, minValue: 50, maxValue: 4000 }) },
		async run(ctx) {
			// The caller's voice state, from the cache (GuildVoiceStates).
			const guild = ctx.guild;
			const channelId = ctx.member?.voice?.channelId ?? undefined;
			if (guild === undefined || channelId === undefined) {
				await ctx.reply({ content: 'Join a voice channel first.', ephemeral: true });
				return;
			}
			const playing = playerFor(guild, channelId);
			playing.queue.push(ctx.options.hz);
			if (playing.current === undefined) {
				playNext(guild.id, playing);
				await ctx.reply(`Playing ${ctx.options.hz} Hz.`);
			} else await ctx.reply(`Queued ${ctx.options.hz} Hz (${playing.queue.length} waiting).`);
		},
	});
	const skip = defineCommand({
		name: 'skip',
		description: 'Skip to the next track',
		async run(ctx) {
			const playing = ctx.guildId === undefined ? undefined : players.get(ctx.guildId);
			if (playing?.current === undefined) return void (await ctx.reply({ content: 'Nothing is playing.', ephemeral: true }));
			const next = playing.queue[0];
			// Stopping goes Idle, which plays the next track.
			playing.player.stop(true);
			await ctx.reply(next === undefined ? 'Skipped; the queue is empty.' : `Skipped; now ${next} Hz.`);
		},
	});
	const queue = defineCommand({
		name: 'queue',
		description: 'What plays now and next',
		async run(ctx) {
			const playing = ctx.guildId === undefined ? undefined : players.get(ctx.guildId);
			const now = playing?.current === undefined ? 'nothing' : `${playing.current} Hz`;
			await ctx.reply(`Now: ${now}. Next: ${playing?.queue.map((hz) => `${hz} Hz`).join(', ') || 'nothing'}.`);
		},
	});
	const leaveCommand = defineCommand({
		name: 'leave',
		description: 'Stop and leave the voice channel',
		async run(ctx) {
			if (ctx.guildId !== undefined) leave(ctx.guildId);
			await ctx.reply('Bye.');
		},
	});

	// Alone in the channel: leave, as music bots do, instead of playing to nobody.
	client.on('voiceStateUpdate', (state) => {
		const id = state.guildId;
		const playing = players.get(id);
		const channelId = playing?.connection.joinConfig.channelId;
		if (playing === undefined || channelId === null || channelId === undefined) return;
		const listeners = state.guild.voiceStates.list().filter((s) => s.channelId === channelId && s.id !== client.user?.id);
		if (listeners.length === 0) leave(id);
	});

	const commands = [play, skip, queue, leaveCommand];
	const interactions = createInteractionHandler({ client, commands });
	client.on('interactionCreate', (interaction) => interactions.handle(interaction));
	await syncCommands(client.api, applicationId, commands, guildId === undefined ? {} : { guildId });
	await client.login();
	return {
		async stop() {
			for (const id of [...players.keys()]) leave(id);
			interactions.destroy();
			await client.destroy();
		},
	};
}

if (isMain(import.meta.url))
	await runExample('music-bot', start, [
		'interactions',
		{
			type: 'application_command',
			user_id: DefaultIds.alice,
			guild_id: DefaultIds.guild,
			channel_id: DefaultIds.general,
			name: 'play',
			options: [{ name: 'hz', type: 4, value: 440 }],
		},
	]);
