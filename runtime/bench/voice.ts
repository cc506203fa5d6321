/**
 * Voice: the CPU one connection uses per second of audio it sends, for `@discordjs/voice` on
 * OvenJS (`guild.voiceAdapterCreator`) and on discord.js, in the same run against the same
 * mock voice server. Each bot runs in its own process (the mock's CPU is not counted) and
 * plays `BENCH_VOICE_SECONDS` (default 10) of audio twice: raw PCM that it encodes to Opus
 * (with opusscript, WASM), and Opus frames encoded beforehand (RTP, AES-GCM and pacing alone).
 * The mock checks every frame arrived.
 *
 *   node --import tsx runtime/bench/voice.ts
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import OpusScript from 'opusscript';
import { createMockDiscord, DefaultIds } from '../../mock-discord/src/index.js';
import { NODE_FEATURES, nodeSupports } from '../src/node/index.js';
import { buildDist } from './_buildDist.js';

if (!nodeSupports('voice')) {
	console.log(`voice bench skipped: @discordjs/voice 0.19 needs Node.js ${NODE_FEATURES.voice.minimum}+, this is ${process.versions.node}`);
	process.exit(0);
}
const SECONDS = Number(process.env.BENCH_VOICE_SECONDS ?? 10);
if (!(SECONDS >= 1)) throw new Error(`BENCH_VOICE_SECONDS must be ≥ 1, got ${process.env.BENCH_VOICE_SECONDS}`);

const dist = buildDist();
const mock = await createMockDiscord();
const voice = await mock.voice.start();
const caDir = mkdtempSync(join(tmpdir(), 'oven-voice-bench-'));
const ca = join(caDir, 'voice-ca.pem');
writeFileSync(ca, voice.certificate);

function opusFrames(seconds: number): string[] {
	const encoder = new OpusScript(48_000, 2, OpusScript.Application.AUDIO);
	const frame = Buffer.alloc(960 * 4);
	const frames: string[] = [];
	for (let n = 0; n < seconds * 50; n += 1) {
		for (let i = 0; i < 960; i += 1) {
			const value = Math.round(Math.sin((2 * Math.PI * 440 * (n * 960 + i)) / 48_000) * 0.3 * 32767);
			frame.writeInt16LE(value, i * 4);
			frame.writeInt16LE(value, i * 4 + 2);
		}
		frames.push(Buffer.from(encoder.encode(frame, 960)).toString('base64'));
	}
	encoder.delete();
	return frames;
}

const framesFile = join(caDir, 'frames.json');
writeFileSync(framesFile, JSON.stringify(opusFrames(SECONDS)));
const bot = fileURLToPath(new URL('_voiceBot.ts', import.meta.url));
const rows: { library: string; input: string; cpuMsPerSecond: number; frames: number }[] = [];
for (const input of ['raw', 'opus'] as const) {
	for (const library of ['ovenjs', 'discord.js']) {
		const before = (await mock.voiceConnections()).length;
		const settings = {
			api: mock.api,
			token: mock.token,
			guildId: DefaultIds.guild,
			channelId: DefaultIds.voice,
			seconds: SECONDS,
			input,
			...(input === 'opus' ? { framesFile } : {}),
		};
		// Not spawnSync: the mock answers from this process's event loop.
		const child = await promisify(execFile)(process.execPath, ['--import', 'tsx', bot, library, JSON.stringify(settings)], {
			encoding: 'utf8',
			env: { ...process.env, NODE_EXTRA_CA_CERTS: ca },
			maxBuffer: 64 * 1024 * 1024,
		});
		const result = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { cpuMicros: number; seconds: number };
		const connection = (await mock.voiceConnections())[before];
		rows.push({ library, input, cpuMsPerSecond: result.cpuMicros / 1000 / result.seconds, frames: connection?.frames ?? 0 });
	}
}
await mock.close();
rmSync(caDir, { recursive: true, force: true });

console.log(
	`OvenJS runs from ${dist}; @discordjs/voice ${SECONDS} s of 48 kHz stereo per row, one connection, Node ${process.versions.node}`,
);
console.log('library     input  CPU ms per s of audio  frames received');
for (const row of rows)
	console.log(
		`${row.library.padEnd(11)} ${row.input.padEnd(6)} ${row.cpuMsPerSecond.toFixed(1).padStart(21)}  ${String(row.frames).padStart(15)}`,
	);
