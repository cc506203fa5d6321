import WebSocket from 'ws';
import { parseInspectorMessage, protocolMismatch, type InspectorMessage } from 'ovenjs/inspector/protocol';
import type { DiscoveredInspector } from './findInspectors.js';
import { OvenExtensionError } from './OvenExtensionError.js';

/** What an {@link InspectorConnection} reports. */
export interface InspectorConnectionHandlers {
	/** One stream message, `hello` first, each checked with the protocol's `parseInspectorMessage`. */
	readonly message: (message: InspectorMessage) => void;
	/**
	 * The socket opened; closed (with the reason, never the token or URL query); or the bot
	 * speaks a newer protocol than this extension (with the sentence to show), and was left.
	 */
	readonly status: (status: 'open' | 'closed' | 'incompatible', detail?: string) => void;
}

/** How the extension names itself when a bot speaks a newer protocol. */
const READER = { name: 'the OvenJS extension' } as const;

/**
 * A client of a running inspector's WebSocket: presents the access token, checks the
 * protocol version of the first frame, and passes on every frame that is a stream message
 * (malformed frames and message types of a newer sender are dropped).
 */
export class InspectorConnection {
	readonly #socket: WebSocket;
	#closed = false;
	#first = true;

	/** Connects to `target`; `handlers.status('closed', …)` reports a refused or lost connection. */
	constructor(target: Pick<DiscoveredInspector, 'url' | 'token'>, handlers: InspectorConnectionHandlers) {
		const url = new URL(target.url);
		if (url.protocol !== 'ws:' || !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
			throw new OvenExtensionError(
				'EXTENSION_INSPECTOR_CONNECTION_FAILED',
				`The inspector must listen on loopback (ws://127.0.0.1:…), not ${url.host}; check the discovery file.`,
			);
		}
		// In a header only: a URL's query ends up in logs and error messages.
		this.#socket = new WebSocket(url, { headers: { authorization: `Bearer ${target.token}` } });
		this.#socket.on('open', () => handlers.status('open'));
		this.#socket.on('message', (data, isBinary) => {
			if (isBinary || this.#closed) return;
			let frame: unknown;
			try {
				frame = JSON.parse(data.toString());
			} catch {
				return;
			}
			if (this.#first) {
				this.#first = false;
				const mismatch = protocolMismatch(frame, READER);
				if (mismatch !== undefined) {
					this.close();
					handlers.status('incompatible', mismatch);
					return;
				}
			}
			const message = parseInspectorMessage(frame);
			if (message !== undefined) handlers.message(message);
		});
		this.#socket.on('unexpected-response', (_request, response) => {
			handlers.status(
				'closed',
				response.statusCode === 401 || response.statusCode === 403
					? 'the inspector refused the access token'
					: `the inspector answered HTTP ${response.statusCode}`,
			);
			this.#socket.terminate();
		});
		this.#socket.on('error', (error: NodeJS.ErrnoException) => {
			if (!this.#closed) handlers.status('closed', error.code ?? 'connection error');
		});
		this.#socket.on('close', (code) => {
			if (!this.#closed) handlers.status('closed', `closed with code ${code}`);
			this.#closed = true;
		});
	}

	/** Closes the connection; calling it again does nothing. */
	close(): void {
		if (this.#closed) return;
		this.#closed = true;
		this.#socket.close(1000);
	}
}
