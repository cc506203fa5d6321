import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GatewayDispatchEvents } from 'discord-api-types/v10';
import { createCache, type ClientCache } from 'ovenjs';
import { GENERAL, GUILD, dispatch, guildCreate, member, message, messageCreate, user } from './_payloads.js';

// The per-message fast paths (an unchanged author or member is not rewritten, and a linked
// member's author is checked in its users slot without the users Map; a full channel makes
// room before it takes a message) must cache exactly what the plain path
// does. The oracle: the same cache with a `max` no test reaches, which turns the fast
// paths off (a capped collection must move every rewritten record to the newest place).

const IDS = ['300000000000000001', '300000000000000002', '300000000000000003'] as const;
/** Not in the guild at first: joins, leaves and writes, so freed member and user slots are taken again. */
const ALL_IDS = [...IDS, '300000000000000004'] as const;
const ROLES = ['400000000000000001', '400000000000000002'] as const;

/** A field that is absent, mistyped, or one of a few values. */
const maybe = <T>(values: readonly T[]): fc.Arbitrary<T | undefined | readonly number[]> =>
	fc.oneof(fc.constant(undefined), fc.constant([1] as const), fc.constantFrom(...values));

const authorArb = fc.record({
	id: fc.constantFrom(...ALL_IDS),
	username: maybe(['alice', 'bob']),
	discriminator: maybe(['0', '1234']),
	global_name: maybe([null, 'Alice']),
	avatar: maybe([null, 'a'.repeat(32)]),
	bot: maybe([true, false]),
});

const memberArb = fc.record({
	roles: fc.oneof(fc.constant(undefined), fc.subarray([...ROLES])),
	nick: maybe([null, 'nick']),
	joined_at: maybe([
		null,
		'2024-01-01T00:00:00.000Z',
		'2024-01-01T00:00:00.000000+00:00',
		'2024-01-01T00:00:00+00:00',
		'2024-01-02T00:00:00.000Z',
		'soon',
	]),
	flags: maybe([0, 2]),
	premium_since: maybe([null, '2024-03-01T00:00:00.000000+00:00']),
	communication_disabled_until: maybe([null, '2024-03-01T00:00:00.000000+00:00']),
	avatar: maybe([null, 'b'.repeat(32)]),
	pending: maybe([true, false]),
	deaf: fc.constant(false),
	mute: fc.constant(false),
});

/** Drops the keys whose value is undefined: an absent field, as JSON has it. */
function present(value: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

const eventArb = fc.oneof(
	fc.record({
		kind: fc.constant('message' as const),
		n: fc.nat({ max: 5 }),
		author: authorArb,
		member: fc.option(memberArb, { nil: undefined }),
	}),
	fc.record({ kind: fc.constant('memberUpdate' as const), id: fc.constantFrom(...IDS), member: memberArb }),
	fc.record({ kind: fc.constant('memberAdd' as const), id: fc.constantFrom(...ALL_IDS) }),
	fc.record({ kind: fc.constant('memberRemove' as const), id: fc.constantFrom(...ALL_IDS) }),
);

type Event = typeof eventArb extends fc.Arbitrary<infer E> ? E : never;

function apply(cache: ClientCache, event: Event, seq: number): void {
	if (event.kind === 'message') {
		const data = {
			...message(String(500 + seq)),
			author: present(event.author),
			...(event.member === undefined ? {} : { member: present(event.member) }),
		};
		cache.apply(dispatch(GatewayDispatchEvents.MessageCreate, data as never, seq));
	} else if (event.kind === 'memberUpdate') {
		cache.apply(
			dispatch(GatewayDispatchEvents.GuildMemberUpdate, { guild_id: GUILD, user: user(event.id), ...present(event.member) } as never, seq),
		);
	} else if (event.kind === 'memberAdd') {
		cache.apply(dispatch(GatewayDispatchEvents.GuildMemberAdd, { ...member(event.id), guild_id: GUILD } as never, seq));
	} else {
		cache.apply(dispatch(GatewayDispatchEvents.GuildMemberRemove, { guild_id: GUILD, user: user(event.id) } as never, seq));
	}
}

function snapshot(cache: ClientCache): unknown {
	return {
		members: ALL_IDS.map((id) => cache.members.get(GUILD, id)),
		users: ALL_IDS.map((id) => cache.users.get(id)),
		messages: [...cache.messages.forChannel(GENERAL)],
		channel: cache.channels.get(GENERAL),
	};
}

describe('cache fast paths', () => {
	it('cache the same members, users, messages and channel as the plain path, for any mix of updates, joins and leaves', () => {
		// With a users filter too: a user it turns away frees a users slot another user takes.
		const noBob = (u: { username: string }): boolean => u.username !== 'bob';
		fc.assert(
			fc.property(fc.array(eventArb, { minLength: 1, maxLength: 30 }), fc.boolean(), (events, filtered) => {
				const filter = filtered ? { filter: noBob } : {};
				const fast = createCache({ users: filter });
				const plain = createCache({ members: { max: 1e9 }, users: { max: 1e9, ...filter } });
				for (const cache of [fast, plain]) {
					cache.apply(
						guildCreate(
							GUILD,
							IDS.map((id, i) => member(id, i === 0 ? [ROLES[0]] : [])),
						),
					);
					events.forEach((event, i) => apply(cache, event, i + 2));
				}
				expect(snapshot(fast)).toEqual(snapshot(plain));
			}),
			{ numRuns: 300 },
		);
	});

	it("never takes another user's slot for a message's author: the member's link to its user is checked", () => {
		const [alice, , , newcomer] = ALL_IDS;
		const cache = createCache({ users: { filter: (u) => u.username !== 'bob' } });
		cache.apply(guildCreate(GUILD, [member(alice)]));
		const plainMember = { roles: [], joined_at: '2024-01-01T00:00:00.000Z', flags: 0, deaf: false, mute: false };
		const from = (n: string, author: object) =>
			dispatch(GatewayDispatchEvents.MessageCreate, { ...message(n, GENERAL, alice), author, member: plainMember } as never);
		// Linked by a first message; then renamed to a name the filter turns away: the user leaves, its slot is freed.
		cache.apply(from('700', user(alice)));
		cache.apply(from('701', { ...user(alice), username: 'bob' }));
		expect(cache.users.has(alice)).toBe(false);
		// A newcomer's user takes the freed slot; a message from the first member then names only the id.
		cache.apply(dispatch(GatewayDispatchEvents.GuildMemberAdd, { ...member(newcomer), guild_id: GUILD } as never));
		cache.apply(from('702', { id: alice }));
		expect(cache.messages.get(GENERAL, '702')?.author_id).toBe(alice);
		expect(cache.users.get(newcomer)?.id).toBe(newcomer);
	});

	it('rewrites a member only when a message carries a change, and then keeps the new values', () => {
		const cache = createCache();
		cache.apply(guildCreate(GUILD, [member(IDS[0], [ROLES[0]], 'old nick')]));
		const before = cache.members.get(GUILD, IDS[0]);
		// The same member in another timestamp form (Discord's own): the text is what was sent last.
		cache.apply(
			dispatch(GatewayDispatchEvents.MessageCreate, {
				...message('600'),
				member: { roles: [ROLES[0]], joined_at: '2024-01-01T00:00:00.000000+00:00', flags: 0, deaf: false, mute: false },
			} as never),
		);
		expect(cache.members.get(GUILD, IDS[0])).toEqual({ ...before, joined_at: '2024-01-01T00:00:00.000000+00:00' });
		cache.apply(
			dispatch(GatewayDispatchEvents.MessageCreate, {
				...message('601'),
				member: { roles: [ROLES[1]], joined_at: '2024-01-01T00:00:00.000000+00:00', flags: 0, deaf: false, mute: false },
			} as never),
		);
		expect(cache.members.get(GUILD, IDS[0])).toMatchObject({ roles: [ROLES[1]], nick: 'old nick' });
		cache.apply(
			dispatch(GatewayDispatchEvents.MessageCreate, { ...message('602'), author: { ...user(IDS[0]), username: 'renamed' } } as never),
		);
		expect(cache.users.get(IDS[0])?.username).toBe('renamed');
	});

	it('keeps the newest messages of a full channel, in write order, whatever the max', () => {
		for (const max of [1, 2, 3, 5]) {
			const cache = createCache({ messages: { max } });
			const order: string[] = [];
			const write = (id: string): void => {
				const at = order.indexOf(id);
				if (at !== -1) order.splice(at, 1);
				order.push(id);
				if (order.length > max) order.splice(0, order.length - max);
			};
			for (let i = 1; i <= 12; i++) {
				cache.apply(messageCreate(String(i)));
				write(String(i));
				if (i % 4 === 0 && order[0] !== undefined) {
					// An edit of the oldest makes it the newest.
					const oldest = order[0];
					cache.apply(dispatch(GatewayDispatchEvents.MessageUpdate, { ...message(oldest), content: 'edited' } as never));
					write(oldest);
				}
				expect([...cache.messages.forChannel(GENERAL)].map((m) => m.id)).toEqual(order);
			}
			expect(cache.sizes().messages).toBe(max);
		}
	});
});
