import { constants, createInflate } from 'node:zlib';
import type { GatewayGuildCreateDispatchData } from 'discord-api-types/v10';
import WebSocket from 'ws';
import { type GatewayBackend, type MockGateway, type MockGatewayOptions, serveGateway } from '../../src/gateway/index.js';

export const TOKEN = 'test-token.abc.def';
export const BOT_ID = '100000000000000001';
export const HUMAN_ID = '100000000000000002';
/** Guild ids chosen so `(id >> 22) % 2` puts A and C on shard 0, B on shard 1. */
export const GUILD_A = String(1000n << 22n);
export const GUILD_B = String(1001n << 22n);
export const GUILD_C = String(1002n << 22n);

/** A received payload; tests read its fields freely. */
export interface Payload {
	op: number;
	d: any;
	s: number | null;
	t: string | null;
}

function guildPayload(id: string): GatewayGuildCreateDispatchData {
	return {
		id,
		name: `guild ${id}`,
		unavailable: false,
		member_count: 2,
		channels: [{ id: `${id}1`, type: 0, name: 'general', guild_id: id }],
		members: [
			{ user: { id: BOT_ID, username: 'bot' }, roles: [] },
			{ user: { id: HUMAN_ID, username: 'alice' }, roles: [] },
		],
		presences: [{ user: { id: HUMAN_ID }, status: 'online' }],
	} as unknown as GatewayGuildCreateDispatchData;
}

export function makeBackend(overrides: Partial<GatewayBackend> = {}): GatewayBackend {
	const guilds = [GUILD_A, GUILD_B, GUILD_C];
	return {
		token: TOKEN,
		botUser: { id: BOT_ID, username: 'bot', discriminator: '0', global_name: null, avatar: null, bot: true },
		applicationId: BOT_ID,
		enabledPrivilegedIntents: (1 << 1) | (1 << 8) | (1 << 15),
		maxConcurrency: 1,
		guildIds: () => guilds,
		guildCreatePayload: guildPayload,
		...overrides,
	};
}

export interface Harness {
	gateway: MockGateway;
	url: string;
	logs: string[];
	connect(query?: string): Promise<TestClient>;
	close(): Promise<void>;
}

/** A real http server on 127.0.0.1:0 whose upgrades go to a MockGateway. */
export async function startGateway(options: MockGatewayOptions = {}, backend = makeBackend()): Promise<Harness> {
	const logs: string[] = [];
	const { gateway, url, close } = await serveGateway(backend, {
		heartbeatInterval: 5000,
		identifyWindow: 0,
		log: (line) => logs.push(line),
		...options,
	});
	const clients: TestClient[] = [];
	return {
		gateway,
		url,
		logs,
		async connect(query = '?v=10&encoding=json') {
			const client = await TestClient.connect(url + query);
			clients.push(client);
			return client;
		},
		async close() {
			for (const client of clients) client.ws.terminate();
			await close();
		},
	};
}

/** A raw ws client that records every payload, inflating zlib-stream when asked. */
export class TestClient {
	readonly messages: Payload[] = [];
	readonly closed: Promise<{ code: number; reason: string }>;
	#waiters: (() => void)[] = [];

	private constructor(
		readonly ws: WebSocket,
		compressed: boolean,
	) {
		this.closed = new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
		if (compressed) {
			const inflate = createInflate();
			let text = '';
			inflate.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
			ws.on('message', (data: Buffer) => {
				inflate.write(data);
				inflate.flush(constants.Z_SYNC_FLUSH, () => {
					this.#push(JSON.parse(text) as Payload);
					text = '';
				});
			});
		} else {
			ws.on('message', (data: Buffer) => this.#push(JSON.parse(data.toString('utf8')) as Payload));
		}
	}

	static connect(url: string): Promise<TestClient> {
		const ws = new WebSocket(url);
		const client = new TestClient(ws, url.includes('compress=zlib-stream'));
		return new Promise((resolve, reject) => {
			ws.once('open', () => resolve(client));
			ws.once('error', reject);
		});
	}

	#push(payload: Payload): void {
		this.messages.push(payload);
		for (const wake of this.#waiters.splice(0)) wake();
	}

	/** The first payload (ever received) matching `pred`, waiting up to `ms`. */
	async waitFor(pred: (p: Payload) => boolean, ms = 2500): Promise<Payload> {
		const deadline = Date.now() + ms;
		for (;;) {
			const found = this.messages.find(pred);
			if (found !== undefined) return found;
			if (Date.now() > deadline) throw new Error(`timed out; got ${JSON.stringify(this.messages.map((m) => [m.op, m.t]))}`);
			await new Promise<void>((resolve) => {
				this.#waiters.push(resolve);
				setTimeout(resolve, 50);
			});
		}
	}

	dispatches(event?: string): Payload[] {
		return this.messages.filter((m) => m.op === 0 && (event === undefined || m.t === event));
	}

	send(payload: unknown): void {
		this.ws.send(typeof payload === 'string' ? payload : JSON.stringify(payload));
	}

	identify(d: Record<string, unknown> = {}): void {
		this.send({ op: 2, d: { token: TOKEN, intents: 513, properties: { os: 'linux', browser: 't', device: 't' }, ...d } });
	}

	/** IDENTIFYs and waits for READY. */
	async ready(d: Record<string, unknown> = {}): Promise<Payload> {
		this.identify(d);
		return this.waitFor((m) => m.t === 'READY');
	}
}

/** Waits until `check` is true, polling. */
export async function until(check: () => boolean, ms = 2500): Promise<void> {
	const deadline = Date.now() + ms;
	while (!check()) {
		if (Date.now() > deadline) throw new Error('condition not met in time');
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}
