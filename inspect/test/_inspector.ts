import WebSocket from 'ws';
import { parseInspectorMessage, type InspectorMessage } from 'ovenjs/inspector/protocol';

/** A client of an inspector, as the extension connects: the token in a header, every frame through the protocol's check. */
export interface InspectorClient {
	readonly messages: InspectorMessage[];
	/** Frames the protocol refused (there must be none). */
	readonly refused: string[];
	until<T extends InspectorMessage>(match: (m: InspectorMessage) => m is T, what: string, timeoutMs?: number): Promise<T>;
	until(match: (m: InspectorMessage) => boolean, what: string, timeoutMs?: number): Promise<InspectorMessage>;
	close(): void;
}

/** Connects to `url` with `token`. */
export function connectInspector(url: string, token: string): Promise<InspectorClient> {
	const socket = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } });
	const messages: InspectorMessage[] = [];
	const refused: string[] = [];
	socket.on('message', (data: Buffer) => {
		const message = parseInspectorMessage(JSON.parse(data.toString()));
		if (message === undefined) refused.push(data.toString().slice(0, 300));
		else messages.push(message);
	});
	const client: InspectorClient = {
		messages,
		refused,
		async until(match: (m: InspectorMessage) => boolean, what: string, timeoutMs = 15_000): Promise<never> {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const found = messages.find(match);
				if (found !== undefined) return found as never;
				if (Date.now() > deadline) throw new Error(`no ${what} from the inspector within ${timeoutMs} ms`);
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
		},
		close: () => socket.close(),
	};
	return new Promise((resolve, reject) => {
		socket.once('open', () => resolve(client));
		socket.once('error', reject);
	});
}
