import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * Who may reach one of the local servers OvenJS runs: the mock Discord (REST, gateway, control
 * API), the inspector, the metrics endpoint. See {@link LocalAccess}.
 */
export interface LocalAccessOptions {
	/**
	 * Browser origins allowed in, exactly as browsers send them in `Origin`
	 * (`http://localhost:5173`). Default none: every request that carries an `Origin` (browsers
	 * send one with any cross-site call and with every WebSocket) is refused. Programs (bots,
	 * discord.js, curl, the editor extension) send none.
	 */
	readonly allowedOrigins?: readonly string[];
	/**
	 * Names accepted in the `Host` header besides IP addresses, `localhost` and `*.localhost`;
	 * `'*'` accepts any. Default none when the server is bound to loopback (a DNS-rebinding page
	 * sends its own domain there), any when it was bound to another interface on purpose.
	 */
	readonly allowedHosts?: readonly string[];
}

/** Interfaces that only this machine reaches. */
function isLoopback(host: string): boolean {
	const name = host.replace(/^\[|\]$/g, '').toLowerCase();
	return name === 'localhost' || name === '::1' || name.startsWith('127.');
}

/** `host[:port]`, the host a bracketed IPv6 address or a name. */
const HOST_HEADER = /^(?:\[([\da-f:.]+)\]|([^:/?#@[\]\s]+))(?::\d*)?$/i;

/**
 * The host name a `Host` header names (without port, brackets or a trailing dot), lowercased;
 * undefined when it is not one. Browsers send it normalised (`127.0.0.1`, not `127.1`).
 */
function hostName(header: string): string | undefined {
	const match = HOST_HEADER.exec(header);
	return (match?.[1] ?? match?.[2])?.replace(/\.$/, '').toLowerCase();
}

/**
 * The rule every local server of OvenJS applies before anything else, so that a web page the
 * bot author opens cannot use it:
 * - a request with an `Origin` not listed in `allowedOrigins` is refused (cross-site calls,
 *   WebSockets from a page);
 * - a browser request from another site without `Origin` (an image or script tag) is refused
 *   by its `Sec-Fetch-Site`;
 * - a `Host` that names a domain other than `localhost` is refused, unless allowed: after DNS
 *   rebinding, a page's requests reach 127.0.0.1 with its own domain as `Host`.
 */
export class LocalAccess {
	readonly #origins: ReadonlySet<string>;
	readonly #hosts: ReadonlySet<string>;

	/**
	 * @param bindHost The interface the server listens on; off loopback, any `Host` is accepted
	 * unless `allowedHosts` says otherwise.
	 * @param options Origins and hosts to let in.
	 */
	public constructor(bindHost: string, options: LocalAccessOptions = {}) {
		this.#origins = new Set((options.allowedOrigins ?? []).map((origin) => origin.replace(/\/+$/, '').toLowerCase()));
		this.#hosts = new Set(
			(options.allowedHosts ?? (isLoopback(bindHost) ? [] : ['*'])).map((host) => host.replace(/\.$/, '').toLowerCase()),
		);
	}

	/** Why a request with these headers must be refused, in a sentence that says what to do; undefined when it may go on. */
	public refusal(headers: IncomingHttpHeaders): string | undefined {
		const origin = headers.origin;
		if (origin !== undefined) {
			if (this.#origins.has(origin.toLowerCase())) return undefined;
			return `Requests from web pages (Origin ${origin}) are refused; allow this origin with the server's access.allowedOrigins option if it is yours.`;
		}
		const site = headers['sec-fetch-site'];
		if (site !== undefined && site !== 'none' && site !== 'same-origin')
			return `Requests from other sites (Sec-Fetch-Site: ${site}) are refused.`;
		return this.#hostRefusal(headers.host);
	}

	/** Answers a refused HTTP request with 403 and the reason as plain text; returns whether it did. */
	public refuseRequest(request: IncomingMessage, response: ServerResponse): boolean {
		const reason = this.refusal(request.headers);
		if (reason === undefined) return false;
		response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end(`${reason}\n`);
		return true;
	}

	/** Ends a refused WebSocket upgrade with 403 and the reason; returns whether it did. */
	public refuseUpgrade(request: IncomingMessage, socket: Duplex): boolean {
		const reason = this.refusal(request.headers);
		if (reason === undefined) return false;
		socket.end(
			`HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`,
		);
		return true;
	}

	#hostRefusal(header: string | undefined): string | undefined {
		// HTTP/1.0 clients may send none; browsers always do.
		if (header === undefined || this.#hosts.has('*')) return undefined;
		const name = hostName(header);
		if (name !== undefined && (isIP(name) !== 0 || name === 'localhost' || name.endsWith('.localhost') || this.#hosts.has(name)))
			return undefined;
		return `Host ${JSON.stringify(header)} is refused: use 127.0.0.1 or localhost, or allow this name with the server's access.allowedHosts option.`;
	}
}
