/**
 * A small client of the mock's control API over plain HTTP, as a test in another language
 * or process would use it. Going through HTTP (not the in-process methods) keeps the
 * control API itself under test.
 */
export interface MockStateGuild {
	readonly id: string;
	readonly name: string;
	readonly channels: readonly { readonly id: string; readonly name: string; readonly type: number }[];
}

export interface MockState {
	readonly guilds: readonly MockStateGuild[];
	readonly users: readonly { readonly id: string; readonly username: string; readonly bot: boolean }[];
}

export interface MockMessage {
	readonly id: string;
	readonly channel_id: string;
	readonly content: string;
	readonly author: { readonly id: string };
	readonly components?: readonly unknown[];
	readonly flags?: number;
}

export interface InteractionRecord {
	readonly responses: readonly { readonly type: number; readonly data?: Record<string, unknown> }[];
	readonly followups: readonly MockMessage[];
}

export class ControlClient {
	readonly #base: string;

	constructor(controlUrl: string) {
		this.#base = controlUrl;
	}

	async #call<T>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await fetch(`${this.#base}${path}`, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? null : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`control ${method} ${path} → ${response.status}: ${text}`);
		return (text ? JSON.parse(text) : undefined) as T;
	}

	state(): Promise<MockState> {
		return this.#call('GET', '/state');
	}

	sendMessage(message: { author_id: string; channel_id: string; content: string; mentions?: string[] }): Promise<MockMessage> {
		return this.#call('POST', '/messages', message);
	}

	interact(interaction: Record<string, unknown>): Promise<{ id: string; token: string }> {
		return this.#call('POST', '/interactions', interaction);
	}

	interaction(id: string): Promise<InteractionRecord> {
		return this.#call('GET', `/interactions/${id}`);
	}

	messages(channelId: string): Promise<MockMessage[]> {
		return this.#call('GET', `/channels/${channelId}/messages`);
	}

	requests(): Promise<{ method: string; path: string; status: number }[]> {
		return this.#call('GET', '/requests');
	}

	fault(fault: Record<string, unknown>): Promise<unknown> {
		return this.#call('POST', '/faults', fault);
	}
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}
