import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { type MockDiscord, type MockDiscordOptions, DefaultIds as D, defaultScenario, serveGateway, World } from '../src/index.js';
import { startMock } from './_helpers.js';

const mocks: { close(): Promise<void> }[] = [];
afterEach(async () => {
	for (const mock of mocks.splice(0)) await mock.close();
});

async function started(options: MockDiscordOptions = {}): Promise<MockDiscord> {
	const mock = await startMock(options);
	mocks.push(mock);
	return mock;
}

/** One request with exactly these headers (a browser's, or a rebinding page's `Host`); resolves status and body. */
function send(
	url: string,
	init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request(url, { method: init.method ?? 'GET', headers: init.headers ?? {} }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', reject);
		req.end(init.body);
	});
}

/** A WebSocket handshake with these headers; resolves 101 when accepted, else the status it was refused with. */
function upgrade(url: string, headers: Record<string, string> = {}): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = request(url.replace(/^ws/, 'http'), {
			headers: {
				connection: 'Upgrade',
				upgrade: 'websocket',
				'sec-websocket-version': '13',
				'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
				...headers,
			},
		});
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

const multipart = (boundary: string, json: object): string =>
	`--${boundary}\r\ncontent-disposition: form-data; name="payload_json"\r\ncontent-type: application/json\r\n\r\n${JSON.stringify(json)}\r\n--${boundary}--\r\n`;

describe('a web page cannot drive the mock', () => {
	it('refuses a form POST to the control API from another origin, and dispatches nothing', async () => {
		const mock = await started();
		const before = (await mock.messages(D.general)).length;
		const boundary = 'x1';
		const form = await send(`${mock.control}/messages`, {
			method: 'POST',
			headers: { origin: 'http://evil.example', 'content-type': `multipart/form-data; boundary=${boundary}` },
			body: multipart(boundary, { author_id: D.alice, channel_id: D.general, content: 'sent by a web page' }),
		});
		expect(form.status).toBe(403);
		expect(JSON.parse(form.body)).toEqual({ message: expect.stringContaining('allowedOrigins'), code: 0 });
		expect((await mock.messages(D.general)).length).toBe(before);
	});

	it('takes only JSON bodies on the control API, whoever sends them', async () => {
		const mock = await started();
		const body = { author_id: D.alice, channel_id: D.general, content: 'hi' };
		for (const [type, text] of [
			['multipart/form-data; boundary=x1', multipart('x1', body)],
			['text/plain', JSON.stringify(body)],
			['application/x-www-form-urlencoded', 'author_id=1'],
		] as const) {
			const answer = await send(`${mock.control}/messages`, { method: 'POST', headers: { 'content-type': type }, body: text });
			expect({ type, status: answer.status }).toEqual({ type, status: 415 });
		}
		expect((await mock.messages(D.general)).some((m) => m.content === 'hi')).toBe(false);
		const json = await send(`${mock.control}/messages`, {
			method: 'POST',
			headers: { 'content-type': 'application/json; charset=utf-8' },
			body: JSON.stringify(body),
		});
		expect(json.status).toBe(201);
	});

	it('refuses a Host naming another domain (DNS rebinding) on every path, and takes 127.0.0.1 and localhost', async () => {
		const mock = await started();
		const port = new URL(mock.control).port;
		const evil = { host: `rebind.evil.example:${port}` };
		expect((await send(`${mock.control}/state`, { headers: evil })).status).toBe(403);
		const created = await send(`${mock.control}/interactions`, {
			method: 'POST',
			headers: { ...evil, 'content-type': 'application/json' },
			body: JSON.stringify({ type: 'application_command', user_id: D.alice, channel_id: D.general, name: 'ping' }),
		});
		expect(created.status).toBe(403);
		expect((await send(`${mock.api}/v10/users/@me`, { headers: { ...evil, authorization: `Bot ${mock.token}` } })).status).toBe(403);
		expect(await upgrade(`${mock.gateway}?v=10&encoding=json`, evil)).toBe(403);
		for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST.:${port}`, `app.localhost:${port}`])
			expect({ host, status: (await send(`${mock.control}/state`, { headers: { host } })).status }).toEqual({ host, status: 200 });
	});

	it('refuses browsers on REST and the gateway too: an Origin, or a request from another site without one', async () => {
		const mock = await started();
		const auth = { authorization: `Bot ${mock.token}` };
		expect((await send(`${mock.api}/v10/users/@me`, { headers: { ...auth, origin: 'http://evil.example' } })).status).toBe(403);
		expect((await send(`${mock.control}/state`, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
		expect((await send(`${mock.control}/state`, { headers: { 'sec-fetch-site': 'none' } })).status).toBe(200);
		expect(await upgrade(`${mock.gateway}?v=10&encoding=json`, { origin: 'http://evil.example' })).toBe(403);
		expect(await upgrade(`${mock.gateway}?v=10&encoding=json`, { origin: 'null' })).toBe(403);
		// What programs send: no Origin.
		expect((await send(`${mock.api}/v10/users/@me`, { headers: auth })).status).toBe(200);
		expect(await upgrade(`${mock.gateway}?v=10&encoding=json`)).toBe(101);
	});

	it('lets in an origin and a host name named in access', async () => {
		const mock = await started({ access: { allowedOrigins: ['http://localhost:5173'], allowedHosts: ['mock.internal'] } });
		const port = new URL(mock.control).port;
		expect((await send(`${mock.control}/state`, { headers: { origin: 'http://localhost:5173' } })).status).toBe(200);
		expect((await send(`${mock.control}/state`, { headers: { origin: 'http://localhost:5174' } })).status).toBe(403);
		expect(await upgrade(`${mock.gateway}?v=10&encoding=json`, { origin: 'http://localhost:5173' })).toBe(101);
		expect((await send(`${mock.control}/state`, { headers: { host: `mock.internal:${port}` } })).status).toBe(200);
	});

	it('serveGateway refuses web pages as well', async () => {
		const served = await serveGateway(new World(defaultScenario));
		mocks.push(served);
		expect(await upgrade(`${served.url}?v=10&encoding=json`, { origin: 'http://evil.example' })).toBe(403);
		expect(await upgrade(`${served.url}?v=10&encoding=json`, { host: 'evil.example' })).toBe(403);
	});
});
