import { mkdtemp } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics, Inspector, LocalAccess, serveMetrics } from 'ovenjs';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
	for (const step of cleanup.splice(0).reverse()) await step();
});

/** One GET, or a WebSocket handshake with `upgrade`, with exactly these headers; resolves the status (101 when upgraded). */
function status(url: string, headers: Record<string, string>, upgrade = false): Promise<number> {
	return new Promise((resolve, reject) => {
		const upgradeHeaders = {
			connection: 'Upgrade',
			upgrade: 'websocket',
			'sec-websocket-version': '13',
			'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
		};
		const req = request(url.replace(/^ws/, 'http'), { headers: { ...(upgrade ? upgradeHeaders : {}), ...headers } });
		req.on('upgrade', (res, socket) => {
			socket.destroy();
			resolve(res.statusCode ?? 0);
		});
		req.on('response', (res) => {
			res.resume();
			resolve(res.statusCode ?? 0);
		});
		req.on('error', reject);
		req.end();
	});
}

async function inspector(options: ConstructorParameters<typeof Inspector>[0] = {}): Promise<{ url: string; token: string }> {
	const started = new Inspector({ discoveryDir: await mkdtemp(join(tmpdir(), 'oven-access-')), ...options });
	cleanup.push(() => started.close());
	return started.start();
}

describe('LocalAccess', () => {
	it('lets programs in (no Origin, an IP or localhost as Host) and refuses browsers and other names', () => {
		const access = new LocalAccess('127.0.0.1');
		for (const host of ['127.0.0.1:80', 'localhost:1', '[::1]:2', 'a.localhost', 'localhost.:3', undefined])
			expect({ host, refusal: access.refusal(host === undefined ? {} : { host }) }).toEqual({ host, refusal: undefined });
		expect(access.refusal({ host: 'evil.example:80' })).toMatch(/Host "evil.example:80" is refused/);
		for (const host of ['localhost.evil.example', '127.0.0.1.evil.example', 'evil.example@127.0.0.1', '127.0.0.1/x', ''])
			expect({ host, refused: access.refusal({ host }) !== undefined }).toEqual({ host, refused: true });
		expect(access.refusal({ host: '127.0.0.1', origin: 'http://127.0.0.1:3000' })).toMatch(/Origin http:\/\/127.0.0.1:3000/);
		expect(access.refusal({ host: '127.0.0.1', 'sec-fetch-site': 'same-site' })).toBeDefined();
	});

	it('accepts any Host when bound off loopback, unless names are listed; Origins stay refused', () => {
		const open = new LocalAccess('0.0.0.0');
		expect(open.refusal({ host: 'bot.internal:9100' })).toBeUndefined();
		expect(open.refusal({ host: 'bot.internal:9100', origin: 'http://evil.example' })).toBeDefined();
		const named = new LocalAccess('0.0.0.0', { allowedHosts: ['bot.internal'] });
		expect(named.refusal({ host: 'bot.internal:9100' })).toBeUndefined();
		expect(named.refusal({ host: 'other.internal:9100' })).toBeDefined();
	});
});

describe('the inspector and the metrics endpoint refuse web pages', () => {
	it('the inspector refuses a page holding the token (Origin) and a rebinding page (Host), and takes an allowed origin', async () => {
		const { url, token } = await inspector();
		const auth = { authorization: `Bearer ${token}` };
		expect(await status(url, auth, true)).toBe(101);
		expect(await status(`${url}?token=${token}`, { origin: 'http://evil.example' }, true)).toBe(403);
		expect(await status(url, { ...auth, host: `evil.example:${new URL(url).port}` }, true)).toBe(403);
		const allowing = await inspector({ access: { allowedOrigins: ['vscode-webview://abc'] } });
		expect(await status(allowing.url, { authorization: `Bearer ${allowing.token}`, origin: 'vscode-webview://abc' }, true)).toBe(101);
	});

	it('/metrics answers Prometheus and curl, and refuses a page', async () => {
		const metrics = await createMetrics();
		const server = await serveMetrics(metrics);
		cleanup.push(() => server.close());
		const port = new URL(server.url).port;
		expect(await status(server.url, {})).toBe(200);
		expect(await status(server.url, { host: `localhost:${port}` })).toBe(200);
		expect(await status(server.url, { host: `evil.example:${port}` })).toBe(403);
		expect(await status(server.url, { origin: 'http://evil.example' })).toBe(403);
		expect(await status(server.url, { 'sec-fetch-site': 'cross-site' })).toBe(403);
	});
});
