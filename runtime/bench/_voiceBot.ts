/**
 * One bot of the voice benchmark, in its own process so its CPU is its own: logs in to the
 * mock (argv: library, then JSON settings), joins the voice channel through its library's
 * `guild.voiceAdapterCreator`, plays `seconds` of audio through `@discordjs/voice` and prints
 * `{ cpuMicros, seconds }` for the playback alone. The mock's voice certificate is trusted
 * through NODE_EXTRA_CA_CERTS, set by the parent.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import {
	AudioPlayerStatus,
	createAudioPlayer,
	createAudioResource,
	entersState,
	joinVoiceChannel,
	StreamType,
	VoiceConnectionStatus,
	type DiscordGatewayAdapterCreator,
} from '@discordjs/voice';
import { Client as DiscordJsClient, GatewayIntentBits } from 'discord.js';
import { createClient, type Guild } from 'ovenjs';

interface Settings {
	readonly api: string;
	readonly token: string;
	readonly guildId: string;
	readonly channelId: string;
	readonly seconds: number;
	/** `raw`: PCM the bot encodes to Opus (what a music bot does); `opus`: frames encoded beforehand (the transport alone). */
	readonly input: 'raw' | 'opus';
	/** A JSON file of base64 Opus frames, for `input: 'opus'`. */
	readonly framesFile?: string;
}

const library = process.argv[2];
const settings = JSON.parse(process.argv[3] ?? '{}') as Settings;

async function adapterOf(): Promise<{ adapterCreator: DiscordGatewayAdapterCreator; stop: () => Promise<void> }> {
	if (library === 'ovenjs') {
		const client = createClient({ token: settings.token, api: settings.api, intents: ['Guilds', 'GuildVoiceStates'] });
		const guild = new Promise<Guild>((resolve) => client.once('guildCreate', resolve));
		await client.login();
		return { adapterCreator: (await guild).voiceAdapterCreator, stop: () => client.destroy() };
	}
	const client = new DiscordJsClient({
		intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildVoiceStates],
		rest: { api: settings.api },
	});
	const ready = new Promise((resolve) => client.once('clientReady', resolve));
	await client.login(settings.token);
	await ready;
	const guild = client.guilds.cache.get(settings.guildId);
	if (guild === undefined) throw new Error('discord.js did not see the guild');
	return { adapterCreator: guild.voiceAdapterCreator, stop: () => client.destroy() };
}

function sine(seconds: number): Buffer {
	const pcm = Buffer.alloc(48_000 * seconds * 4);
	for (let i = 0; i < 48_000 * seconds; i += 1) {
		const value = Math.round(Math.sin((2 * Math.PI * 440 * i) / 48_000) * 0.3 * 32767);
		pcm.writeInt16LE(value, i * 4);
		pcm.writeInt16LE(value, i * 4 + 2);
	}
	return pcm;
}

function opusFrames(): string[] {
	return settings.framesFile === undefined ? [] : (JSON.parse(readFileSync(settings.framesFile, 'utf8')) as string[]);
}

const { adapterCreator, stop } = await adapterOf();
const connection = joinVoiceChannel({ channelId: settings.channelId, guildId: settings.guildId, adapterCreator });
await entersState(connection, VoiceConnectionStatus.Ready, 10_000);
const player = createAudioPlayer();
connection.subscribe(player);
const resource =
	settings.input === 'raw'
		? createAudioResource(Readable.from([sine(settings.seconds)]), { inputType: StreamType.Raw })
		: createAudioResource(Readable.from(opusFrames().map((frame) => Buffer.from(frame, 'base64'))), {
				inputType: StreamType.Opus,
			});
const before = process.cpuUsage();
player.play(resource);
await entersState(player, AudioPlayerStatus.Playing, 5000);
await entersState(player, AudioPlayerStatus.Idle, (settings.seconds + 10) * 1000);
const used = process.cpuUsage(before);
connection.destroy();
await stop();
process.stdout.write(`${JSON.stringify({ cpuMicros: used.user + used.system, seconds: settings.seconds })}\n`);
process.exit(0);
