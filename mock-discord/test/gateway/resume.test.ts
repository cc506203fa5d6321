import { afterEach, describe, expect, it } from 'vitest';
import { GUILD_A, type Harness, TOKEN, startGateway, until } from './_harness.js';

let h: Harness;
afterEach(() => h.close());

const message = (n: number) => ({ id: String(n), channel_id: '1', guild_id: GUILD_A, author: { id: '5' }, content: `m${n}`, mentions: [] });

describe('resume', () => {
	it('replays exactly the missed dispatches, in order, then RESUMED', async () => {
		h = await startGateway();
		const first = await h.connect();
		const ready = await first.ready({ intents: 1 | (1 << 9) | (1 << 15) });
		await first.waitFor((m) => m.s === 4);
		h.gateway.dispatch('MESSAGE_CREATE', message(1), GUILD_A);
		const seen = await first.waitFor((m) => m.t === 'MESSAGE_CREATE');
		h.gateway.fault({ kind: 'disconnect', shard: 0, code: 4000 });
		await first.closed;
		await until(() => h.gateway.sessions()[0]?.connected === false);
		for (let n = 2; n <= 4; n += 1) h.gateway.dispatch('MESSAGE_CREATE', message(n), GUILD_A);
		expect(h.gateway.sessions()[0]?.seq).toBe(8);

		const second = await h.connect();
		second.send({ op: 6, d: { token: TOKEN, session_id: ready.d.session_id, seq: seen.s } });
		await second.waitFor((m) => m.t === 'RESUMED');
		expect(second.dispatches().map((m) => [m.t, m.s, m.d?.content])).toEqual([
			['MESSAGE_CREATE', 6, 'm2'],
			['MESSAGE_CREATE', 7, 'm3'],
			['MESSAGE_CREATE', 8, 'm4'],
			['RESUMED', 9, undefined],
		]);
		h.gateway.dispatch('MESSAGE_CREATE', message(5), GUILD_A);
		expect((await second.waitFor((m) => m.d?.content === 'm5')).s).toBe(10);
	});

	it('answers op 9 d:false for an unknown session, and then accepts IDENTIFY', async () => {
		h = await startGateway();
		const c = await h.connect();
		c.send({ op: 6, d: { token: TOKEN, session_id: 'nope', seq: 3 } });
		const invalid = await c.waitFor((m) => m.op === 9);
		expect(invalid.d).toBe(false);
		await c.ready();
	});

	it('forgets a disconnected session after the resume timeout', async () => {
		h = await startGateway({ resumeTimeout: 100 });
		const first = await h.connect();
		const ready = await first.ready();
		first.ws.close(4200);
		await until(() => h.gateway.sessions().length === 0);
		const second = await h.connect();
		second.send({ op: 6, d: { token: TOKEN, session_id: ready.d.session_id, seq: 1 } });
		expect((await second.waitFor((m) => m.op === 9)).d).toBe(false);
	});

	it('ends the session when the client closes with 1000', async () => {
		h = await startGateway();
		const first = await h.connect();
		await first.ready();
		first.ws.close(1000);
		await until(() => h.gateway.sessions().length === 0);
	});

	it('ends the session on a non-resumable disconnect code', async () => {
		h = await startGateway();
		const first = await h.connect();
		await first.ready();
		h.gateway.fault({ kind: 'disconnect', shard: 0, code: 4009 });
		expect((await first.closed).code).toBe(4009);
		await until(() => h.gateway.sessions().length === 0);
	});

	it('answers op 9 when the dispatches after seq are no longer buffered', async () => {
		h = await startGateway({ replayBufferSize: 4 });
		const first = await h.connect();
		const ready = await first.ready({ intents: 1 | (1 << 9) });
		first.ws.close(4200);
		await until(() => h.gateway.sessions()[0]?.connected === false);
		for (let n = 1; n <= 10; n += 1) h.gateway.dispatch('MESSAGE_CREATE', message(n), GUILD_A);
		const second = await h.connect();
		second.send({ op: 6, d: { token: TOKEN, session_id: ready.d.session_id, seq: 1 } });
		expect((await second.waitFor((m) => m.op === 9)).d).toBe(false);
	});
});
