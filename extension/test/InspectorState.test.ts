import { describe, expect, it } from 'vitest';
import { eventLabel, InspectorState, isInspectorMessage } from 'ovenjs-vscode';

const packet = (t: string | null, shardId = 0, payload: unknown = {}) =>
	({ type: 'packet', shardId, direction: 'in', op: t === null ? 11 : 0, t, payload, at: 1 }) as const;

describe('InspectorState', () => {
	it('bounds the event list to maxEvents, dropping the oldest', () => {
		const state = new InspectorState({ maxEvents: 3 });
		for (const t of ['A', 'B', 'C', 'D']) state.apply(packet(t));
		expect(state.visibleEvents().map(eventLabel)).toEqual(['B', 'C', 'D']);
	});

	it('derives the guild from guild_id, or from id for GUILD_* events', () => {
		const state = new InspectorState();
		state.apply(packet('MESSAGE_CREATE', 0, { guild_id: '9' }));
		state.apply(packet('GUILD_CREATE', 0, { id: '8' }));
		state.apply(packet('USER_UPDATE', 0, { id: '7' }));
		expect(state.visibleEvents().map((e) => e.guildId)).toEqual(['9', '8', undefined]);
		state.setFilters({ guildId: '8' });
		expect(state.visibleEvents().map(eventLabel)).toEqual(['GUILD_CREATE']);
	});

	it('keeps the last latencyPoints latencies per shard and ignores null', () => {
		const state = new InspectorState({ latencyPoints: 2 });
		for (const latencyMs of [10, null, 20, 30]) state.apply({ type: 'shard', shardId: 3, status: 'ready', latencyMs });
		expect(state.shards.get(3)).toEqual({ status: 'ready', latencies: [20, 30] });
	});

	it('clear() empties the list and the selection', () => {
		const state = new InspectorState();
		state.apply(packet('READY'));
		state.select(state.visibleEvents()[0]?.id);
		expect(state.selected && eventLabel(state.selected)).toBe('READY');
		state.clear();
		expect(state.selected).toBeUndefined();
		expect(state.visibleEvents()).toEqual([]);
	});
});

describe('isInspectorMessage', () => {
	it('accepts the four message kinds and rejects malformed ones', () => {
		expect(isInspectorMessage(packet('READY'))).toBe(true);
		expect(
			isInspectorMessage({ type: 'rest', method: 'GET', route: '/x', status: 200, durationMs: 1, bucket: null, waitedMs: 0, at: 1 }),
		).toBe(true);
		expect(isInspectorMessage({ type: 'shard', shardId: 0, status: 'ready', latencyMs: null })).toBe(true);
		expect(isInspectorMessage({ type: 'cache', sizes: { guilds: 1 } })).toBe(true);
		expect(isInspectorMessage({ type: 'packet', shardId: '0', direction: 'in', op: 0, t: null, at: 1 })).toBe(false);
		expect(isInspectorMessage({ type: 'cache', sizes: { guilds: '1' } })).toBe(false);
		expect(isInspectorMessage({ type: 'eval', code: 'x' })).toBe(false);
		expect(isInspectorMessage(null)).toBe(false);
	});
});

describe('InspectorState with the runtime packet shape', () => {
	it('reads the guild from guildId, or from the packet d', () => {
		const state = new InspectorState();
		state.apply({ ...packet('MESSAGE_CREATE', 0, { op: 0, t: 'MESSAGE_CREATE', s: 1, d: { guild_id: '5' } }) });
		state.apply({ ...packet('TYPING_START'), guildId: '6' });
		expect(state.visibleEvents().map((e) => e.guildId)).toEqual(['5', '6']);
	});
});
