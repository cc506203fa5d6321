import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GatewayDispatchEvents } from 'discord-api-types/v10';
import { createCache } from 'ovenjs';
import { GENERAL, dispatch, message } from './_payloads.js';

// A channel's messages are kept in a ring in write order, found by id without a Map. Ids
// come in any order (a MESSAGE_UPDATE of an old message, a repeated MESSAGE_CREATE, ids of
// another length): whatever the sequence, the cache must hold what a plain list would.

/** Snowflakes of several lengths (so "newer" by length and by digits both occur), and their repeats. */
const ID_POOL = ['9', '10', '99', '100', '123456789012345678', '123456789012345679', '1234567890123456789', '223456789012345678'];

type Op = { readonly kind: 'create' | 'update' | 'delete'; readonly id: string };

const op: fc.Arbitrary<Op> = fc.record({
	kind: fc.constantFrom('create', 'create', 'update', 'delete'),
	id: fc.constantFrom(...ID_POOL),
});

describe('the message ring', () => {
	it('holds what a write-ordered list would, for any sequence of creates, updates and deletes and any max', () => {
		fc.assert(
			fc.property(fc.constantFrom(1, 2, 3, 5, Infinity), fc.array(op, { maxLength: 80 }), (max, ops) => {
				const cache = createCache({ messages: { max } });
				const ordered = max !== Infinity;
				const model: { id: string; content: string }[] = [];
				ops.forEach(({ kind, id }, step) => {
					const content = `v${step}`;
					const at = model.findIndex((m) => m.id === id);
					if (kind === 'delete') {
						cache.apply(dispatch(GatewayDispatchEvents.MessageDelete, { id, channel_id: GENERAL } as never));
						if (at !== -1) model.splice(at, 1);
						return;
					}
					const t = kind === 'create' ? GatewayDispatchEvents.MessageCreate : GatewayDispatchEvents.MessageUpdate;
					// A whole message: an update of one not cached is kept too.
					cache.apply(dispatch(t, { ...message(id), content } as never));
					if (at !== -1 && !ordered) {
						model[at] = { id, content };
						return;
					}
					if (at !== -1) model.splice(at, 1);
					model.push({ id, content });
					if (model.length > max) model.splice(0, model.length - max);
				});
				expect([...cache.messages.forChannel(GENERAL)].map((m) => [m.id, m.content])).toEqual(model.map((m) => [m.id, m.content]));
				expect(cache.messages.size).toBe(model.length);
				for (const id of ID_POOL) expect(cache.messages.get(GENERAL, id)?.content).toBe(model.find((m) => m.id === id)?.content);
			}),
			{ numRuns: 300 },
		);
	});

	it('grows past its first capacity and keeps order through deletes in the middle', () => {
		const cache = createCache({ messages: { max: Infinity } });
		for (let i = 1; i <= 300; i++) cache.apply(dispatch(GatewayDispatchEvents.MessageCreate, message(String(i)) as never));
		for (let i = 2; i <= 300; i += 3)
			cache.apply(dispatch(GatewayDispatchEvents.MessageDelete, { id: String(i), channel_id: GENERAL } as never));
		for (let i = 301; i <= 400; i++) cache.apply(dispatch(GatewayDispatchEvents.MessageCreate, message(String(i)) as never));
		const expected = Array.from({ length: 400 }, (_, i) => String(i + 1)).filter((id) => Number(id) > 300 || Number(id) % 3 !== 2);
		expect([...cache.messages.forChannel(GENERAL)].map((m) => m.id)).toEqual(expected);
		expect(cache.messages.get(GENERAL, '5')).toBeUndefined();
		expect(cache.messages.get(GENERAL, '7')?.content).toBe('message 7');
	});

	it('a loop over a channel that deletes what it reads ends with the channel empty', () => {
		const cache = createCache();
		for (let i = 1; i <= 50; i++) cache.apply(dispatch(GatewayDispatchEvents.MessageCreate, message(String(i)) as never));
		const read: string[] = [];
		for (const m of cache.messages.forChannel(GENERAL)) {
			read.push(m.id);
			cache.apply(dispatch(GatewayDispatchEvents.MessageDelete, { id: m.id, channel_id: GENERAL } as never));
		}
		expect(read).toHaveLength(50);
		expect(cache.messages.size).toBe(0);
		expect([...cache.messages.forChannel(GENERAL)]).toEqual([]);
	});
});
