import { GatewayDispatchEvents } from 'discord-api-types/v10';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { type CacheStoreError, createCache, RedisCacheStore } from '../../src/index.js';
import { useRedis } from '../_redisServer.js';
import { until } from '../gateway/_harness.js';
import { dispatch, GENERAL, GUILD, guildCreate, member, messageCreate } from './_payloads.js';

const ALICE = '300000000000000001';
const redis = useRedis('RedisCacheStore');

/** A store with its own connection, as each process would have. */
function store(prefix: string): RedisCacheStore {
	return new RedisCacheStore({ redis: redis.connect(), prefix });
}

describe.skipIf(!redis.available)('RedisCacheStore', () => {
	it('two processes see one cache: what one shard caches, the other fetches; deletes reach both', async () => {
		const errors: CacheStoreError[] = [];
		const a = createCache({ store: store('shared'), onStoreError: (e) => errors.push(e) });
		const b = createCache({ store: store('shared'), onStoreError: (e) => errors.push(e) });
		a.apply(guildCreate(GUILD, [member(ALICE)]));
		a.apply(messageCreate('1'));
		await until(async () => (await b.messages.fetch(GENERAL, '1')) !== undefined, 5000);
		expect(await b.guilds.fetch(GUILD)).toEqual(a.guilds.get(GUILD));
		expect(await b.members.fetch(GUILD, ALICE)).toEqual(a.members.get(GUILD, ALICE));
		expect(await b.channels.fetch(GENERAL)).toEqual(a.channels.get(GENERAL));
		expect(await b.messages.fetch(GENERAL, '1')).toEqual(a.messages.get(GENERAL, '1'));
		// The other process's shard sees the delete: both agree it is gone.
		b.apply(dispatch(GatewayDispatchEvents.MessageDelete, { id: '1', channel_id: GENERAL }));
		const c = createCache({ store: store('shared') });
		await until(async () => (await c.messages.fetch(GENERAL, '1')) === undefined, 5000);
		expect(errors).toEqual([]);
		a.destroy();
		b.destroy();
		c.destroy();
	});

	it('keeps bots apart by prefix, and clears', async () => {
		const one = store('bot-one');
		const two = store('bot-two');
		await one.set('users', '1', { id: '1', username: 'one' } as never);
		expect(await two.get('users', '1')).toBeUndefined();
		expect(await one.get('users', '1')).toEqual({ id: '1', username: 'one' });
		await one.clear();
		expect(await one.get('users', '1')).toBeUndefined();
	});

	it('reports a Redis outage through onStoreError and keeps the gateway path going', async () => {
		const dead = new Redis('redis://127.0.0.1:1', {
			lazyConnect: true,
			maxRetriesPerRequest: 0,
			retryStrategy: () => null,
			enableOfflineQueue: false,
		});
		dead.on('error', () => undefined);
		const errors: CacheStoreError[] = [];
		const cache = createCache({ store: new RedisCacheStore({ redis: dead }), onStoreError: (e) => errors.push(e) });
		expect(() => cache.apply(guildCreate(GUILD, [member(ALICE)]))).not.toThrow();
		expect(cache.guilds.get(GUILD)).toMatchObject({ id: GUILD });
		await until(async () => errors.length > 0, 5000);
		expect(errors[0]).toMatchObject({ code: 'CACHE_STORE_ERROR', operation: 'set' });
		expect(await cache.users.fetch('404')).toBeUndefined();
		cache.destroy();
		dead.disconnect();
	});
});
