import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';
import { createClient, findInspectors, type InspectorMessage, type InspectorPacket } from 'ovenjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { fastShards, startMock, until } from './_setup.js';

let mock: MockDiscord;
let dir: string;
beforeEach(async () => {
	mock = await startMock();
	dir = await mkdtemp(join(tmpdir(), 'oven-client-inspector-'));
});
afterEach(async () => {
	await mock.close();
	delete process.env.OVEN_INSPECT;
});

describe('createClient({ inspector })', () => {
	it('streams READY and REST traffic to an editor that presents the token, never the bot token, and closes with the client', async () => {
		const client = createClient({
			token: mock.token,
			intents: ['Guilds'],
			api: mock.api,
			shard: fastShards,
			inspector: { discoveryDir: dir, name: 'test bot' },
		});
		try {
			await client.login();
			const [found] = await findInspectors(dir);
			expect(found).toMatchObject({ name: 'test bot', url: client.inspector?.address?.url });
			const messages: InspectorMessage[] = [];
			const socket = new WebSocket(`${found?.url}?token=${found?.token}`);
			socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString()) as InspectorMessage));
			await new Promise((resolve) => socket.once('open', resolve));
			await client.api.channels.createMessage(DefaultIds.general, { content: 'hi' });
			await until(() => (messages.some((m) => m.type === 'rest') ? true : undefined));
			expect(messages.some((m) => m.type === 'packet' && m.t === 'READY')).toBe(true);
			expect(messages.find((m): m is InspectorPacket => m.type === 'packet' && m.op === 2)?.payload).toMatchObject({
				d: { token: '[redacted]' },
			});
			expect(JSON.stringify(messages)).not.toContain(mock.token);
			socket.close();
		} finally {
			await client.destroy();
		}
		expect(await readdir(dir)).toEqual([]);
	});

	it('never streams an interaction token, also to an editor that connects later (replay), nor the bot token when the bot lists secrets of its own', async () => {
		const client = createClient({
			token: mock.token,
			intents: ['Guilds', 'GuildMessages', 'MessageContent'],
			api: mock.api,
			shard: fastShards,
			inspector: { discoveryDir: dir, secrets: ['my-database-password'] },
		});
		try {
			await client.login();
			await client.api.applicationCommands.bulkOverwriteGlobal(mock.applicationId, [{ name: 'ping', description: 'Replies' }]);
			const seen = new Promise<string>((resolve) =>
				client.on('interactionCreate', (interaction) => resolve((interaction.raw as { token: string }).token)),
			);
			const started = await mock.interact({
				type: 'application_command',
				user_id: DefaultIds.alice,
				channel_id: DefaultIds.general,
				name: 'ping',
			});
			// The bot itself still gets the token: it needs it to answer.
			expect(await seen).toBe(started.token);
			await client.api.interactions.reply(started.id, started.token, { content: 'pong' });
			await mock.sendMessage({
				author_id: DefaultIds.alice,
				channel_id: DefaultIds.general,
				content: `leaked: ${mock.token} my-database-password`,
			});
			const [found] = await findInspectors(dir);
			const messages: InspectorMessage[] = [];
			const socket = new WebSocket(found?.url as string, { headers: { authorization: `Bearer ${found?.token}` } });
			socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString()) as InspectorMessage));
			await until(() => (messages.some((m) => m.type === 'packet' && m.t === 'MESSAGE_CREATE') ? true : undefined));
			const interaction = messages.find((m): m is InspectorPacket => m.type === 'packet' && m.t === 'INTERACTION_CREATE');
			expect(interaction?.payload).toMatchObject({ d: { id: started.id, token: '[redacted]' } });
			const text = JSON.stringify(messages);
			expect(text).not.toContain(started.token);
			expect(text).not.toContain(mock.token);
			expect(text).not.toContain('my-database-password');
			expect(text).toContain('leaked: [redacted] [redacted]');
			socket.close();
		} finally {
			await client.destroy();
		}
	});

	it('is off by default, on with OVEN_INSPECT=1, and refuses a bad option', async () => {
		const plain = createClient({ token: mock.token, intents: ['Guilds'], api: mock.api, shard: fastShards });
		await plain.login();
		expect(plain.inspector).toBeUndefined();
		await plain.destroy();
		process.env.OVEN_INSPECT = '1';
		process.env.OVEN_INSPECTOR_DIR = dir;
		const inspected = createClient({ token: mock.token, intents: ['Guilds'], api: mock.api, shard: fastShards });
		try {
			await inspected.login();
			expect(inspected.inspector?.address?.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/inspector$/);
		} finally {
			await inspected.destroy();
			delete process.env.OVEN_INSPECTOR_DIR;
		}
		expect(() => createClient({ token: mock.token, intents: ['Guilds'], inspector: 'yes' as unknown as boolean })).toThrow(
			expect.objectContaining({ code: 'CLIENT_INVALID_OPTION' }),
		);
	});
});
