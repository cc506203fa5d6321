import WebSocket from 'ws';

/** A minimal gateway client for tests: identifies with every intent and records dispatches. */
export class TestGatewayClient {
	readonly events: { t: string; d: any }[] = [];
	readonly #ws: WebSocket;
	readonly #waiters: { match: (e: { t: string; d: any }) => boolean; resolve: (e: { t: string; d: any }) => void }[] = [];

	private constructor(ws: WebSocket) {
		this.#ws = ws;
	}

	/** Connects and resolves after READY; every intent and no shard unless told. */
	static connect(url: string, token: string, options: { intents?: number; shard?: [number, number] } = {}): Promise<TestGatewayClient> {
		const identify = {
			token,
			intents: options.intents ?? 3276799,
			properties: { os: 'linux', browser: 'test', device: 'test' },
			...(options.shard === undefined ? {} : { shard: options.shard }),
		};
		const ws = new WebSocket(`${url}?v=10&encoding=json`);
		const client = new TestGatewayClient(ws);
		return new Promise((resolve, reject) => {
			ws.on('error', reject);
			ws.on('message', (raw) => {
				const payload = JSON.parse(String(raw));
				if (payload.op === 10) ws.send(JSON.stringify({ op: 2, d: identify }));
				if (payload.op === 9) reject(new Error('op 9 Invalid Session'));
				if (payload.op !== 0) return;
				const event = { t: payload.t as string, d: payload.d };
				client.events.push(event);
				if (event.t === 'READY') resolve(client);
				for (const waiter of [...client.#waiters]) {
					if (waiter.match(event)) {
						client.#waiters.splice(client.#waiters.indexOf(waiter), 1);
						waiter.resolve(event);
					}
				}
			});
		});
	}

	/** The first dispatch (already seen or future) of `type` that passes `match`. */
	next(type: string, match: (d: any) => boolean = () => true): Promise<any> {
		const seen = this.events.find((e) => e.t === type && match(e.d));
		if (seen !== undefined) return Promise.resolve(seen.d);
		return new Promise((resolve) => this.#waiters.push({ match: (e) => e.t === type && match(e.d), resolve: (e) => resolve(e.d) }));
	}

	/** Sends a raw payload (e.g. opcode 4, a voice state update). */
	send(payload: unknown): void {
		this.#ws.send(JSON.stringify(payload));
	}

	close(): void {
		this.#ws.close(1000);
	}
}
