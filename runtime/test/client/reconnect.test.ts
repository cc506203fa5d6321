import { DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';
import { createClient } from 'ovenjs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fastShards, startMock, until } from './_setup.js';

let mock: MockDiscord;
let destroy: (() => Promise<void>) | undefined;

beforeEach(async () => {
	mock = await startMock();
});
afterEach(async () => {
	await destroy?.();
	await mock.close();
});

async function connectedBot() {
	const client = createClient({
		token: mock.token,
		intents: ['Guilds', 'GuildMessages', 'MessageContent'],
		api: mock.api,
		shard: fastShards,
	});
	destroy = () => client.destroy();
	const log: string[] = [];
	client.on('ready', () => void log.push('ready'));
	client.on('shardReady', () => void log.push('shardReady'));
	client.on('shardResumed', () => void log.push('shardResumed'));
	client.on('messageCreate', (message) => void log.push(`message:${message.content}`));
	await client.login();
	return { client, log };
}

it('resumes after a dropped connection, delivers what was sent in the gap, and fires ready again', async () => {
	const { client, log } = await connectedBot();
	expect(log).toEqual(['shardReady', 'ready']);
	const statuses: string[] = [];
	client.on('shardStatus', (shardId, status) => void statuses.push(`${shardId}:${status}`));
	await mock.fault({ kind: 'disconnect', shard: 0, code: 4000 });
	await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: 'during the gap' });
	await until(() => (log.filter((e) => e === 'ready').length === 2 ? true : undefined));
	expect(log).toContain('shardResumed');
	expect(log.filter((e) => e === 'message:during the gap')).toHaveLength(1);
	expect(statuses).toContain('0:resuming');
	expect(client.isReady).toBe(true);
});

it('re-identifies after a non-resumable invalid session and fires shardReady and ready again', async () => {
	const { log } = await connectedBot();
	await mock.fault({ kind: 'invalid_session', shard: 0, resumable: false });
	await until(() => (log.filter((e) => e === 'ready').length === 2 ? true : undefined));
	expect(log.filter((e) => e === 'shardReady')).toHaveLength(2);
	await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: 'after' });
	await until(() => (log.includes('message:after') ? true : undefined));
});
