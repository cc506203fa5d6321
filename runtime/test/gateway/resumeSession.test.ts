import { afterEach, describe, expect, it } from 'vitest';
import { Shard } from 'ovenjs';
import { GUILDS, type Harness, message, next, record, startMock, until } from './_harness.js';

let h: Harness | undefined;
const shards: Shard[] = [];
afterEach(async () => {
	for (const shard of shards.splice(0)) await shard.destroy();
	await h?.close();
	h = undefined;
});

const GUILD = GUILDS[0] as string;

describe('taking over a session (a restarted process)', () => {
	it('a new Shard given the old one’s session RESUMEs and gets what was sent in between, without IDENTIFY', async () => {
		h = await startMock();
		const first = new Shard(h.shardOptions());
		shards.push(first);
		let handled = 0;
		first.on('dispatch', (payload) => {
			if (payload.t === 'MESSAGE_CREATE') handled += 1;
		});
		await first.connect();
		h.gateway.dispatch('MESSAGE_CREATE', message(1, GUILD), GUILD);
		await until(() => handled === 1);
		const session = first.session;
		expect(session).toMatchObject({ sessionId: expect.any(String), resumeUrl: expect.stringMatching(/^ws:/), seq: expect.any(Number) });
		// The process dies: the socket drops without a clean close, the session stays resumable.
		await first.destroy({ code: 4000, reason: 'crash' });
		for (let n = 2; n <= 6; n += 1) h.gateway.dispatch('MESSAGE_CREATE', message(n, GUILD), GUILD);

		const second = new Shard({ ...h.shardOptions(), ...(session === undefined ? {} : { resume: session }) });
		shards.push(second);
		const rec = record(second);
		const ids: string[] = [];
		second.on('dispatch', (payload) => {
			if (payload.t === 'MESSAGE_CREATE') ids.push(payload.d.id);
		});
		await second.connect();
		await until(() => ids.length === 5);
		expect(ids).toEqual(['2', '3', '4', '5', '6']);
		expect(rec.sent(2)).toHaveLength(0);
		expect(rec.sent(6)).toHaveLength(1);
		expect(rec.events).toContain('resumed');
		expect(second.session?.sessionId).toBe(session?.sessionId);
	});

	it('a session the gateway no longer has ends in one IDENTIFY', async () => {
		h = await startMock();
		const shard = new Shard({ ...h.shardOptions(), resume: { sessionId: 'gone', resumeUrl: h.url, seq: 10 } });
		shards.push(shard);
		const rec = record(shard);
		const ready = next(shard, 'ready', 5000);
		await shard.connect();
		await ready;
		expect(rec.sent(6)).toHaveLength(1);
		expect(rec.sent(2)).toHaveLength(1);
		expect(rec.warnings).toContainEqual({ kind: 'invalidSession', resumable: false });
	});
});
