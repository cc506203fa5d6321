import { DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';
import { createClient, type Client, type Message, toSnowflake } from 'ovenjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastShards, nextCall, startMock, until } from './_setup.js';

// The everyday discord.js calls of issue #18's "Why", each done the OvenJS way through the
// structures, against the mock and checked in its world or its request log. Routes the mock
// does not serve yet (invites, webhooks, emojis, audit logs) are checked by the request sent.

let mock: MockDiscord;
let client: Client<'Guilds' | 'GuildMessages' | 'GuildMembers' | 'MessageContent' | 'GuildMessageReactions'>;
const guildId = toSnowflake<'Guild'>(DefaultIds.guild);
const generalId = toSnowflake<'Channel'>(DefaultIds.general);
const bobId = toSnowflake<'User'>(DefaultIds.bob);
const carolId = toSnowflake<'User'>(DefaultIds.carol);

beforeAll(async () => {
	// Heartbeats every 5 s: at 500 ms the gateway's send budget keeps a whole minute's worth for them, and op 3 would wait.
	mock = await startMock({ gateway: { heartbeatInterval: 5000 } });
	client = createClient({
		token: mock.token,
		intents: ['Guilds', 'GuildMessages', 'GuildMembers', 'MessageContent', 'GuildMessageReactions'],
		api: mock.api,
		shard: fastShards,
	});
	const ready = nextCall<[]>();
	client.once('ready', ready.listener);
	await client.login();
	await ready.called;
	await until(() => client.guilds.get(guildId)?.available || undefined);
});
afterAll(async () => {
	await client?.destroy();
	await mock?.close();
});

/** The requests the mock logged since `before` (a count from an earlier `requests()`), by method and path. */
async function sentSince(before: number): Promise<{ method: string; path: string; body: unknown; reason?: string }[]> {
	return ((await mock.requests()) as { method: string; path: string; body: unknown; reason?: string }[]).slice(before);
}

async function said(content: string, author: string = DefaultIds.alice): Promise<Message> {
	const next = nextCall<[Message, number]>();
	client.once('messageCreate', next.listener);
	await mock.sendMessage({ author_id: author, channel_id: DefaultIds.general, content });
	return (await next.called)[0];
}

describe('client-level managers', () => {
	it('client.guilds, client.channels and client.users read the cache and fetch from Discord', async () => {
		expect(client.guilds.get(guildId)?.name).toBe('Oven Test Guild');
		expect(client.guilds.list().map((g) => g.id)).toEqual([DefaultIds.guild]);
		expect((await client.guilds.fetch(guildId)).name).toBe('Oven Test Guild');
		expect(client.channels.get(generalId)?.name).toBe('general');
		expect((await client.channels.fetch(generalId)).name).toBe('general');
		expect(client.users.get(bobId)?.username).toBe('bob');
		expect((await client.users.fetch(carolId)).username).toBe('carol');
	});

	it('client.user.setPresence() sends op 3 with the status by name and the activity type by name', async () => {
		const sent: unknown[] = [];
		client.on('raw', (packet) => {
			if (packet.direction === 'out' && (packet.payload as { op?: number }).op === 3) sent.push(packet.payload);
		});
		client.user?.setPresence({ status: 'dnd', activities: [{ name: 'the mock', type: 'Watching' }] });
		await until(() => sent[0]);
		expect(sent[0]).toEqual({ op: 3, d: { since: null, afk: false, status: 'dnd', activities: [{ name: 'the mock', type: 3 }] } });
	});
});

describe('guild managers', () => {
	it('guild.members: get from the cache, fetch, me, and roles.create', async () => {
		const guild = client.guilds.get(guildId)!;
		expect(guild.members.get(bobId)?.displayName).toBe('Bob');
		expect((await guild.members.fetch(carolId)).user.username).toBe('carol');
		expect(guild.members.me?.id).toBe(DefaultIds.bot);
		const role = await guild.roles.create({ name: 'Helper', color: 0x57f287 }, { reason: 'test' });
		expect(role.name).toBe('Helper');
		expect(role.hexColor).toBe('#57f287');
		expect(mock.world.guilds.get(DefaultIds.guild)?.roles.get(role.id)?.name).toBe('Helper');
	});

	it('member.roles.add, timeout, kick and ban (with the audit-log reason) reach the mock', async () => {
		const guild = client.guilds.get(guildId)!;
		const helper = await until(() => guild.roles.list().find((r) => r.name === 'Helper'));
		const carol = await guild.members.fetch(carolId);
		await carol.roles.add(helper, { reason: 'helps' });
		expect(mock.world.member(DefaultIds.guild, DefaultIds.carol).roles).toContain(helper.id);
		await carol.timeout(60_000, { reason: 'cool down' });
		expect(Date.parse(String(mock.world.member(DefaultIds.guild, DefaultIds.carol).communication_disabled_until))).toBeGreaterThan(
			Date.now(),
		);
		const before = (await mock.requests()).length;
		await carol.kick({ reason: 'bye' });
		const dana = await mock.addUser({ username: 'dana' });
		await guild.members.ban(toSnowflake<'User'>(dana.id), { deleteMessageSeconds: 60, reason: 'spam' });
		const sent = await sentSince(before);
		expect(sent.find((r) => r.method === 'DELETE' && r.path.endsWith(`/members/${DefaultIds.carol}`))?.reason).toBe('bye');
		expect(sent.find((r) => r.method === 'PUT' && r.path.endsWith(`/bans/${dana.id}`))).toMatchObject({
			body: { delete_message_seconds: 60 },
			reason: 'spam',
		});
		const bans = await guild.bans.fetch();
		expect(bans.map((b) => b.user.id)).toContain(dana.id);
		await bans.find((b) => b.user.id === dana.id)?.remove();
		expect((await guild.bans.fetch()).map((b) => b.user.id)).not.toContain(dana.id);
	});

	it('guild.emojis, guild.invites and guild.fetchAuditLogs() send their operations', async () => {
		const guild = client.guilds.get(guildId)!;
		const before = (await mock.requests()).length;
		await guild.emojis.fetch().catch(() => undefined);
		await guild.invites.fetch().catch(() => undefined);
		await guild.fetchAuditLogs({ limit: 5 }).catch(() => undefined);
		const sent = (await sentSince(before)).map((r) => `${r.method} ${r.path}`);
		expect(sent).toEqual(
			expect.arrayContaining([
				`GET /guilds/${DefaultIds.guild}/emojis`,
				`GET /guilds/${DefaultIds.guild}/invites`,
				expect.stringMatching(new RegExp(`^GET /guilds/${DefaultIds.guild}/audit-logs`)),
			]),
		);
	});
});

describe('users and members send DMs', () => {
	it('user.send() and member.send() open the DM and post in it', async () => {
		const bob = client.users.get(bobId)!;
		const sent = await bob.send('hello bob');
		expect(sent.content).toBe('hello bob');
		const member = client.guilds.get(guildId)!.members.get(bobId)!;
		await member.send({ content: 'and again' });
		const dm = (await mock.messages(sent.channelId)).map((m) => m.content);
		expect(dm).toEqual(expect.arrayContaining(['hello bob', 'and again']));
	});
});

describe('message and channel actions', () => {
	it('message.react, reactions, pin, attachments, embeds, client and startThread', async () => {
		const message = await said('pin me');
		expect(message.client).toBe(client);
		expect(message.attachments).toEqual([]);
		expect(message.embeds).toEqual([]);
		await message.react('👍');
		await until(() => (message.reactions.list()[0]?.count === 1 ? true : undefined));
		expect(message.reactions.get('👍')?.me).toBe(true);
		await message.pin();
		expect((await message.channel.messages.fetchPinned()).map((m) => m.id)).toContain(message.id);
		const thread = await message.startThread({ name: 'about the pin' });
		expect(thread.isThread()).toBe(true);
		expect(thread.parentId).toBe(DefaultIds.general);
	});

	it('channel.bulkDelete, threads, permissionOverwrites.edit, createInvite and createWebhook', async () => {
		const channel = client.channels.get(generalId)!;
		const first = await channel.send('one');
		const second = await channel.send('two');
		const deleted = await channel.bulkDelete([first, second]);
		expect(deleted).toEqual([first.id, second.id]);
		const left = (await mock.messages(DefaultIds.general)).map((m) => m.id);
		expect(left).not.toContain(first.id);
		const thread = await channel.threads.create({ name: 'side talk', type: 11 });
		expect((await channel.threads.fetchActive()).map((t) => t.id)).toContain(thread.id);
		await channel.permissionOverwrites.edit(toSnowflake<'Role'>(DefaultIds.moderatorRole), {
			allow: ['ManageMessages'],
			deny: ['SendTTSMessages'],
		});
		const overwrite = (await channel.fetch()).permissionOverwrites.get(toSnowflake<'Role'>(DefaultIds.moderatorRole));
		expect(overwrite).toMatchObject({ type: 0, allow: String(1n << 13n), deny: String(1n << 12n) });
		const before = (await mock.requests()).length;
		await channel.createInvite({ max_age: 3600 }).catch(() => undefined);
		await channel.createWebhook({ name: 'logger' }).catch(() => undefined);
		expect((await sentSince(before)).map((r) => [r.method, r.path, r.body])).toEqual([
			['POST', `/channels/${DefaultIds.general}/invites`, { max_age: 3600 }],
			['POST', `/channels/${DefaultIds.general}/webhooks`, { name: 'logger' }],
		]);
	});
});
