import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ChannelType, GatewayDispatchEvents, type GatewayDispatchPayload } from 'discord-api-types/v10';
import { CACHE_ENTITIES, createCache, OvenCacheError } from 'ovenjs';
import { GENERAL, GUILD, dispatch, guildCreate, member, message, messageCreate, role, user } from './_payloads.js';

const ALICE = '300000000000000001';
const BOB = '300000000000000002';
const MOD = `${GUILD.slice(0, -1)}9`;

describe('createCache().apply', () => {
	it('splits GUILD_CREATE into lean guild, channel, role, member and user records', () => {
		const cache = createCache();
		cache.apply(guildCreate(GUILD, [member(ALICE, [MOD], 'ally'), member(BOB, [MOD])]));
		const guild = cache.guilds.get(GUILD);
		expect(guild).toMatchObject({ id: GUILD, name: 'Test Guild', member_count: 2, unavailable: false, owner_id: ALICE });
		// No nested arrays on the guild record: they live in their own collections.
		expect(guild).not.toHaveProperty('channels');
		expect(guild).not.toHaveProperty('members');
		expect(guild).not.toHaveProperty('roles');
		expect(cache.channels.get(GENERAL)).toMatchObject({ id: GENERAL, guild_id: GUILD, name: 'general', type: ChannelType.GuildText });
		expect([...cache.channels.forGuild(GUILD)].map((c) => c.id)).toEqual([GENERAL]);
		expect([...cache.roles.forGuild(GUILD)].map((r) => r.name)).toEqual(['@everyone', 'Mod']);
		expect(cache.roles.get(MOD)).toMatchObject({ guild_id: GUILD, name: 'Mod' });
		const alice = cache.members.get(GUILD, ALICE);
		expect(alice).toEqual({
			guild_id: GUILD,
			user_id: ALICE,
			nick: 'ally',
			roles: [MOD],
			joined_at: '2024-01-01T00:00:00.000Z',
			flags: 0,
		});
		cache.apply(
			dispatch(GatewayDispatchEvents.GuildMemberUpdate, {
				guild_id: GUILD,
				user: user(ALICE),
				roles: [],
				communication_disabled_until: '2030-01-01T00:00:00.000Z',
				joined_at: null,
			} as never),
		);
		expect(cache.members.get(GUILD, ALICE)).toMatchObject({
			nick: 'ally',
			communication_disabled_until: '2030-01-01T00:00:00.000Z',
			avatar: null,
			pending: false,
		});
		cache.apply(
			dispatch(GatewayDispatchEvents.GuildMemberUpdate, {
				guild_id: GUILD,
				user: user(ALICE),
				roles: [MOD],
				communication_disabled_until: null,
				joined_at: null,
			} as never),
		);
		expect(cache.members.get(GUILD, ALICE)).not.toHaveProperty('communication_disabled_until');
		expect(alice).not.toHaveProperty('user');
		// Identical role lists are one shared array.
		expect(cache.members.get(GUILD, BOB)?.roles).toBe(cache.members.get(GUILD, ALICE)?.roles);
		expect(cache.users.get(ALICE)).toEqual({
			id: ALICE,
			username: 'user0001',
			discriminator: '0',
			global_name: null,
			avatar: null,
			bot: false,
		});
		expect(cache.sizes()).toMatchObject({
			guilds: 1,
			channels: 1,
			roles: 2,
			members: 2,
			users: 2,
			messages: 0,
			presences: 0,
			voiceStates: 0,
			emojis: 0,
		});
	});

	it('keeps READY guilds as unavailable until their GUILD_CREATE, and caches the bot user', () => {
		const cache = createCache();
		cache.apply(
			dispatch(GatewayDispatchEvents.Ready, {
				v: 10,
				user: { ...user('1'), bot: true },
				guilds: [{ id: GUILD, unavailable: true }],
				session_id: 's',
				resume_gateway_url: 'ws://x',
				application: { id: '1', flags: 0 },
			} as never),
		);
		expect(cache.guilds.get(GUILD)?.unavailable).toBe(true);
		expect(cache.users.get('1')?.bot).toBe(true);
		cache.apply(guildCreate());
		expect(cache.guilds.get(GUILD)).toMatchObject({ unavailable: false, name: 'Test Guild' });
	});

	it('merges partial updates, keeping what the update leaves out', () => {
		const cache = createCache();
		cache.apply(guildCreate(GUILD, [member(ALICE, [MOD], 'ally')]));
		cache.apply(dispatch(GatewayDispatchEvents.GuildUpdate, { id: GUILD, name: 'Renamed' } as never));
		expect(cache.guilds.get(GUILD)).toMatchObject({ name: 'Renamed', owner_id: ALICE, member_count: 1 });
		expect(cache.roles.forGuild(GUILD)).toBeDefined();
		expect([...cache.roles.forGuild(GUILD)]).toHaveLength(2);
		cache.apply(
			dispatch(GatewayDispatchEvents.GuildMemberUpdate, { guild_id: GUILD, user: { id: ALICE, username: 'alice2' }, roles: [] } as never),
		);
		expect(cache.members.get(GUILD, ALICE)).toMatchObject({ nick: 'ally', roles: [], joined_at: '2024-01-01T00:00:00.000Z' });
		expect(cache.users.get(ALICE)).toMatchObject({ username: 'alice2', discriminator: '0' });
		cache.apply(
			dispatch(GatewayDispatchEvents.ChannelUpdate, { id: GENERAL, guild_id: GUILD, type: ChannelType.GuildText, topic: 'hello' } as never),
		);
		expect(cache.channels.get(GENERAL)).toMatchObject({ name: 'general', topic: 'hello' });
	});

	it('adds and removes members, roles, channels and threads', () => {
		const cache = createCache();
		cache.apply(guildCreate());
		cache.apply(dispatch(GatewayDispatchEvents.GuildMemberAdd, { ...member(BOB), guild_id: GUILD }));
		expect(cache.members.has(GUILD, BOB)).toBe(true);
		expect(cache.guilds.get(GUILD)?.member_count).toBe(2);
		cache.apply(dispatch(GatewayDispatchEvents.GuildMemberRemove, { guild_id: GUILD, user: user(BOB) }));
		expect(cache.members.has(GUILD, BOB)).toBe(false);
		expect(cache.guilds.get(GUILD)?.member_count).toBe(1);

		cache.apply(dispatch(GatewayDispatchEvents.GuildRoleCreate, { guild_id: GUILD, role: role('400', 'New') }));
		cache.apply(dispatch(GatewayDispatchEvents.GuildRoleUpdate, { guild_id: GUILD, role: role('400', 'Renamed') }));
		expect(cache.roles.get('400')).toMatchObject({ name: 'Renamed', guild_id: GUILD });
		cache.apply(dispatch(GatewayDispatchEvents.GuildRoleDelete, { guild_id: GUILD, role_id: '400' }));
		expect(cache.roles.has('400')).toBe(false);

		cache.apply(
			dispatch(GatewayDispatchEvents.ThreadCreate, {
				id: '500',
				guild_id: GUILD,
				parent_id: GENERAL,
				type: ChannelType.PublicThread,
				name: 't',
				owner_id: ALICE,
				thread_metadata: { archived: false, auto_archive_duration: 60, archive_timestamp: '2024-01-01T00:00:00.000Z', locked: false },
			} as never),
		);
		expect(cache.channels.get('500')).toMatchObject({ parent_id: GENERAL, owner_id: ALICE, thread_metadata: { archived: false } });
		cache.apply(messageCreate('600', '500'));
		expect(cache.messages.get('500', '600')).toBeDefined();
		cache.apply(
			dispatch(GatewayDispatchEvents.ThreadDelete, { id: '500', guild_id: GUILD, parent_id: GENERAL, type: ChannelType.PublicThread }),
		);
		expect(cache.channels.has('500')).toBe(false);
		expect(cache.messages.get('500', '600')).toBeUndefined();

		cache.apply(dispatch(GatewayDispatchEvents.ChannelDelete, { id: GENERAL, guild_id: GUILD, type: ChannelType.GuildText } as never));
		expect([...cache.channels.forGuild(GUILD)]).toEqual([]);
	});

	it('stores GUILD_MEMBERS_CHUNK members and their users', () => {
		const cache = createCache();
		cache.apply(guildCreate());
		const members = Array.from({ length: 50 }, (_, i) => member(String(310000000000000000n + BigInt(i)), [MOD]));
		cache.apply(dispatch(GatewayDispatchEvents.GuildMembersChunk, { guild_id: GUILD, members, chunk_index: 0, chunk_count: 1 } as never));
		expect([...cache.members.forGuild(GUILD)]).toHaveLength(51);
		expect(cache.users.size).toBe(51);
	});

	it('caches messages lean: author to users, member to members, and merges MESSAGE_UPDATE', () => {
		const cache = createCache();
		cache.apply(guildCreate());
		cache.apply(
			dispatch(GatewayDispatchEvents.MessageCreate, {
				...message('700', GENERAL, BOB),
				member: { roles: [MOD], joined_at: '2024-02-02T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
			} as never),
		);
		const cached = cache.messages.get(GENERAL, '700');
		expect(cached).toMatchObject({
			id: '700',
			channel_id: GENERAL,
			guild_id: GUILD,
			author_id: BOB,
			content: 'message 700',
			mention_ids: [],
			edited_timestamp: null,
		});
		expect(cached).not.toHaveProperty('author');
		expect(cache.users.get(BOB)?.id).toBe(BOB);
		expect(cache.members.get(GUILD, BOB)).toMatchObject({ roles: [MOD], joined_at: '2024-02-02T00:00:00.000Z' });
		cache.apply(
			dispatch(GatewayDispatchEvents.MessageUpdate, {
				id: '700',
				channel_id: GENERAL,
				content: 'edited',
				edited_timestamp: '2024-01-02T00:00:00.000Z',
			} as never),
		);
		expect(cache.messages.get(GENERAL, '700')).toMatchObject({
			content: 'edited',
			author_id: BOB,
			edited_timestamp: '2024-01-02T00:00:00.000Z',
		});
		// An update of a message we never saw is too partial to keep.
		cache.apply(dispatch(GatewayDispatchEvents.MessageUpdate, { id: '701', channel_id: GENERAL, content: 'x' } as never));
		expect(cache.messages.has(GENERAL, '701')).toBe(false);
		expect([...cache.messages.forChannel(GENERAL)].map((m) => m.id)).toEqual(['700']);
	});

	it('deletes single messages and bulk deletes', () => {
		const cache = createCache();
		for (let i = 1; i <= 5; i++) cache.apply(messageCreate(String(i)));
		cache.apply(dispatch(GatewayDispatchEvents.MessageDelete, { id: '1', channel_id: GENERAL, guild_id: GUILD }));
		cache.apply(dispatch(GatewayDispatchEvents.MessageDeleteBulk, { ids: ['2', '3', 'unknown'], channel_id: GENERAL, guild_id: GUILD }));
		expect([...cache.messages.forChannel(GENERAL)].map((m) => m.id)).toEqual(['4', '5']);
		expect(cache.messages.size).toBe(2);
	});

	it('forgets a guild and everything under it on GUILD_DELETE, but keeps it through an outage', () => {
		const cache = createCache();
		cache.apply(guildCreate());
		cache.apply(messageCreate('1'));
		cache.apply(dispatch(GatewayDispatchEvents.GuildDelete, { id: GUILD, unavailable: true }));
		expect(cache.guilds.get(GUILD)?.unavailable).toBe(true);
		expect(cache.members.size).toBe(1);
		// A member joining during the outage does not make the guild available.
		cache.apply(dispatch(GatewayDispatchEvents.GuildMemberAdd, { ...member(BOB), guild_id: GUILD }));
		expect(cache.guilds.get(GUILD)).toMatchObject({ unavailable: true, member_count: 2 });
		cache.apply(dispatch(GatewayDispatchEvents.GuildDelete, { id: GUILD } as never));
		expect(cache.sizes()).toEqual({ ...Object.fromEntries(CACHE_ENTITIES.map((e) => [e, 0])), users: 2 });
	});

	it('keeps presences only when turned on', () => {
		const presence = dispatch(GatewayDispatchEvents.PresenceUpdate, {
			user: { id: ALICE },
			guild_id: GUILD,
			status: 'online',
			activities: [],
			client_status: { desktop: 'online' },
		} as never);
		const off = createCache();
		off.apply(presence);
		expect(off.presences.get(GUILD, ALICE)).toBeUndefined();
		expect(off.sizes().presences).toBe(0);
		const on = createCache({ presences: true });
		on.apply(presence);
		expect(on.presences.get(GUILD, ALICE)).toEqual({
			guild_id: GUILD,
			user_id: ALICE,
			status: 'online',
			activities: [],
			client_status: { desktop: 'online' },
		});
		// A partial presence user does not make a user record.
		expect(on.users.has(ALICE)).toBe(false);
	});

	it('turns single entities off', () => {
		const cache = createCache({ members: false, messages: false, users: false });
		cache.apply(guildCreate());
		cache.apply(messageCreate('1'));
		expect(cache.guilds.has(GUILD)).toBe(true);
		expect(cache.members.get(GUILD, ALICE)).toBeUndefined();
		expect([...cache.members.forGuild(GUILD)]).toEqual([]);
		expect([...cache.messages.values()]).toEqual([]);
		expect(cache.sizes()).toMatchObject({ members: 0, users: 0, messages: 0, guilds: 1 });
	});

	it('updates the user on USER_UPDATE', () => {
		const cache = createCache();
		cache.apply(dispatch(GatewayDispatchEvents.UserUpdate, { ...user('1', 'bot'), bot: true }));
		cache.apply(dispatch(GatewayDispatchEvents.UserUpdate, { ...user('1', 'renamed'), bot: true }));
		expect(cache.users.get('1')).toMatchObject({ username: 'renamed', bot: true });
	});

	it('never throws on junk or partial payloads', () => {
		const cache = createCache({ presences: true });
		cache.apply(guildCreate());
		const events = Object.values(GatewayDispatchEvents);
		fc.assert(
			fc.property(fc.constantFrom(...events), fc.anything(), (t, d) => {
				cache.apply({ op: 0, s: 1, t, d } as unknown as GatewayDispatchPayload);
				cache.apply({
					op: 0,
					s: 1,
					t,
					d: { id: GUILD, guild_id: GUILD, channel_id: GENERAL, user: d, members: [d], roles: d, author: d, ids: d },
				} as unknown as GatewayDispatchPayload);
			}),
			{ numRuns: 300 },
		);
		expect(() => cache.apply(null as unknown as GatewayDispatchPayload)).not.toThrow();
	});

	it('rejects bad options with CACHE_INVALID_OPTION', () => {
		expect(() => createCache({ messages: { max: -1 } })).toThrow(OvenCacheError);
		expect(() => createCache({ users: { ttlMs: 0 } })).toThrow(/ttlMs/);
		expect(() => createCache({ sweepIntervalMs: Number.NaN })).toThrow(expect.objectContaining({ code: 'CACHE_INVALID_OPTION' }));
	});
});
