import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GatewayDispatchEvents } from 'discord-api-types/v10';
import { createCache, type CachedMember } from 'ovenjs';
import { GENERAL, GUILD, dispatch, guildCreate, member, message, messageCreate, user } from './_payloads.js';

// Members, users and messages are kept columnar and rebuilt on read: what comes back must
// be exactly what went in, whatever the shape, and a freed slot must not leak into the
// next record that takes it.

const ALICE = '300000000000000001';

/** Discord's timestamp forms (and the ISO `Z` forms bots and mocks use). */
const timestampText = fc
	.record({
		ms: fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2199, 11, 31) }),
		micros: fc.integer({ min: 0, max: 999 }),
		form: fc.constantFrom('+00:00/6', '+00:00/3', '+00:00/0', 'Z/3', 'Z/6', 'Z/0'),
	})
	.map(({ ms, micros, form }) => {
		const iso = new Date(ms).toISOString(); // 2024-01-01T00:00:00.000Z
		const [suffix, digits] = form.split('/') as [string, string];
		const fraction = digits === '0' ? '' : `.${(iso.slice(20, 23) + String(micros).padStart(3, '0')).slice(0, Number(digits))}`;
		return `${iso.slice(0, 19)}${fraction}${suffix}`;
	});

/** Timestamps and things that only look like them: every one must come back as given. */
const anyTimestamp = fc.oneof(
	timestampText,
	fc.constantFrom(
		'2015-06-30T23:59:60.000000+00:00',
		'2024-02-30T00:00:00+00:00',
		'2024-01-01T00:00:00-05:00',
		'9999-12-31T23:59:59.999999+00:00',
		'',
		'soon',
	),
	fc.string(),
);

function fullMember(id: string, fields: Partial<CachedMember>): Record<string, unknown> {
	return {
		user: user(id),
		nick: fields.nick ?? null,
		roles: fields.roles ?? [],
		joined_at: fields.joined_at ?? null,
		flags: fields.flags ?? 0,
		avatar: fields.avatar ?? null,
		premium_since: fields.premium_since ?? null,
		communication_disabled_until: fields.communication_disabled_until ?? null,
		pending: fields.pending ?? false,
		deaf: false,
		mute: false,
	};
}

/** The record the cache should give back for `fullMember(id, fields)`. */
function expectedMember(id: string, fields: Partial<CachedMember>): CachedMember {
	const base = {
		guild_id: GUILD,
		user_id: id,
		nick: fields.nick ?? null,
		roles: fields.roles ?? [],
		joined_at: fields.joined_at ?? null,
		flags: fields.flags ?? 0,
	};
	const rare = {
		avatar: fields.avatar ?? null,
		premium_since: fields.premium_since ?? null,
		communication_disabled_until: fields.communication_disabled_until ?? null,
		pending: fields.pending ?? false,
	};
	return rare.avatar === null && rare.premium_since === null && rare.communication_disabled_until === null && !rare.pending
		? base
		: { ...base, ...rare };
}

const memberFields = fc.record(
	{
		nick: fc.option(fc.string(), { nil: null }),
		roles: fc.array(fc.constantFrom('400000000000000001', '400000000000000002', '400000000000000003'), { maxLength: 3 }),
		joined_at: fc.option(anyTimestamp, { nil: null }),
		flags: fc.oneof(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constant(2 ** 40)),
		avatar: fc.option(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 32, maxLength: 32 }), { nil: null }),
		premium_since: fc.option(timestampText, { nil: null }),
		communication_disabled_until: fc.option(timestampText, { nil: null }),
		pending: fc.boolean(),
	},
	{ requiredKeys: [] },
);

describe('columnar members, users and messages', () => {
	it('gives back every timestamp text exactly, in any mix of forms', () => {
		fc.assert(
			fc.property(fc.array(anyTimestamp, { minLength: 1, maxLength: 40 }), (texts) => {
				const cache = createCache();
				const members = texts.map((text, i) => ({ ...member(String(310000000000000000n + BigInt(i))), joined_at: text }));
				cache.apply(guildCreate(GUILD, members));
				texts.forEach((text, i) => expect(cache.members.get(GUILD, String(310000000000000000n + BigInt(i)))?.joined_at).toBe(text));
				texts.forEach((text, i) =>
					cache.apply(dispatch(GatewayDispatchEvents.MessageCreate, { ...message(String(i + 1)), timestamp: text } as never)),
				);
				texts.forEach((text, i) => expect(cache.messages.get(GENERAL, String(i + 1))?.timestamp).toBe(text));
			}),
			{ numRuns: 60 },
		);
	});

	it('matches a model through any sequence of member adds, updates and removes (freed slots leak nothing)', () => {
		const op = fc.record({ kind: fc.constantFrom('add', 'add', 'remove'), user: fc.integer({ min: 0, max: 7 }), fields: memberFields });
		fc.assert(
			fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
				const cache = createCache();
				cache.apply(guildCreate(GUILD, []));
				const model = new Map<string, CachedMember>();
				for (const { kind, user: n, fields } of ops) {
					const id = String(320000000000000000n + BigInt(n));
					if (kind === 'add') {
						cache.apply(dispatch(GatewayDispatchEvents.GuildMemberUpdate, { ...fullMember(id, fields), guild_id: GUILD } as never));
						model.set(id, expectedMember(id, fields));
					} else {
						cache.apply(dispatch(GatewayDispatchEvents.GuildMemberRemove, { guild_id: GUILD, user: user(id) }));
						model.delete(id);
					}
				}
				expect(cache.members.size).toBe(model.size);
				for (const [id, record] of model) expect(cache.members.get(GUILD, id)).toStrictEqual(record);
				expect(new Set([...cache.members.forGuild(GUILD)].map((m) => m.user_id))).toEqual(new Set(model.keys()));
			}),
			{ numRuns: 100 },
		);
	});

	it('sizes member tables from GUILD_CREATE and chunks without losing anyone, again after a reconnect', () => {
		const ids = (from: number, count: number): string[] =>
			Array.from({ length: count }, (_, i) => String(330000000000000000n + BigInt(from + i)));
		const cache = createCache();
		cache.apply(
			guildCreate(
				GUILD,
				ids(0, 3).map((id) => member(id, [], `n${id.slice(-2)}`)),
			),
		);
		// A reconnect's GUILD_CREATE: the same members and two new ones.
		cache.apply(
			guildCreate(
				GUILD,
				ids(0, 5).map((id) => member(id, [], `n${id.slice(-2)}`)),
			),
		);
		cache.apply(
			dispatch(GatewayDispatchEvents.GuildMembersChunk, {
				guild_id: GUILD,
				members: ids(5, 50).map((id) => member(id)),
				chunk_index: 0,
				chunk_count: 1,
			} as never),
		);
		expect(cache.members.size).toBe(55);
		for (const id of ids(0, 5))
			expect(cache.members.get(GUILD, id)).toMatchObject({ user_id: id, nick: `n${id.slice(-2)}`, joined_at: '2024-01-01T00:00:00.000Z' });
		for (const id of ids(5, 50)) expect(cache.members.get(GUILD, id)).toMatchObject({ user_id: id, nick: null });
		expect([...cache.members.forGuild(GUILD)].map((m) => m.user_id)).toEqual(ids(0, 55));
		// Members all filtered out: the room made for them holds nothing.
		const none = createCache({ members: { filter: () => false } });
		none.apply(
			guildCreate(
				GUILD,
				ids(0, 5).map((id) => member(id)),
			),
		);
		expect(none.sizes().members).toBe(0);
		expect([...none.members.forGuild(GUILD)]).toEqual([]);
	});

	it('keeps users exactly, bots and old discriminators included', () => {
		const cache = createCache();
		const users = [
			{ ...user('1'), bot: true },
			{ ...user('2'), discriminator: '0420' },
			{ ...user('3'), discriminator: '0001', bot: true, global_name: 'Three', avatar: 'a_0123456789abcdef0123456789abcdef' },
			user('4'),
		];
		for (const u of users) cache.apply(dispatch(GatewayDispatchEvents.UserUpdate, u as never));
		for (const u of users) {
			expect(cache.users.get(u.id)).toStrictEqual({
				id: u.id,
				username: u.username,
				discriminator: u.discriminator,
				global_name: u.global_name,
				avatar: u.avatar,
				bot: u.bot === true,
			});
		}
		// A rewrite in place: the bot turns into a user with a discriminator.
		cache.apply(dispatch(GatewayDispatchEvents.UserUpdate, { ...user('1'), discriminator: '1234', bot: false } as never));
		expect(cache.users.get('1')).toMatchObject({ discriminator: '1234', bot: false });
	});

	it('keeps the rarer message fields, DM messages and a freed message slot clean', () => {
		const cache = createCache({ messages: { max: 1 } });
		cache.apply(guildCreate());
		const reply = {
			...message('10'),
			type: 19,
			flags: 4,
			pinned: true,
			edited_timestamp: '2024-01-02T00:00:00.000000+00:00',
			mentions: [user(ALICE)],
			mention_roles: ['400000000000000001'],
			embeds: [{ title: 'hi' }],
			message_reference: { message_id: '9', channel_id: GENERAL, guild_id: GUILD },
		};
		cache.apply(dispatch(GatewayDispatchEvents.MessageCreate, reply as never));
		expect(cache.messages.get(GENERAL, '10')).toMatchObject({
			type: 19,
			flags: 4,
			pinned: true,
			edited_timestamp: '2024-01-02T00:00:00.000000+00:00',
			mention_ids: [ALICE],
			mention_roles: ['400000000000000001'],
			embeds: [{ title: 'hi' }],
			message_reference: { message_id: '9' },
		});
		// The next message takes the freed slot and inherits none of it.
		cache.apply(messageCreate('11'));
		expect(cache.messages.has(GENERAL, '10')).toBe(false);
		expect(cache.messages.get(GENERAL, '11')).toMatchObject({
			type: 0,
			flags: 0,
			pinned: false,
			edited_timestamp: null,
			mention_ids: [],
			embeds: [],
			message_reference: null,
			guild_id: GUILD,
		});
		const dm = { ...message('12', '500000000000000001'), guild_id: undefined };
		cache.apply(dispatch(GatewayDispatchEvents.MessageCreate, dm as never));
		expect(cache.messages.get('500000000000000001', '12')?.guild_id).toBeUndefined();
	});

	it('stays correct through heavy eviction (messages at max, many times over)', () => {
		const cache = createCache({ messages: { max: 3 } });
		for (let i = 1; i <= 500; i++) cache.apply(messageCreate(String(i)));
		expect([...cache.messages.forChannel(GENERAL)].map((m) => [m.id, m.content])).toEqual([
			['498', 'message 498'],
			['499', 'message 499'],
			['500', 'message 500'],
		]);
		expect(cache.messages.size).toBe(3);
	});

	it('never pairs an id with another record while a lazy loop outlives evictions and slot reuse', () => {
		const cache = createCache({ messages: { max: 40 } });
		for (let i = 1; i <= 40; i++) cache.apply(messageCreate(String(i)));
		const seen: [string, string][] = [];
		let next = 41;
		for (const m of cache.messages.forChannel(GENERAL)) {
			seen.push([m.id, m.content]);
			// Each step evicts the oldest and reuses its slot; enough of them compact the group's Map.
			for (let k = 0; k < 5; k++) cache.apply(messageCreate(String(next++)));
		}
		expect(seen.length).toBeGreaterThan(0);
		for (const [id, content] of seen) expect(content).toBe(`message ${id}`);
	});

	it('keeps first-write order without max or ttlMs, and moves a rewrite to the newest with them', () => {
		const unlimited = createCache();
		const capped = createCache({ members: { max: 10 } });
		for (const cache of [unlimited, capped]) {
			cache.apply(
				guildCreate(
					GUILD,
					['1', '2', '3'].map((id) => member(id)),
				),
			);
			cache.apply(dispatch(GatewayDispatchEvents.GuildMemberUpdate, { guild_id: GUILD, user: user('1'), roles: [], nick: 'one' } as never));
		}
		expect([...unlimited.members.forGuild(GUILD)].map((m) => m.user_id)).toEqual(['1', '2', '3']);
		expect([...capped.members.forGuild(GUILD)].map((m) => m.user_id)).toEqual(['2', '3', '1']);
		expect(unlimited.members.get(GUILD, '1')?.nick).toBe('one');
	});
});

describe('messages and their channel', () => {
	it("moves the channel's last_message_id on MESSAGE_CREATE, not on MESSAGE_UPDATE", () => {
		const cache = createCache();
		cache.apply(guildCreate());
		cache.apply(messageCreate('700'));
		expect(cache.channels.get(GENERAL)?.last_message_id).toBe('700');
		cache.apply(messageCreate('701'));
		cache.apply(dispatch(GatewayDispatchEvents.MessageUpdate, { ...message('700'), content: 'edited' } as never));
		expect(cache.channels.get(GENERAL)).toMatchObject({ last_message_id: '701', name: 'general', guild_id: GUILD });
	});

	it('keeps a full MESSAGE_UPDATE of an uncached message, and ignores a partial one', () => {
		const cache = createCache();
		cache.apply(guildCreate());
		cache.apply(
			dispatch(GatewayDispatchEvents.MessageUpdate, {
				...message('800'),
				content: 'edited',
				edited_timestamp: '2024-01-02T00:00:00.000Z',
			} as never),
		);
		expect(cache.messages.get(GENERAL, '800')).toMatchObject({
			content: 'edited',
			author_id: ALICE,
			edited_timestamp: '2024-01-02T00:00:00.000Z',
			guild_id: GUILD,
		});
		cache.apply(
			dispatch(GatewayDispatchEvents.MessageUpdate, {
				id: '801',
				channel_id: GENERAL,
				guild_id: GUILD,
				embeds: [{ title: 'unfurl' }],
			} as never),
		);
		expect(cache.messages.has(GENERAL, '801')).toBe(false);
		// A partial update of a cached message merges into it.
		cache.apply(dispatch(GatewayDispatchEvents.MessageUpdate, { id: '800', channel_id: GENERAL, embeds: [{ title: 'unfurl' }] } as never));
		expect(cache.messages.get(GENERAL, '800')).toMatchObject({ content: 'edited', embeds: [{ title: 'unfurl' }] });
	});
});
