import { DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';
import { type Client, createCache, createClient, OvenClientError, type Message } from 'ovenjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fastShards, nextCall, startMock, until } from './_setup.js';

let mock: MockDiscord;
const clients: { destroy(): Promise<void> }[] = [];

beforeEach(async () => {
	mock = await startMock();
});
afterEach(async () => {
	await Promise.all(clients.splice(0).map((client) => client.destroy()));
	await mock.close();
});

function bot() {
	const client = createClient({
		token: mock.token,
		intents: ['Guilds', 'GuildMessages', 'MessageContent'],
		api: mock.api,
		shard: fastShards,
	});
	clients.push(client);
	return client;
}

describe('createClient', () => {
	it('logs in through GET /gateway/bot, fires ready and knows its user and shards', async () => {
		const client = bot();
		const ready = nextCall<[]>();
		const shardReady = nextCall<[number, unknown]>();
		let userAtReady: string | undefined;
		client.on('ready', () => {
			userAtReady = client.user?.id;
			ready.listener();
		});
		client.on('shardReady', shardReady.listener);
		expect(client.user).toBeUndefined();
		expect(client.shards).toEqual([]);
		await expect(client.login()).resolves.toBe(client);
		await ready.called;
		expect(userAtReady).toBe(DefaultIds.bot);
		expect((await shardReady.called)[0]).toBe(0);
		expect(client.user?.id).toBe(DefaultIds.bot);
		expect(client.user?.bot).toBe(true);
		expect(client.applicationId).toBe(mock.applicationId);
		expect(client.shards.map(({ id, status }) => ({ id, status }))).toEqual([{ id: 0, status: 'ready' }]);
		expect(client.isReady).toBe(true);
		await until(() => client.shards[0]?.latency);
		expect(client.shards[0]?.latency).toBeGreaterThanOrEqual(0);
	});

	it('answers !ping with message.reply(), which the mock records as a reply', async () => {
		const client = bot();
		const seen: Message<string>[] = [];
		client.on('messageCreate', async (message, shardId) => {
			expect(shardId).toBe(0);
			seen.push(message);
			if (message.content === '!ping') await message.reply('pong');
		});
		await client.login();
		const ping = await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: '!ping' });
		const reply = await until(async () => (await mock.messages(DefaultIds.general)).find((m) => m.content === 'pong'));
		expect(reply.author.id).toBe(DefaultIds.bot);
		expect(reply.message_reference?.message_id).toBe(ping.id);
		const received = seen.find((m) => m.id === ping.id);
		expect(received?.author.id).toBe(DefaultIds.alice);
		expect(received?.guildId).toBe(DefaultIds.guild);
		expect(received?.member?.id).toBe(DefaultIds.alice);
		// The bot's own reply arrives as an event too.
		await until(() => seen.find((m) => m.content === 'pong'));
	});

	it('routes a throwing or rejecting listener to error and keeps delivering', async () => {
		const client = bot();
		const errors: Error[] = [];
		const contents: (string | undefined)[] = [];
		client.on('error', (error) => void errors.push(error));
		client.on('messageCreate', () => {
			throw new Error('sync boom');
		});
		client.on('messageCreate', async () => {
			throw new Error('async boom');
		});
		client.on('messageCreate', (message) => void contents.push(message.content));
		await client.login();
		await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: 'one' });
		await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: 'two' });
		await until(() => (contents.length === 2 && errors.length === 4 ? true : undefined));
		expect(contents).toEqual(['one', 'two']);
		expect(errors.every((e) => e instanceof OvenClientError && e.code === 'CLIENT_LISTENER_ERROR')).toBe(true);
		expect(errors.map((e) => (e.cause as Error).message).sort()).toEqual(['async boom', 'async boom', 'sync boom', 'sync boom']);
		expect(client.shards[0]?.status).toBe('ready');
	});

	it('without an error listener, a listener error becomes a warning', async () => {
		const client = bot();
		const warnings: unknown[] = [];
		client.on('warn', (warning) => void warnings.push(warning));
		client.on('messageCreate', () => {
			throw new Error('nobody listens');
		});
		await client.login();
		await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: 'x' });
		const warning = await until(() => warnings.find((w) => (w as { kind: string }).kind === 'unhandledError'));
		expect(warning).toEqual({ kind: 'unhandledError', message: 'A "messageCreate" listener threw: nobody listens' });
	});

	it('emits raw packets with the token redacted, only once someone listens', async () => {
		const client = bot();
		const packets: string[] = [];
		client.on('raw', (packet, shardId) => {
			expect(shardId).toBe(0);
			packets.push(JSON.stringify(packet));
		});
		await client.login();
		expect(packets.some((p) => p.includes('"op":2'))).toBe(true); // IDENTIFY went out
		expect(packets.some((p) => p.includes('"t":"READY"'))).toBe(true);
		expect(packets.join('\n')).not.toContain(mock.token);
	});

	it('destroy() is idempotent, closes the shards and refuses a later login', async () => {
		const client = bot();
		await client.login();
		const first = client.destroy();
		expect(client.destroy()).toBe(first);
		await first;
		expect(client.shards.map((s) => s.status)).toEqual(['closed']);
		await expect(client.login()).rejects.toMatchObject({ code: 'CLIENT_DESTROYED' });
	});

	it('destroy() during login rejects the login and leaves no session', async () => {
		const client = bot();
		const login = client.login();
		await client.destroy();
		await expect(login).rejects.toMatchObject({ code: expect.stringMatching(/DESTROYED/) });
		// Give a late socket time to show up, then check no session stayed connected.
		await new Promise((resolve) => setTimeout(resolve, 300));
		const sessions = (await (await fetch(`${mock.control}/sessions`)).json()) as { connected: boolean }[];
		expect(sessions.filter((s) => s.connected)).toEqual([]);
	});

	it('login() twice shares one connection', async () => {
		const client = bot();
		const identifies: unknown[] = [];
		client.on('raw', (packet) => {
			if (packet.direction === 'out' && packet.payload.op === 2) identifies.push(packet);
		});
		const [a, b] = await Promise.all([client.login(), client.connect()]);
		expect(a).toBe(b);
		expect(identifies).toHaveLength(1);
	});
});

describe('options', () => {
	const base = { token: 'abc.def.ghi', intents: ['Guilds'] as const };
	const bad: [string, object][] = [
		['empty token', { ...base, token: '' }],
		['Bot prefix', { ...base, token: 'Bot abc.def.ghi' }],
		['unknown intent', { ...base, intents: ['Guild'] }],
		['bad intent bit', { ...base, intents: [3] }],
		['intents not an array', { ...base, intents: 'Guilds' }],
		['bad api URL', { ...base, api: 'not a url' }],
		['gateway over http', { ...base, gateway: 'http://example.com' }],
		['zero shards', { ...base, shards: 0 }],
		['bad shard ids', { ...base, shards: { ids: [-1] } }],
		['bad strategy', { ...base, strategy: {} }],
	];
	it.each(bad)('rejects %s with CLIENT_INVALID_OPTION and never shows the token', (_, options) => {
		let caught: unknown;
		try {
			createClient(options as never);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(OvenClientError);
		expect((caught as OvenClientError).code).toBe('CLIENT_INVALID_OPTION');
		expect((caught as Error).name).toBe('OvenClientError[CLIENT_INVALID_OPTION]');
		expect((caught as Error).message).not.toContain('abc.def.ghi');
	});

	it('takes the REST base URL from OVEN_API_URL when api is not given, and checks it', async () => {
		const saved = process.env.OVEN_API_URL;
		try {
			process.env.OVEN_API_URL = mock.api;
			const client = createClient({ token: mock.token, intents: ['Guilds'], shard: fastShards });
			clients.push(client);
			await client.login();
			expect(client.user?.id).toBe(DefaultIds.bot);
			process.env.OVEN_API_URL = 'ftp://example.invalid';
			expect(() => createClient({ token: mock.token, intents: ['Guilds'] })).toThrow(/OVEN_API_URL must use http: or https:/);
		} finally {
			if (saved === undefined) delete process.env.OVEN_API_URL;
			else process.env.OVEN_API_URL = saved;
		}
	});

	it('a wrong token fails login with a typed error that does not contain it', async () => {
		const client: Client = createClient({ token: 'wrong.token.value', intents: ['Guilds'], api: mock.api, shard: fastShards });
		clients.push(client);
		const error = await client.login().then(
			() => undefined,
			(e: unknown) => e as Error & { code?: string },
		);
		expect(error?.code).toBe('GATEWAY_BOT_REQUEST');
		expect(error?.message).not.toContain('wrong.token.value');
	});
});

describe('cache', () => {
	it('sees every dispatch before the listeners, and is destroyed with the client', async () => {
		const cache = createCache();
		const applied: string[] = [];
		const apply = cache.apply.bind(cache);
		cache.apply = (payload) => {
			applied.push(payload.t === 'MESSAGE_CREATE' ? `MESSAGE_CREATE:${payload.d.id}` : payload.t);
			apply(payload);
		};
		let destroyed = 0;
		const destroy = cache.destroy.bind(cache);
		cache.destroy = () => {
			destroyed += 1;
			destroy();
		};
		const client = createClient({ token: mock.token, intents: ['Guilds', 'GuildMessages'], api: mock.api, shard: fastShards, cache });
		clients.push(client);
		expect(client.cache).toBe(cache);
		const seenByListener: boolean[] = [];
		client.on('messageCreate', (message) => {
			seenByListener.push(
				applied.includes(`MESSAGE_CREATE:${message.id}`) && cache.messages.get(message.channelId, message.id) !== undefined,
			);
		});
		await client.login();
		await until(() => (applied.includes('GUILD_CREATE') ? true : undefined));
		expect(applied.slice(0, 2)).toEqual(['READY', 'GUILD_CREATE']);
		await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: 'cached first' });
		await until(() => seenByListener[0]);
		expect(seenByListener).toEqual([true]);
		await client.destroy();
		await client.destroy();
		expect(destroyed).toBe(1);
	});

	it('a cache that throws does not stop the event; the failure goes to error', async () => {
		const cache = createCache();
		cache.apply = () => {
			throw new Error('cache bug');
		};
		const client = createClient({ token: mock.token, intents: ['Guilds', 'GuildMessages'], api: mock.api, shard: fastShards, cache });
		clients.push(client);
		const errors: Error[] = [];
		const got: string[] = [];
		client.on('error', (error) => void errors.push(error));
		client.on('messageCreate', (message) => void got.push(message.id));
		await client.login();
		const sent = await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: 'still here' });
		await until(() => (got.includes(sent.id) ? true : undefined));
		expect(errors.some((e) => (e as OvenClientError).code === 'CLIENT_CACHE_ERROR' && e.message.includes('MESSAGE_CREATE'))).toBe(true);
	});

	it('passes options to createCache; views read cached records', async () => {
		const client = createClient({
			token: mock.token,
			intents: ['Guilds', 'GuildMessages', 'GuildMembers'],
			api: mock.api,
			shard: fastShards,
			cache: { messages: false },
		});
		clients.push(client);
		const guildSeen = nextCall<[unknown, number]>();
		client.once('guildCreate', guildSeen.listener);
		await client.login();
		await guildSeen.called;
		expect(client.cache?.sizes().messages).toBe(0);
		const got = nextCall<[Message<string | undefined>, number]>();
		client.once('messageCreate', got.listener);
		await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: 'x' });
		const [message] = await got.called;
		expect(client.cache?.messages.get(message.channelId, message.id)).toBeUndefined(); // messages: false
		expect(message.channel.name).toBe('general'); // from the cached channel
		expect(message.guild?.name).toBe('Oven Test Guild');
		expect(message.guild?.channels.list().map((c) => c.id)).toContain(DefaultIds.general);
		expect(message.guild?.roles.list().map((r) => r.id)).toContain(DefaultIds.moderatorRole);
		expect(message.member?.user?.username).toBe('alice');
	});
});
