import { describe, expectTypeOf, it } from 'vitest';
import type { GatewayDispatchPayload } from 'discord-api-types/v10';
import {
	type CacheEntity,
	type CachedGuild,
	type CachedMember,
	type CachedMessage,
	type CachedUser,
	type CacheOptions,
	type CacheStore,
	type ClientCache,
	createCache,
	InMemoryCacheStore,
} from 'ovenjs';

describe('cache types', () => {
	it('types filters by entity and accepts false/true/limits', () => {
		const options: CacheOptions = {
			members: { max: 10, filter: (member) => member.user_id === '1' },
			users: { filter: (user) => user.bot },
			presences: true,
			messages: false,
		};
		expectTypeOf(createCache(options)).toEqualTypeOf<ClientCache>();
		// @ts-expect-error a member filter gets members, which have no `username`
		const bad: CacheOptions = { members: { filter: (member) => member.username === 'x' } };
		void bad;
	});

	it('exposes the contract getters', () => {
		const cache = createCache();
		expectTypeOf(cache.apply).parameter(0).toEqualTypeOf<GatewayDispatchPayload>();
		expectTypeOf(cache.members.get).returns.toEqualTypeOf<CachedMember | undefined>();
		expectTypeOf(cache.users.get).returns.toEqualTypeOf<CachedUser | undefined>();
		expectTypeOf(cache.messages.forChannel).returns.toEqualTypeOf<Iterable<CachedMessage>>();
		expectTypeOf(cache.guilds.fetch).returns.toEqualTypeOf<Promise<CachedGuild | undefined>>();
		expectTypeOf(cache.sizes()).toEqualTypeOf<Readonly<Record<CacheEntity, number>>>();
	});

	it('keeps records read-only', () => {
		const member = {} as CachedMember;
		// @ts-expect-error records are readonly
		member.nick = 'x';
		// @ts-expect-error shared arrays are readonly
		member.roles.push('1');
	});

	it('InMemoryCacheStore is a CacheStore', () => {
		expectTypeOf<InMemoryCacheStore>().toExtend<CacheStore>();
	});
});
