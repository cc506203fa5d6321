/**
 * `npm run bench -w @ovenjs/mock-discord`: how much the mock serves on this machine.
 *
 * 1. REST: validated message creates per second (each body checked against the OpenAPI
 *    schema and the embed limits), load from a worker thread over keep-alive sockets.
 * 2. Gateway: MESSAGE_CREATE dispatches per second fanned out to many shards, counted by
 *    real WebSocket clients in a worker thread.
 * Goals from issue 2: ≥ 10,000 REST requests/s and ≥ 100,000 events/s.
 */
import { Worker } from 'node:worker_threads';
import { createMockDiscord, type Scenario } from '../src/index.js';
import type { GatewayLoadInput } from './gatewayLoad.js';
import type { RestLoadInput } from './restLoad.js';

const REST_SECONDS = Number(process.env.BENCH_REST_SECONDS ?? 5);
const SHARDS = 16;
const GUILDS = 64;
const EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);

// Node 20 workers do not inherit tsx's loader from `--import`, so each worker registers it first.
function startWorker<T>(file: string, data: T): Worker {
	const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
	const entry = JSON.stringify(new URL(file, import.meta.url).href);
	return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${entry}); });`, { eval: true, workerData: data });
}

function nextMessage<T>(worker: Worker, key: string): Promise<T> {
	return new Promise((resolve, reject) => {
		const onMessage = (message: Record<string, unknown>) => {
			if (key in message) {
				worker.off('message', onMessage);
				resolve(message as T);
			}
		};
		worker.on('message', onMessage);
		worker.once('error', reject);
	});
}

async function benchRest(): Promise<void> {
	const mock = await createMockDiscord({ rateLimits: { enabled: false } });
	try {
		const state = await mock.state();
		const channel = state.guilds[0]!.channels.find((candidate) => candidate.type === 0)!;
		const body = JSON.stringify({
			content: 'benchmark message',
			embeds: [{ title: 'Bench', description: 'A validated embed', fields: [{ name: 'a', value: 'b', inline: true }], color: 0xff8800 }],
		});
		const input: RestLoadInput = {
			origin: new URL(mock.api).origin,
			path: `/api/v10/channels/${channel.id}/messages`,
			token: mock.token,
			body,
			connections: 32,
			durationMs: REST_SECONDS * 1_000,
		};
		const worker = startWorker('./restLoad.ts', input);
		const result = await nextMessage<{ statuses: Record<string, number>; elapsedMs: number }>(worker, 'statuses');
		const ok = result.statuses[200] ?? 0;
		const total = Object.values(result.statuses).reduce((sum, count) => sum + count, 0);
		const perSecond = Math.round((ok / result.elapsedMs) * 1_000);
		console.log(
			`REST    validated message creates: ${perSecond.toLocaleString('en')} req/s (${ok} ok of ${total}; statuses ${JSON.stringify(result.statuses)}); goal 10,000 → ${(perSecond / 10_000).toFixed(2)}×`,
		);
	} finally {
		await mock.close();
	}
}

function benchScenario(): Scenario {
	return {
		users: [{ username: 'bench-user' }],
		guilds: Array.from({ length: GUILDS }, (_, index) => ({
			name: `Bench guild ${index}`,
			channels: [{ name: 'general', type: 0 as const }],
		})),
	};
}

async function benchGateway(): Promise<void> {
	const mock = await createMockDiscord({ scenario: benchScenario(), gateway: { identifyWindow: 0, sendLimit: 1_000_000 } });
	try {
		const state = await mock.state();
		const input: GatewayLoadInput = { url: mock.gateway, token: mock.token, shards: SHARDS, intents: (1 << 0) | (1 << 9) | (1 << 15) };
		const worker = startWorker('./gatewayLoad.ts', input);
		await nextMessage(worker, 'ready');
		const author = state.users.find((user) => !user.bot)!;
		const targets = state.guilds.map((guild) => ({ guildId: guild.id, channelId: guild.channels[0]!.id }));
		const done = nextMessage<{ done: number }>(worker, 'done');
		worker.postMessage({ expect: EVENTS });
		const started = performance.now();
		for (let index = 0; index < EVENTS; index++) {
			const target = targets[index % targets.length]!;
			mock.dispatch(
				'MESSAGE_CREATE',
				{
					id: String(index),
					channel_id: target.channelId,
					guild_id: target.guildId,
					author: { id: author.id, username: author.username },
					content: `event ${index}`,
					mentions: [],
					embeds: [],
					attachments: [],
					components: [],
				},
				target.guildId,
			);
			// Let the sockets drain now and then, as a real event stream would.
			if (index % 2_000 === 1_999) await new Promise((resolve) => setImmediate(resolve));
		}
		const sentMs = performance.now() - started;
		await done;
		const elapsedMs = performance.now() - started;
		worker.postMessage({ close: true });
		const perSecond = Math.round((EVENTS / elapsedMs) * 1_000);
		console.log(
			`GATEWAY dispatches to ${SHARDS} shards (${GUILDS} guilds): ${perSecond.toLocaleString('en')} events/s received (${EVENTS} events, sent in ${Math.round(sentMs)} ms, all received in ${Math.round(elapsedMs)} ms); goal 100,000 → ${(perSecond / 100_000).toFixed(2)}×`,
		);
	} finally {
		await mock.close();
	}
}

console.log(`mock-discord benchmark on ${process.version}, ${(await import('node:os')).cpus().length} cores`);
await benchRest();
await benchGateway();
