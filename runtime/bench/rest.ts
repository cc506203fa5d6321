/**
 * `npm run bench -w ovenjs`: OvenJS's `REST` against `@discordjs/rest`, discordeno 21's REST
 * manager and the transport floor in the same run, each against a fresh copy of the same mock
 * Discord running in a child process (so the client's CPU is measured apart from the mock's).
 *
 * (a) MESSAGES messages across 50 channels under Discord's real limits (5 per 5 s per channel,
 *     50/s global): wall time vs the theoretical minimum, and the 429s the mock answered.
 * (b) Limits out of reach (headers still sent): requests/s and client CPU per request.
 *
 * `BENCH_SCALE` scales the message counts (default 0.5: 2,500 messages in (a), ~2–3 minutes
 * in all; `BENCH_SCALE=1` is the issue's 5,000, ≥ 100 s per library). `BENCH_OFFSET_MS` sets both
 * clients' safety margin (default: each library's own, OvenJS 20 ms, @discordjs/rest 50 ms); `BENCH_ONLY=a` or `b` runs one part.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { REST as DjsREST } from '@discordjs/rest';
import { createRestManager } from 'discordeno';
import { Routes } from 'discord-api-types/v10';
import { defaultScenario, DefaultIds, type MockDiscordOptions, type Scenario } from '../../mock-discord/src/index.js';
import { Pool } from 'undici';
import { REST } from '../src/index.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 0.5);
if (!(SCALE > 0)) throw new Error(`BENCH_SCALE must be a number > 0, got ${process.env.BENCH_SCALE}`);
const CHANNELS = 50;
const MESSAGES = Math.max(CHANNELS, Math.round(5_000 * SCALE));
const THROUGHPUT_REQUESTS = Math.max(1_000, Math.round(40_000 * SCALE));
const WARMUP = 1_000;
/**
 * Both clients' safety margin on every reset and the global window; unset, each library uses
 * its default (OvenJS 20 ms with its in-memory store, @discordjs/rest 50 ms).
 */
const OFFSET_MS = process.env.BENCH_OFFSET_MS === undefined ? undefined : Number(process.env.BENCH_OFFSET_MS);
/**
 * (b)'s limits: far out of reach, but on, so every response carries the `X-RateLimit-*`
 * headers Discord always sends (with the limits off the mock sends none, and a client that
 * paces itself on missing headers, as discordeno's does, would measure its fallback).
 */
const UNREACHABLE = 10_000_000;
const UNREACHABLE_LIMITS = {
	routes: { 'POST /channels/{channel_id}/messages': { limit: UNREACHABLE, windowMs: 60_000 } },
	globalPerSecond: UNREACHABLE,
};
// Discord's limits, which the mock applies by default.
const PER_CHANNEL = { limit: 5, windowMs: 5_000 };
const GLOBAL_PER_SECOND = 50;

const channels = Array.from({ length: CHANNELS }, (_, i) => String(2_100_000_000_000_000_000n + BigInt(i)));

function scenario(): Scenario {
	const [guild, ...others] = defaultScenario.guilds ?? [];
	if (guild === undefined) throw new Error('the default scenario has no guild');
	const extra = channels.map((id, i) => ({ id, name: `bench-${i}`, type: 0, parent_id: DefaultIds.category }));
	return { ...defaultScenario, guilds: [{ ...guild, channels: [...(guild.channels ?? []), ...extra] }, ...others] } as Scenario;
}

interface MockStats {
	readonly statuses: Record<string, number>;
	readonly cpuMicros: number;
}

interface MockProcess {
	readonly api: string;
	readonly token: string;
	stats(): Promise<MockStats>;
	close(): Promise<void>;
}

function once<T>(child: ChildProcess, key: string): Promise<T> {
	return new Promise((resolve, reject) => {
		const onMessage = (message: unknown): void => {
			if (typeof message === 'object' && message !== null && key in message) {
				child.off('message', onMessage);
				resolve((message as Record<string, T>)[key] as T);
			}
		};
		child.on('message', onMessage);
		child.once('exit', (code) => reject(new Error(`mock process exited with ${code}`)));
	});
}

async function startMock(options: MockDiscordOptions): Promise<MockProcess> {
	const child = fork(new URL('./_mockProcess.ts', import.meta.url), [JSON.stringify(options)], {
		execArgv: ['--import', 'tsx'],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	const ready = await once<{ api: string; token: string }>(child, 'ready');
	return {
		...ready,
		stats() {
			const answer = once<MockStats>(child, 'stats');
			child.send('stats');
			return answer;
		},
		async close() {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.send('close');
			await exited;
		},
	};
}

/** What the two clients have in common here. */
interface Client {
	post(channel: string, content: string): Promise<unknown>;
	destroy(): Promise<void>;
	/** The 429s the client met, by scope, where the library tells. */
	readonly tooMany?: Record<string, number>;
}

type Library = 'OvenJS' | '@discordjs/rest' | 'discordeno' | 'floor';
/** With Discord's limits on, the floor would only meet 429s: it runs in (b) alone. */
const LIMITED: readonly Library[] = ['OvenJS', '@discordjs/rest', 'discordeno'];
const UNLIMITED: readonly Library[] = ['floor', 'OvenJS', '@discordjs/rest', 'discordeno'];
/** What each row runs. */
const ROWS: Record<Library, string> = {
	floor:
		'the transport floor: the same requests through a bare undici Pool (16 connections), JSON in and out; no rate-limit logic, no retries',
	OvenJS: 'OvenJS REST: buckets, global limit, retries, typed errors; undici Pool of 16 connections',
	'@discordjs/rest': '@discordjs/rest 2: its queues and limits over undici',
	discordeno:
		"discordeno 21 createRestManager: its queues and limits over fetch (undici); its base URL set to the mock's after creation (its proxy option turns its limits off); camelizes each response; its logger quiet",
};

function client(library: Library, mock: MockProcess, globalRequestsPerSecond: number): Client {
	if (library === 'OvenJS') {
		const rest = new REST({
			api: mock.api,
			token: mock.token,
			globalRequestsPerSecond,
			...(OFFSET_MS === undefined ? {} : { offsetMs: OFFSET_MS }),
		});
		const tooMany: Record<string, number> = {};
		rest.on('rateLimited', (info) => {
			if (info.fromResponse) tooMany[info.scope] = (tooMany[info.scope] ?? 0) + 1;
		});
		return {
			post: (channel, content) => rest.post(Routes.channelMessages(channel), { body: { content } }),
			destroy: () => rest.destroy(),
			tooMany,
		};
	}
	if (library === 'floor') {
		const api = new URL(mock.api);
		const pool = new Pool(api.origin, { connections: 16 });
		const headers = { authorization: `Bot ${mock.token}`, 'content-type': 'application/json' };
		return {
			async post(channel, content) {
				const response = await pool.request({
					method: 'POST',
					path: `${api.pathname}/v10${Routes.channelMessages(channel)}`,
					headers,
					body: JSON.stringify({ content }),
				});
				const body: unknown = await response.body.json();
				if (response.statusCode >= 400) throw new Error(`HTTP ${response.statusCode}: ${JSON.stringify(body)}`);
				return body;
			},
			destroy: () => pool.close(),
		};
	}
	if (library === 'discordeno') {
		// Its logger quiet: it warns on every 429 it meets, which would flood the bench's output.
		const logger = { debug() {}, info() {}, warn() {}, error: console.error, fatal: console.error };
		const rest = createRestManager({ token: mock.token, logger });
		rest.baseUrl = mock.api;
		return {
			post: (channel, content) => rest.sendMessage(channel, { content }),
			async destroy() {},
		};
	}
	const rest = new DjsREST({
		api: mock.api,
		version: '10',
		globalRequestsPerSecond,
		...(OFFSET_MS === undefined ? {} : { offset: OFFSET_MS }),
	}).setToken(mock.token);
	return {
		post: (channel, content) => rest.post(Routes.channelMessages(channel), { body: { content } }),
		async destroy() {
			rest.clearHashSweeper();
			rest.clearHandlerSweeper();
		},
	};
}

async function sendAll(rest: Client, count: number, offset = 0): Promise<number> {
	const results = await Promise.allSettled(
		Array.from({ length: count }, (_, i) => rest.post(channels[i % CHANNELS] ?? '', `bench ${offset + i}`)),
	);
	const failed = results.filter((r) => r.status === 'rejected');
	if (failed.length > 0) console.log(`  ${failed.length} failed, e.g. ${String((failed[0] as PromiseRejectedResult).reason)}`);
	return count - failed.length;
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * The earliest the last message can be sent. Windows open at a bucket's first request, so a
 * channel with n messages needs ceil(n / 5) windows and its last batch goes at
 * (ceil(n / 5) − 1) × 5 s; the global limit lets 50 go per second, so the last of M goes at
 * (ceil(M / 50) − 1) × 1 s. The minimum is the larger of the two (latency ignored).
 */
function theoreticalMinimumMs(): { ms: number; perChannelMs: number; globalMs: number } {
	const perChannel = Math.ceil(MESSAGES / CHANNELS);
	const perChannelMs = (Math.ceil(perChannel / PER_CHANNEL.limit) - 1) * PER_CHANNEL.windowMs;
	const globalMs = (Math.ceil(MESSAGES / GLOBAL_PER_SECOND) - 1) * 1_000;
	return { ms: Math.max(perChannelMs, globalMs), perChannelMs, globalMs };
}

async function benchLimited(): Promise<void> {
	const min = theoreticalMinimumMs();
	console.log(
		`(a) ${fmt(MESSAGES)} messages across ${CHANNELS} channels at Discord's limits (${PER_CHANNEL.limit} per ${PER_CHANNEL.windowMs / 1_000} s per channel, ${GLOBAL_PER_SECOND}/s global)`,
	);
	console.log(
		`    theoretical minimum ${fmt(min.ms / 1_000, 1)} s = max(per channel: (ceil(${Math.ceil(MESSAGES / CHANNELS)}/${PER_CHANNEL.limit}) - 1) x ${PER_CHANNEL.windowMs / 1_000} s = ${fmt(min.perChannelMs / 1_000, 1)} s, global: (ceil(${MESSAGES}/${GLOBAL_PER_SECOND}) - 1) x 1 s = ${fmt(min.globalMs / 1_000, 1)} s)`,
	);
	const wall: Partial<Record<Library, number>> = {};
	for (const library of LIMITED) {
		const mock = await startMock({ scenario: scenario() });
		const rest = client(library, mock, GLOBAL_PER_SECOND);
		try {
			const started = performance.now();
			const ok = await sendAll(rest, MESSAGES);
			const ms = performance.now() - started;
			wall[library] = ms;
			const { statuses } = await mock.stats();
			const tooMany = statuses['429'] ?? 0;
			console.log(
				`    ${library.padEnd(16)} ${fmt(ms / 1_000, 2)} s for ${fmt(ok)} ok  = ${fmt(ms / min.ms, 3)}x the minimum (+${fmt((ms / min.ms - 1) * 100, 1)} %); 429s from the mock: ${tooMany}; statuses ${JSON.stringify(statuses)}${tooMany > 0 && rest.tooMany !== undefined ? `; by scope ${JSON.stringify(rest.tooMany)}` : ''}`,
			);
		} finally {
			await rest.destroy();
			await mock.close();
		}
	}
	const ours = wall.OvenJS;
	if (ours !== undefined)
		console.log(
			`    wall time OvenJS / ${LIMITED.filter((l) => l !== 'OvenJS' && wall[l] !== undefined)
				.map((l) => `${l} ${fmt(ours / (wall[l] as number), 3)}`)
				.join(', ')}`,
		);
}

async function benchUnlimited(): Promise<void> {
	console.log(
		`(b) limits out of reach (the mock's message and global limits raised to ${fmt(UNREACHABLE)}, its rate-limit headers sent as Discord sends them; clients' global limit raised): ${fmt(THROUGHPUT_REQUESTS)} message creates across ${CHANNELS} channels after ${fmt(WARMUP)} warm-up; mock in a child process`,
	);
	const results: Partial<Record<Library, { perSecond: number; cpuPerRequest: number }>> = {};
	for (const library of UNLIMITED) {
		const mock = await startMock({ scenario: scenario(), rateLimits: UNREACHABLE_LIMITS });
		const rest = client(library, mock, 100_000);
		try {
			await sendAll(rest, WARMUP);
			const mockBefore = await mock.stats();
			const cpuBefore = process.cpuUsage();
			const started = performance.now();
			const ok = await sendAll(rest, THROUGHPUT_REQUESTS, WARMUP);
			const ms = performance.now() - started;
			const cpu = process.cpuUsage(cpuBefore);
			const mockAfter = await mock.stats();
			const perSecond = (ok / ms) * 1_000;
			const cpuPerRequest = (cpu.user + cpu.system) / THROUGHPUT_REQUESTS;
			const mockCpuPerRequest = (mockAfter.cpuMicros - mockBefore.cpuMicros) / THROUGHPUT_REQUESTS;
			results[library] = { perSecond, cpuPerRequest };
			console.log(
				`    ${library.padEnd(16)} ${fmt(perSecond)} req/s (${fmt(ok)} ok in ${fmt(ms / 1_000, 2)} s); client CPU ${fmt(cpuPerRequest, 1)} µs/request (user ${fmt(cpu.user / 1_000)} ms + system ${fmt(cpu.system / 1_000)} ms); mock CPU ${fmt(mockCpuPerRequest, 1)} µs/request`,
			);
		} finally {
			await rest.destroy();
			await mock.close();
		}
	}
	const oven = results.OvenJS;
	if (oven !== undefined)
		for (const other of UNLIMITED) {
			const theirs = results[other];
			if (other === 'OvenJS' || theirs === undefined) continue;
			const goal = other === 'floor' ? ' (goal: CPU ≤ 1.3x)' : '';
			console.log(
				`    OvenJS / ${other}: req/s ${fmt(oven.perSecond / theirs.perSecond, 2)}x, CPU per request ${fmt(oven.cpuPerRequest / theirs.cpuPerRequest, 2)}x${goal}`,
			);
		}
}

console.log(`OvenJS REST bench, BENCH_SCALE=${SCALE}, BENCH_OFFSET_MS=${OFFSET_MS ?? "each library's default"}, Node ${process.version}`);
for (const [library, what] of Object.entries(ROWS)) console.log(`  ${library.padEnd(16)} ${what}`);
const only = process.env.BENCH_ONLY; // 'a' or 'b' runs one part
if (only !== 'a') await benchUnlimited();
if (only !== 'b') await benchLimited();
process.exit(0);
