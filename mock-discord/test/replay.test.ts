import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INSPECTOR_PROTOCOL_VERSION, type InspectorMessage } from 'ovenjs/inspector/protocol';
import { createMockDiscord, parseRecording, ReplayError, type MockDiscord } from '../src/index.js';
import { TestGatewayClient } from './_gatewayClient.js';

const GUILD = '900000000000000001';
const CHANNEL = '900000000000000002';
const BOT = '900000000000000003';
const ALICE = '900000000000000004';
const APP = '900000000000000005';
const T0 = 1_700_000_000_000;

const hello: InspectorMessage = {
	type: 'hello',
	protocol: INSPECTOR_PROTOCOL_VERSION,
	source: 'bot',
	library: 'ovenjs',
	name: 'bot',
	pid: 1,
	replayed: 0,
};
const packet = (t: string, d: unknown, at: number, guildId: string | null = GUILD): InspectorMessage => ({
	type: 'packet',
	shardId: 0,
	direction: 'in',
	op: 0,
	t,
	guildId,
	payload: { op: 0, t, s: 1, d } as never,
	at,
});
const rest = (
	method: string,
	path: string,
	status: number,
	responseBody: unknown,
	extra: Partial<InspectorMessage> = {},
): InspectorMessage =>
	({
		type: 'rest',
		id: 1,
		method,
		route: path,
		path,
		status,
		durationMs: 5,
		attempt: 1,
		bucket: 'b1',
		remaining: 4,
		limit: 5,
		resetAfterMs: 1000,
		responseBody,
		at: T0,
		...extra,
	}) as InspectorMessage;

const ready = packet(
	'READY',
	{
		v: 10,
		user: { id: BOT, username: 'recorded-bot', bot: true },
		guilds: [{ id: GUILD, unavailable: true }],
		application: { id: APP, flags: 0 },
		session_id: 'x',
		shard: [0, 1],
	},
	T0,
	null,
);
const guildCreate = packet(
	'GUILD_CREATE',
	{
		id: GUILD,
		name: 'Recorded Bakery',
		owner_id: ALICE,
		roles: [{ id: GUILD, name: '@everyone', permissions: '3072' }],
		channels: [{ id: CHANNEL, name: 'ovens', type: 0, position: 0 }],
		members: [
			{ user: { id: ALICE, username: 'alice' }, roles: [] },
			{ user: { id: BOT, username: 'recorded-bot', bot: true }, roles: [] },
		],
	},
	T0 + 5,
);
const message = (content: string, at: number): InspectorMessage =>
	packet(
		'MESSAGE_CREATE',
		{
			id: String(BigInt(CHANNEL) + BigInt(at - T0)),
			channel_id: CHANNEL,
			guild_id: GUILD,
			content,
			author: { id: ALICE, username: 'alice' },
		},
		at,
	);

function write(lines: readonly (InspectorMessage | string)[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'oven-replay-'));
	const file = join(dir, 'session.jsonl');
	writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
	return file;
}

let mock: MockDiscord | undefined;
let client: TestGatewayClient | undefined;
afterEach(async () => {
	client?.close();
	await mock?.close();
	mock = undefined;
	client = undefined;
});

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; headers: Headers; body: unknown }> {
	const response = await fetch(`${mock!.api}/v10${path}`, {
		method,
		headers: { authorization: `Bot ${mock!.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
		...(body === undefined ? {} : { body: JSON.stringify(body) }),
	});
	const text = await response.text();
	return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

describe('replaying a recorded session (createMockDiscord({ replay }))', () => {
	it('serves the recorded world and dispatches at their recorded pace', async () => {
		const file = write([hello, ready, guildCreate, message('first', T0 + 300), message('second', T0 + 450)]);
		mock = await createMockDiscord({ replay: file });
		expect(mock.applicationId).toBe(APP);
		client = await TestGatewayClient.connect(mock.gateway, mock.token);
		const readyAt = Date.now();
		const readyData = client.events.find((e) => e.t === 'READY')?.d;
		expect(readyData.user).toMatchObject({ id: BOT, username: 'recorded-bot' });
		const guild = await client.next('GUILD_CREATE');
		expect(guild).toMatchObject({ id: GUILD, name: 'Recorded Bakery', owner_id: ALICE });
		expect(guild.channels.map((c: { id: string; name: string }) => [c.id, c.name])).toEqual([[CHANNEL, 'ovens']]);
		const first = await client.next('MESSAGE_CREATE', (d) => d.content === 'first');
		const firstAt = Date.now();
		await client.next('MESSAGE_CREATE', (d) => d.content === 'second');
		expect(firstAt - readyAt).toBeGreaterThanOrEqual(250);
		expect(Date.now() - firstAt).toBeGreaterThanOrEqual(100);
		expect(first).toMatchObject({ channel_id: CHANNEL, author: { id: ALICE } });
		await mock.replay!.done;
		expect(mock.replay!.progress()).toEqual({ dispatched: 2, total: 2, unusedAnswers: 0 });
	});

	it('answers REST from the recording in order (a 429 with its headers, then the success), then from the world', async () => {
		const file = write([
			hello,
			ready,
			guildCreate,
			rest(
				'POST',
				`/channels/${CHANNEL}/messages`,
				429,
				{ message: 'You are being rate limited.', retry_after: 0.2, global: false },
				{ remaining: 0 },
			),
			rest('POST', `/channels/${CHANNEL}/messages`, 200, { id: '1', content: 'recorded answer' }),
			rest('GET', `/channels/${CHANNEL}/messages?limit=1`, 200, [{ id: '1', content: 'recorded answer' }]),
		]);
		mock = await createMockDiscord({ replay: { file, pace: 'fast' } });
		client = await TestGatewayClient.connect(mock.gateway, mock.token);
		await mock.replay!.done;
		const limited = await call('POST', `/channels/${CHANNEL}/messages`, { content: 'hi' });
		expect(limited.status).toBe(429);
		expect(limited.headers.get('retry-after')).toBe('1');
		expect(limited.headers.get('x-ratelimit-bucket')).toBe('b1');
		expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
		expect(await call('POST', `/channels/${CHANNEL}/messages`, { content: 'hi' })).toMatchObject({
			status: 200,
			body: { content: 'recorded answer' },
		});
		expect((await call('GET', `/channels/${CHANNEL}/messages?limit=1`)).body).toEqual([{ id: '1', content: 'recorded answer' }]);
		// Nothing recorded is left for this path: the mock's world answers, in the recorded guild.
		const fromWorld = await call('POST', `/channels/${CHANNEL}/messages`, { content: 'new' });
		expect(fromWorld).toMatchObject({ status: 200, body: { content: 'new', channel_id: CHANNEL } });
		expect(mock.replay!.requests.map((r) => [r.method, r.path, r.status, r.fromRecording, r.body])).toEqual([
			['POST', `/channels/${CHANNEL}/messages`, 429, true, { content: 'hi' }],
			['POST', `/channels/${CHANNEL}/messages`, 200, true, { content: 'hi' }],
			['GET', `/channels/${CHANNEL}/messages?limit=1`, 200, true, null],
			['POST', `/channels/${CHANNEL}/messages`, 200, false, { content: 'new' }],
		]);
	});

	it('holds a dispatch until the bot made the REST calls the recording had before it (fast pace)', async () => {
		const file = write([
			hello,
			ready,
			guildCreate,
			rest('GET', '/users/@me', 200, { id: BOT, username: 'recorded-bot' }),
			message('after the call', T0 + 10),
		]);
		mock = await createMockDiscord({ replay: { file, pace: 'fast', waitForBotMs: 10_000 } });
		client = await TestGatewayClient.connect(mock.gateway, mock.token);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(client.events.some((e) => e.t === 'MESSAGE_CREATE')).toBe(false);
		expect((await call('GET', '/users/@me')).body).toEqual({ id: BOT, username: 'recorded-bot' });
		await client.next('MESSAGE_CREATE', (d) => d.content === 'after the call');
	});

	it('gives a recorded interaction a fresh token the mock accepts', async () => {
		const interaction = packet(
			'INTERACTION_CREATE',
			{
				id: '910000000000000001',
				application_id: APP,
				type: 2,
				token: '[redacted]',
				guild_id: GUILD,
				channel_id: CHANNEL,
				member: { user: { id: ALICE, username: 'alice' } },
				data: { id: '1', name: 'ping', type: 1 },
			},
			T0 + 10,
		);
		mock = await createMockDiscord({ replay: { file: write([hello, ready, guildCreate, interaction]), pace: 'fast' } });
		client = await TestGatewayClient.connect(mock.gateway, mock.token);
		const received = await client.next('INTERACTION_CREATE');
		expect(received.token).not.toBe('[redacted]');
		const callback = await fetch(`${mock.api}/v10/interactions/${received.id}/${received.token}/callback`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ type: 4, data: { content: 'pong' } }),
		});
		expect(callback.status).toBe(204);
		expect((await mock.interaction(received.id)).responses).toEqual([{ type: 4, data: expect.objectContaining({ content: 'pong' }) }]);
	});

	it('refuses what it cannot replay, saying why and where', async () => {
		const cases: [readonly (InspectorMessage | string)[] | undefined, string, RegExp][] = [
			[undefined, 'MOCK_REPLAY_UNREADABLE', /Cannot read the recording/],
			[['not json'], 'MOCK_REPLAY_INVALID', /session\.jsonl:1 is not JSON/],
			[[ready], 'MOCK_REPLAY_INVALID', /is not an inspector hello/],
			[
				[{ ...hello, protocol: INSPECTOR_PROTOCOL_VERSION + 1 }],
				'MOCK_REPLAY_PROTOCOL',
				/newer than @ovenjs\/mock-discord understands.*update @ovenjs\/mock-discord/,
			],
			[[hello, '{"type":"packet","shardId":"x"}'], 'MOCK_REPLAY_INVALID', /session\.jsonl:2 is a malformed inspector message/],
			[[hello, message('no ready', T0)], 'MOCK_REPLAY_NO_READY', /has no READY/],
		];
		for (const [lines, code, text] of cases) {
			const file = lines === undefined ? join(tmpdir(), 'oven-no-such-dir', 'session.jsonl') : write(lines);
			await expect(createMockDiscord({ replay: file })).rejects.toSatisfy(
				(error: unknown) => error instanceof ReplayError && error.code === code && text.test(error.message),
			);
		}
		// A type a newer sender added is skipped, not an error.
		expect(parseRecording([hello, ready, { type: 'voice', at: 1 }].map((m) => JSON.stringify(m)).join('\n'), 'x').dispatches).toEqual([]);
	});
});

describe('oven-mock --replay', () => {
	const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
	const run = (args: string[]) => spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: 'pipe' });

	it('plays a recording to the bot that connects, and logs how far it got', async () => {
		const child = run(['--port', '0', '--replay', write([hello, ready, guildCreate, message('from the file', T0 + 20)]), '--fast']);
		try {
			const lines = createInterface({ input: child.stdout });
			const log: string[] = [];
			const first = await new Promise<string>((resolve) => lines.once('line', resolve));
			lines.on('line', (line) => log.push(line));
			const info = JSON.parse(first) as { gateway: string; token: string; applicationId: string };
			expect(info.applicationId).toBe(APP);
			client = await TestGatewayClient.connect(info.gateway, info.token);
			await client.next('MESSAGE_CREATE', (d) => d.content === 'from the file');
			while (!log.some((line) => line.startsWith('replay: all 1 dispatches sent'))) await new Promise((resolve) => setTimeout(resolve, 20));
		} finally {
			child.kill('SIGTERM');
			await once(child, 'exit');
		}
	});

	it('exits 2 on a recording it cannot read, and on --fast without --replay', async () => {
		for (const args of [['--replay', join(tmpdir(), 'oven-no-such-file.jsonl')], ['--fast']]) {
			const child = run(args);
			let stderr = '';
			child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
			const [code] = (await once(child, 'exit')) as [number];
			expect(code, stderr).toBe(2);
			expect(stderr).toMatch(/oven-mock: (Cannot read the recording|--fast goes with --replay)/);
		}
	});
});
