import { describe, expect, it } from 'vitest';
import { GatewayDispatchEvents } from 'discord-api-types/v10';
import { type CacheEntity, type CachedEntityMap, type CacheStore, CacheStoreError, createCache, InMemoryCacheStore } from 'ovenjs';
import { GENERAL, GUILD, dispatch, guildCreate, member, messageCreate } from './_payloads.js';

const ALICE = '300000000000000001';

/** Lets pending store promises settle. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A store whose every call fails, the way a dropped Redis connection does. */
class BrokenStore implements CacheStore {
	calls = 0;
	async get<E extends CacheEntity>(): Promise<CachedEntityMap[E] | undefined> {
		this.calls++;
		throw new Error('connection refused');
	}
	async set(): Promise<void> {
		this.calls++;
		throw new Error('connection refused');
	}
	delete(): Promise<void> {
		this.calls++;
		// A store that throws synchronously instead of rejecting.
		throw new Error('socket closed');
	}
	async clear(): Promise<void> {
		throw new Error('connection refused');
	}
}

describe('cache store tier', () => {
	it('writes every change through to the store, with JSON-safe records', async () => {
		const store = new InMemoryCacheStore();
		const cache = createCache({ store });
		cache.apply(guildCreate(GUILD, [member(ALICE, ['r'])]));
		cache.apply(messageCreate('1'));
		await settle();
		expect(await store.get('guilds', GUILD)).toEqual(cache.guilds.get(GUILD));
		expect(await store.get('channels', GENERAL)).toEqual(cache.channels.get(GENERAL));
		expect(await store.get('members', `${GUILD}:${ALICE}`)).toEqual(cache.members.get(GUILD, ALICE));
		expect(await store.get('messages', `${GENERAL}:1`)).toEqual(cache.messages.get(GENERAL, '1'));
		expect(store.size('users')).toBe(1);
		cache.apply(dispatch(GatewayDispatchEvents.MessageDelete, { id: '1', channel_id: GENERAL }));
		cache.apply(
			dispatch(GatewayDispatchEvents.GuildMemberRemove, {
				guild_id: GUILD,
				user: { id: ALICE, username: 'a', discriminator: '0', global_name: null, avatar: null },
			}),
		);
		await settle();
		expect(await store.get('messages', `${GENERAL}:1`)).toBeUndefined();
		expect(await store.get('members', `${GUILD}:${ALICE}`)).toBeUndefined();
	});

	it('reads through: fetch finds records the store has but memory does not', async () => {
		const store = new InMemoryCacheStore();
		const first = createCache({ store });
		first.apply(guildCreate(GUILD, [member(ALICE)]));
		first.apply(messageCreate('1'));
		await settle();
		// A second process (or a restart) with an empty memory tier.
		const second = createCache({ store });
		expect(second.guilds.get(GUILD)).toBeUndefined();
		expect(await second.guilds.fetch(GUILD)).toMatchObject({ id: GUILD, name: 'Test Guild' });
		expect(second.guilds.get(GUILD)).toMatchObject({ id: GUILD });
		expect(await second.members.fetch(GUILD, ALICE)).toMatchObject({ user_id: ALICE });
		expect(await second.messages.fetch(GENERAL, '1')).toMatchObject({ content: 'message 1' });
		expect(await second.channels.fetch(GENERAL)).toMatchObject({ guild_id: GUILD });
		expect([...second.channels.forGuild(GUILD)].map((c) => c.id)).toEqual([GENERAL]);
		expect(await second.users.fetch('404')).toBeUndefined();
	});

	it('keeps evicted and swept records in the store, so fetch brings them back', async () => {
		const store = new InMemoryCacheStore();
		const cache = createCache({ store, messages: { max: 2 }, users: { ttlMs: 1 } });
		for (const id of ['1', '2', '3']) cache.apply(messageCreate(id));
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(cache.sweep()).toBe(1);
		expect(cache.users.has(ALICE)).toBe(false);
		expect(cache.messages.has(GENERAL, '1')).toBe(false);
		await settle();
		expect(store.size('messages')).toBe(3);
		expect(await cache.messages.fetch(GENERAL, '1')).toMatchObject({ id: '1' });
		expect(await cache.users.fetch(ALICE)).toMatchObject({ id: ALICE });
		expect(cache.users.has(ALICE)).toBe(true);
	});

	it('fetch answers from memory without a store', async () => {
		const cache = createCache();
		cache.apply(guildCreate());
		expect(await cache.guilds.fetch(GUILD)).toBe(cache.guilds.get(GUILD));
		expect(await cache.members.fetch(GUILD, 'nobody')).toBeUndefined();
	});

	it('reports store failures through onStoreError and never throws from apply', async () => {
		const store = new BrokenStore();
		const errors: CacheStoreError[] = [];
		const cache = createCache({ store, onStoreError: (error) => errors.push(error) });
		expect(() => cache.apply(guildCreate())).not.toThrow();
		expect(() => cache.apply(dispatch(GatewayDispatchEvents.MessageDelete, { id: '1', channel_id: GENERAL }))).not.toThrow();
		await settle();
		// Memory is unaffected.
		expect(cache.guilds.get(GUILD)?.name).toBe('Test Guild');
		expect(store.calls).toBeGreaterThan(0);
		expect(errors.length).toBeGreaterThan(0);
		const setError = errors.find((e) => e.operation === 'set' && e.entity === 'guilds');
		expect(setError).toBeInstanceOf(CacheStoreError);
		expect(setError).toMatchObject({ code: 'CACHE_STORE_ERROR', key: GUILD, name: 'CacheStoreError[CACHE_STORE_ERROR]' });
		expect((setError?.cause as Error).message).toBe('connection refused');
		expect(errors.find((e) => e.operation === 'delete')?.message).toMatch(/socket closed/);
		// A failed read is a miss, reported too.
		expect(await cache.users.fetch('404')).toBeUndefined();
		expect(errors.at(-1)).toMatchObject({ operation: 'get', entity: 'users', key: '404' });
	});

	it('survives a store error handler that throws, and no handler at all', async () => {
		const throwing = createCache({
			store: new BrokenStore(),
			onStoreError: () => {
				throw new Error('handler bug');
			},
		});
		const silent = createCache({ store: new BrokenStore() });
		expect(() => throwing.apply(guildCreate())).not.toThrow();
		expect(() => silent.apply(guildCreate())).not.toThrow();
		await settle();
		expect(throwing.guilds.size + silent.guilds.size).toBe(2);
	});
});
