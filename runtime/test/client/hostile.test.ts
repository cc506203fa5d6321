import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Client, createClient, GatewayBotError, OvenClientError } from 'ovenjs';
import type { GatewayIntentName } from 'ovenjs/knowledge';
import { HostileGateway } from '../gateway/_hostileGateway.js';
import { startEchoServer } from '../rest/_echoServer.js';
import { until } from './_setup.js';

let gateway: HostileGateway | undefined;
let client: Client<GatewayIntentName> | undefined;
afterEach(async () => {
	vi.restoreAllMocks();
	await client?.destroy();
	await gateway?.close();
	client = undefined;
	gateway = undefined;
});

/** A client on `gateway` (no REST call needed: the gateway URL and shard count are given). */
function bot(url: string): Client<'Guilds' | 'GuildMembers'> {
	const made = createClient({
		token: 'hostile-client-token',
		intents: ['Guilds', 'GuildMembers'],
		api: 'http://127.0.0.1:9/api',
		gateway: url,
		shards: 1,
		shard: { compression: 'none', identifyWindow: 0, helloTimeout: 2000, readyTimeout: 2000 },
	});
	client = made as unknown as Client<GatewayIntentName>;
	return made;
}

/** Collects what is written to stderr while `spy` is installed. */
function captureStderr(): string[] {
	const lines: string[] = [];
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
		lines.push(String(chunk));
		return true;
	});
	return lines;
}

describe('a client on a hostile gateway', () => {
	it('READY without d: a protocolError warning, and login still completes on the next connection', async () => {
		gateway = await HostileGateway.start({
			onHandshake: (connection) => {
				if (connection.index > 0) return false;
				void connection.send({ op: 0, s: 1, t: 'READY' });
				return true;
			},
		});
		const c = bot(gateway.url);
		const warnings: unknown[] = [];
		c.on('warn', (warning) => void warnings.push(warning));
		await c.login();
		expect(warnings).toContainEqual(expect.objectContaining({ kind: 'protocolError', op: 0 }));
		expect(c.isReady).toBe(true);
	});

	it('a GUILD_MEMBER_ADD whose data has no user reaches error as CLIENT_MALFORMED_EVENT; later events still arrive', async () => {
		gateway = await HostileGateway.start();
		const c = bot(gateway.url);
		const errors: Error[] = [];
		const added: string[] = [];
		c.on('error', (error) => void errors.push(error));
		c.on('guildMemberAdd', (member) => void added.push(member.id));
		await c.login();
		gateway.dispatch('GUILD_MEMBER_ADD', { guild_id: '1' });
		gateway.dispatch('GUILD_MEMBER_ADD', { guild_id: '1', user: { id: '42', username: 'x' }, roles: [], joined_at: '' });
		await until(() => (added.length === 1 ? true : undefined));
		expect(added).toEqual(['42']);
		expect(errors.some((e) => e instanceof OvenClientError && e.code === 'CLIENT_MALFORMED_EVENT')).toBe(true);
	});
});

describe('a client whose API answers nonsense', () => {
	it('GET /gateway/bot without url, shards or session_start_limit: login rejects with GatewayBotError, not a TypeError', async () => {
		const api = await startEchoServer((_seen, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"url": 5}'));
		try {
			const made = createClient({ token: 'hostile-client-token', intents: ['Guilds'], api: api.api });
			client = made as unknown as Client<GatewayIntentName>;
			const error = await made.login().catch((e: unknown) => e);
			expect(error).toBeInstanceOf(GatewayBotError);
			expect((error as GatewayBotError).message).toContain('gateway-bot info');
		} finally {
			await api.close();
		}
	});
});

describe('errors thrown by listeners', () => {
	it('with no error listener, are printed to stderr with the event name', async () => {
		gateway = await HostileGateway.start();
		const c = bot(gateway.url);
		const stderr = captureStderr();
		c.on('guildCreate', () => {
			throw new Error('listener bug 1');
		});
		await c.login();
		gateway.dispatch('GUILD_CREATE', { id: '7', name: 'g', channels: [], members: [], roles: [] });
		await until(() => (stderr.some((line) => line.includes('listener bug 1')) ? true : undefined));
		const printed = stderr.join('');
		expect(printed).toContain('"guildCreate"');
		expect(printed).toContain('listener bug 1');
		expect(printed).not.toContain('hostile-client-token');
	});

	it('thrown by an error or warn listener itself, are printed to stderr instead of dropped', async () => {
		gateway = await HostileGateway.start();
		const c = bot(gateway.url);
		const stderr = captureStderr();
		c.on('error', () => {
			throw new Error('error handler bug');
		});
		c.on('guildCreate', () => {
			throw new Error('listener bug 2');
		});
		await c.login();
		gateway.dispatch('GUILD_CREATE', { id: '8', name: 'g', channels: [], members: [], roles: [] });
		await until(() => (stderr.some((line) => line.includes('error handler bug')) ? true : undefined));
		expect(stderr.join('')).toContain('"error"');
	});

	it('with an error listener, reach it and nothing is printed', async () => {
		gateway = await HostileGateway.start();
		const c = bot(gateway.url);
		const stderr = captureStderr();
		const errors: Error[] = [];
		c.on('error', (error) => void errors.push(error));
		c.on('guildCreate', () => {
			throw new Error('listener bug 3');
		});
		await c.login();
		gateway.dispatch('GUILD_CREATE', { id: '9', name: 'g', channels: [], members: [], roles: [] });
		await until(() => (errors.length > 0 ? true : undefined));
		expect((errors[0]?.cause as Error).message).toBe('listener bug 3');
		expect(stderr.join('')).not.toContain('listener bug 3');
	});
});
