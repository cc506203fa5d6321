import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, TOKEN, startGateway, until } from './_harness.js';

let h: Harness;
afterEach(() => h.close());

describe('faults', () => {
	it('disconnect closes only the shard named, with the code given, and keeps the session resumable', async () => {
		h = await startGateway();
		const s0 = await h.connect();
		await s0.ready({ shard: [0, 2] });
		const s1 = await h.connect();
		await s1.ready({ shard: [1, 2] });
		h.gateway.fault({ kind: 'disconnect', shard: 1, code: 4001 });
		expect((await s1.closed).code).toBe(4001);
		await until(() => h.gateway.sessions().some((s) => s.shard[0] === 1 && !s.connected));
		s0.send({ op: 1, d: null });
		await s0.waitFor((m) => m.op === 11);
		expect(h.gateway.sessions()).toHaveLength(2);
	});

	it('zombie stops heartbeat ACKs on that shard', async () => {
		h = await startGateway();
		const c = await h.connect();
		await c.ready();
		c.send({ op: 1, d: 1 });
		await c.waitFor((m) => m.op === 11);
		h.gateway.fault({ kind: 'zombie', shard: 0 });
		c.send({ op: 1, d: 2 });
		c.send({ op: 3, d: { status: 'online', since: null, activities: [], afk: false } });
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(c.messages.filter((m) => m.op === 11)).toHaveLength(1);
		// A fresh connection (the client's recovery) is acknowledged again.
		const again = await h.connect();
		again.send({ op: 1, d: null });
		await again.waitFor((m) => m.op === 11);
	});

	it('reconnect sends op 7, then closes resumably if the client stays', async () => {
		h = await startGateway({ reconnectGrace: 100 });
		const c = await h.connect();
		const ready = await c.ready();
		h.gateway.fault({ kind: 'reconnect', shard: 0 });
		expect((await c.waitFor((m) => m.op === 7)).d).toBe(null);
		expect((await c.closed).code).toBe(4000);
		const back = await h.connect();
		back.send({ op: 6, d: { token: TOKEN, session_id: ready.d.session_id, seq: 4 } });
		await back.waitFor((m) => m.t === 'RESUMED');
	});

	it('invalid_session resumable: op 9 true, and the session can be resumed', async () => {
		h = await startGateway();
		const c = await h.connect();
		const ready = await c.ready();
		h.gateway.fault({ kind: 'invalid_session', shard: 0, resumable: true });
		expect((await c.waitFor((m) => m.op === 9)).d).toBe(true);
		c.send({ op: 6, d: { token: TOKEN, session_id: ready.d.session_id, seq: 4 } });
		await c.waitFor((m) => m.t === 'RESUMED');
	});

	it('invalid_session not resumable: op 9 false, the session is gone, a new IDENTIFY works', async () => {
		h = await startGateway();
		const c = await h.connect();
		const ready = await c.ready();
		h.gateway.fault({ kind: 'invalid_session', shard: 0, resumable: false });
		expect((await c.waitFor((m) => m.op === 9)).d).toBe(false);
		expect(h.gateway.sessions()).toEqual([]);
		c.identify();
		await c.waitFor((m) => m.t === 'READY' && m.d.session_id !== ready.d.session_id);
	});
});
