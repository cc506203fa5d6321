import { afterEach, describe, expect, it, vi } from 'vitest';
import { GatewayDispatchEvents } from 'discord-api-types/v10';
import { createCache } from 'ovenjs';
import { GENERAL, GUILD, dispatch, guildCreate, member, messageCreate, user } from './_payloads.js';

function liveTimers(): number {
	return process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
}

afterEach(() => {
	vi.useRealTimers();
});

describe('cache limits', () => {
	it('keeps 100 messages per channel by default, evicting the oldest first', () => {
		const cache = createCache();
		for (let i = 1; i <= 150; i++) cache.apply(messageCreate(String(i)));
		cache.apply(messageCreate('1', '999'));
		const ids = [...cache.messages.forChannel(GENERAL)].map((m) => m.id);
		expect(ids).toHaveLength(100);
		expect(ids[0]).toBe('51');
		expect(ids.at(-1)).toBe('150');
		// The limit is per channel: another channel keeps its own.
		expect(cache.messages.get('999', '1')).toBeDefined();
		expect(cache.sizes().messages).toBe(101);
	});

	it('applies max per guild for members and in total for users; a rewrite makes an entry the newest', () => {
		const cache = createCache({ members: { max: 3 }, users: { max: 4 } });
		cache.apply(
			guildCreate(
				GUILD,
				['1', '2', '3'].map((id) => member(id)),
			),
		);
		cache.apply(dispatch(GatewayDispatchEvents.GuildMemberUpdate, { guild_id: GUILD, user: user('1'), roles: [] } as never));
		cache.apply(dispatch(GatewayDispatchEvents.GuildMemberAdd, { ...member('4'), guild_id: GUILD }));
		expect([...cache.members.forGuild(GUILD)].map((m) => m.user_id)).toEqual(['3', '1', '4']);
		cache.apply(dispatch(GatewayDispatchEvents.GuildMemberAdd, { ...member('5'), guild_id: GUILD }));
		expect(cache.users.size).toBe(4);
		expect(cache.users.has('1')).toBe(false);
	});

	it('max 0 keeps nothing, filter keeps only what it accepts', () => {
		const cache = createCache({ messages: { max: 0 }, users: { filter: (u) => u.bot } });
		cache.apply(messageCreate('1'));
		cache.apply(dispatch(GatewayDispatchEvents.UserUpdate, { ...user('7'), bot: true }));
		cache.apply(dispatch(GatewayDispatchEvents.UserUpdate, user('8')));
		expect(cache.messages.size).toBe(0);
		expect(cache.users.has('7')).toBe(true);
		expect(cache.users.has('8')).toBe(false);
	});

	it('sweeps entries older than ttlMs on the sweep interval', () => {
		vi.useFakeTimers();
		const cache = createCache({ messages: { ttlMs: 10_000 }, sweepIntervalMs: 1_000 });
		cache.apply(messageCreate('1'));
		vi.advanceTimersByTime(6_000);
		cache.apply(messageCreate('2'));
		cache.apply(messageCreate('3', '999'));
		vi.advanceTimersByTime(5_000);
		expect([...cache.messages.values()].map((m) => m.id)).toEqual(['2', '3']);
		vi.advanceTimersByTime(6_000);
		expect(cache.messages.size).toBe(0);
		cache.destroy();
	});

	it('a rewrite restarts the TTL', () => {
		vi.useFakeTimers();
		const cache = createCache({ users: { ttlMs: 10_000 } });
		cache.apply(dispatch(GatewayDispatchEvents.UserUpdate, user('1', 'a')));
		vi.advanceTimersByTime(8_000);
		cache.apply(dispatch(GatewayDispatchEvents.UserUpdate, user('1', 'b')));
		vi.advanceTimersByTime(8_000);
		expect(cache.sweep()).toBe(0);
		expect(cache.users.get('1')?.username).toBe('b');
		vi.advanceTimersByTime(3_000);
		expect(cache.sweep()).toBe(1);
		cache.destroy();
	});

	it('runs sweepers on an unref timer only when a TTL is set, and destroy stops them (idempotent)', () => {
		const before = liveTimers();
		const noTtl = createCache();
		const withTtl = createCache({ members: { ttlMs: 60_000 } });
		// Unref'd: the sweeper never keeps the process alive.
		expect(liveTimers()).toBe(before);
		withTtl.apply(guildCreate());
		expect(withTtl.members.size).toBe(1);
		withTtl.destroy();
		withTtl.destroy();
		noTtl.destroy();
		expect(withTtl.sizes().members).toBe(0);
		withTtl.apply(guildCreate());
		expect(withTtl.guilds.size).toBe(0);
	});

	it('clears the sweep interval on destroy', () => {
		vi.useFakeTimers();
		const cache = createCache({ messages: { ttlMs: 1_000 }, sweepIntervalMs: 500 });
		expect(vi.getTimerCount()).toBe(1);
		cache.destroy();
		expect(vi.getTimerCount()).toBe(0);
	});
});
