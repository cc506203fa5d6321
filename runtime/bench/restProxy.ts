/**
 * `node --import tsx bench/restProxy.ts`: what `oven rest-proxy` costs. The same message creates
 * from an OvenJS `REST` client straight to a mock Discord, and through a REST proxy in its own
 * process (which holds the rate limits; the client's are then raised out of the way). The mock
 * runs in a child process with its limits out of reach (headers still sent), as in bench/rest.ts.
 *
 * `BENCH_SCALE` scales the request count (default 0.5: 10,000 after 1,000 of warm-up).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { Routes } from 'discord-api-types/v10';
import { defaultScenario, DefaultIds, type Scenario } from '../../mock-discord/src/index.js';
import { REST } from '../src/index.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 0.5);
if (!(SCALE > 0)) throw new Error(`BENCH_SCALE must be a number > 0, got ${process.env.BENCH_SCALE}`);
const REQUESTS = Math.max(1_000, Math.round(20_000 * SCALE));
const WARMUP = 1_000;
const CHANNELS = 50;
const UNREACHABLE = 10_000_000;
const channels = Array.from({ length: CHANNELS }, (_, i) => String(2_100_000_000_000_000_000n + BigInt(i)));

function scenario(): Scenario {
	const [guild, ...others] = defaultScenario.guilds ?? [];
	if (guild === undefined) throw new Error('the default scenario has no guild');
	const extra = channels.map((id, i) => ({ id, name: `bench-${i}`, type: 0, parent_id: DefaultIds.category }));
	return { ...defaultScenario, guilds: [{ ...guild, channels: [...(guild.channels ?? []), ...extra] }, ...others] } as Scenario;
}

interface Child {
	readonly ready: { api: string; token?: string };
	cpuMicros(): Promise<number>;
	close(): Promise<void>;
}

function message<T>(child: ChildProcess, key: string): Promise<T> {
	return new Promise((resolve, reject) => {
		const onMessage = (value: unknown): void => {
			if (typeof value !== 'object' || value === null || !(key in value)) return;
			child.off('message', onMessage);
			resolve((value as Record<string, T>)[key] as T);
		};
		child.on('message', onMessage);
		child.once('exit', (code) => reject(new Error(`${key}: child exited with ${code}`)));
	});
}

async function start(script: string, arg: string): Promise<Child> {
	const child = fork(new URL(script, import.meta.url), [arg], {
		execArgv: ['--import', 'tsx'],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	const ready = await message<Child['ready']>(child, 'ready');
	return {
		ready,
		async cpuMicros() {
			const stats = message<{ cpuMicros: number }>(child, 'stats');
			child.send('stats');
			return (await stats).cpuMicros;
		},
		async close() {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.send('close');
			await exited;
		},
	};
}

async function sendAll(rest: REST, count: number, offset: number): Promise<void> {
	await Promise.all(
		Array.from({ length: count }, (_, i) =>
			rest.post(Routes.channelMessages(channels[i % CHANNELS] ?? ''), { body: { content: `m ${offset + i}` } }),
		),
	);
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

console.log(
	`REST proxy bench, ${fmt(REQUESTS)} message creates across ${CHANNELS} channels after ${fmt(WARMUP)} warm-up, limits out of reach; Node ${process.version}`,
);
const mockOptions = {
	scenario: scenario(),
	rateLimits: {
		routes: { 'POST /channels/{channel_id}/messages': { limit: UNREACHABLE, windowMs: 60_000 } },
		globalPerSecond: UNREACHABLE,
	},
};
const rows: Record<string, number> = {};
for (const via of ['direct', 'proxy'] as const) {
	const mock = await start('./_mockProcess.ts', JSON.stringify(mockOptions));
	const proxy = via === 'proxy' ? await start('./_proxyProcess.ts', mock.ready.api) : undefined;
	const rest = new REST({ api: proxy?.ready.api ?? mock.ready.api, token: mock.ready.token ?? '', globalRequestsPerSecond: 100_000 });
	try {
		await sendAll(rest, WARMUP, 0);
		const proxyCpu = await proxy?.cpuMicros();
		const cpu = process.cpuUsage();
		const started = performance.now();
		await sendAll(rest, REQUESTS, WARMUP);
		const ms = performance.now() - started;
		const clientCpu = process.cpuUsage(cpu);
		const proxyCpuPer = proxy === undefined || proxyCpu === undefined ? undefined : ((await proxy.cpuMicros()) - proxyCpu) / REQUESTS;
		rows[via] = (REQUESTS / ms) * 1_000;
		console.log(
			`  ${via.padEnd(7)} ${fmt(rows[via])} req/s (${fmt(ms / 1_000, 2)} s); client CPU ${fmt((clientCpu.user + clientCpu.system) / REQUESTS, 1)} µs/request${proxyCpuPer === undefined ? '' : `; proxy CPU ${fmt(proxyCpuPer, 1)} µs/request`}`,
		);
	} finally {
		await rest.destroy();
		await proxy?.close();
		await mock.close();
	}
}
console.log(`  through the proxy / direct: ${fmt((rows.proxy ?? 0) / (rows.direct ?? 1), 2)}x the requests/s`);
process.exit(0);
