import { describe, expect, it } from 'vitest';
import type { InspectorMessage, InspectorPacket, InspectorRest } from 'ovenjs/inspector/protocol';
import { eventLabel, formatBytes, formatDuration, InspectorState } from 'ovenjs-vscode';

const packet = (t: string | null, extra: Partial<InspectorPacket> = {}): InspectorPacket => ({
	type: 'packet',
	shardId: 0,
	direction: 'in',
	op: t === null ? 11 : 0,
	t,
	guildId: null,
	payload: { op: t === null ? 11 : 0, t, d: {} } as never,
	at: 1,
	...extra,
});
const rest = (extra: Partial<InspectorRest> = {}): InspectorRest => ({
	type: 'rest',
	id: 7,
	method: 'POST',
	route: '/channels/{channel_id}/messages',
	path: '/channels/1/messages',
	status: 200,
	durationMs: 415.2850669999607,
	attempt: 1,
	bucket: 'b1',
	remaining: 4,
	limit: 5,
	resetAfterMs: 1000,
	requestBody: { content: 'hello' },
	responseBody: { id: '9' },
	at: 5,
	...extra,
});

describe('InspectorState', () => {
	it('bounds the event list to maxEvents, dropping the oldest', () => {
		const state = new InspectorState({ maxEvents: 3 });
		for (const t of ['A', 'B', 'C', 'D']) state.apply(packet(t));
		expect(state.visibleEvents().map(eventLabel)).toEqual(['B', 'C', 'D']);
	});

	it('hides heartbeats and their ACKs by default, and shows them on demand', () => {
		const state = new InspectorState();
		state.apply(packet('READY'));
		state.apply(packet(null, { op: 1, direction: 'out' }));
		state.apply(packet(null, { op: 11 }));
		expect(state.visibleEvents().map(eventLabel)).toEqual(['READY']);
		expect(state.hiddenHeartbeats()).toBe(2);
		state.setFilters({ hideHeartbeats: false });
		expect(state.visibleEvents().map(eventLabel)).toEqual(['READY', 'op 1', 'op 11']);
	});

	it('searches the whole event: payloads, bodies and paths', () => {
		const state = new InspectorState();
		state.apply(packet('MESSAGE_CREATE', { payload: { op: 0, t: 'MESSAGE_CREATE', d: { content: 'The Secret Sauce' } } as never }));
		state.apply(rest());
		state.setFilters({ search: 'secret sauce' });
		expect(state.visibleEvents().map(eventLabel)).toEqual(['MESSAGE_CREATE']);
		state.setFilters({ search: '"hello"' });
		expect(state.visibleEvents().map(eventLabel)).toEqual(['POST /channels/{channel_id}/messages']);
	});

	it('filters by guild and shard, from the stream’s guildId', () => {
		const state = new InspectorState();
		state.apply(packet('MESSAGE_CREATE', { guildId: '9' }));
		state.apply(packet('GUILD_CREATE', { guildId: '8', shardId: 1 }));
		state.setFilters({ guildId: '8' });
		expect(state.visibleEvents().map(eventLabel)).toEqual(['GUILD_CREATE']);
		state.setFilters({ guildId: '', shardId: 0 });
		expect(state.visibleEvents().map(eventLabel)).toEqual(['MESSAGE_CREATE']);
		expect(state.shardIds()).toEqual([0, 1]);
	});

	it('times each event against the previous one and measures its size', () => {
		const state = new InspectorState();
		state.apply(packet('READY', { at: 1000 }));
		state.apply(rest({ at: 1250 }));
		const [ready, sent] = state.visibleEvents();
		expect(ready?.sinceMs).toBe(0);
		expect(sent?.sinceMs).toBe(250);
		expect(sent?.bytes).toBe(JSON.stringify({ content: 'hello' }).length + JSON.stringify({ id: '9' }).length);
		expect(sent?.type === 'rest' && sent.id).toBe(7);
	});

	it('gives the selected event and the visible rows back as the stream carried them', () => {
		const state = new InspectorState();
		state.apply(packet('READY'));
		state.apply(rest());
		const sent = state.visibleEvents()[1];
		state.select(sent?.seq);
		expect(JSON.parse(state.selectedJson() ?? 'null')).toEqual(rest());
		state.setFilters({ kind: 'rest' });
		expect(state.exportVisible()).toBe(`${JSON.stringify(rest())}\n`);
	});

	it('keeps bucket state from responses and waits from rateLimit messages', () => {
		const state = new InspectorState();
		state.apply(rest());
		state.apply(rest({ status: 429, remaining: 0 }));
		const limited: InspectorMessage = {
			type: 'rateLimit',
			info: {
				method: 'POST',
				route: '/channels/{channel_id}/messages',
				bucket: 'b1',
				majorParameter: '1',
				limit: 5,
				retryAfterMs: 300,
				scope: 'user',
				fromResponse: true,
			},
			at: 6,
		};
		state.apply(limited);
		expect(state.buckets.get('b1')).toMatchObject({ requests: 2, limited: 1, remaining: 0, limit: 5, waitedMs: 300, lastStatus: 429 });
	});

	it('keeps the last latencyPoints latencies per shard and ignores null', () => {
		const state = new InspectorState({ latencyPoints: 2 });
		for (const latencyMs of [10, null, 20, 30]) state.apply({ type: 'shard', shardId: 3, status: 'ready', latencyMs, at: 1 });
		expect(state.shards.get(3)).toEqual({ status: 'ready', latencies: [20, 30] });
	});

	it('clear() empties the list and the selection; reset() forgets the bot too', () => {
		const state = new InspectorState();
		state.apply({ type: 'hello', protocol: 1, source: 'bot', library: 'discord.js', name: 'bot.js (discord.js)', pid: 1, replayed: 0 });
		state.apply(packet('READY'));
		state.apply({ type: 'cache', sizes: { guilds: 1 }, at: 1 });
		state.select(state.visibleEvents()[0]?.seq);
		expect(state.selected && eventLabel(state.selected)).toBe('READY');
		state.clear();
		expect(state.selected).toBeUndefined();
		expect(state.visibleEvents()).toEqual([]);
		expect(state.hello?.library).toBe('discord.js');
		state.reset();
		expect(state.hello).toBeUndefined();
		expect(state.cacheSizes).toEqual({});
	});
});

describe('formatDuration and formatBytes', () => {
	it('round as people read them', () => {
		expect([0, 0.42, 415.2850669999607, 999.6, 1234, 12_345].map(formatDuration)).toEqual([
			'0 ms',
			'0.4 ms',
			'415 ms',
			'1.00 s',
			'1.23 s',
			'12.3 s',
		]);
		expect([812, 4321, 1_234_567].map(formatBytes)).toEqual(['812 B', '4.3 kB', '1.2 MB']);
	});
});
