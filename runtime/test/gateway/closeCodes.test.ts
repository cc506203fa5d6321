import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GatewayCloseCodes, closeCodeAction } from 'ovenjs/knowledge';
import { GatewayFatalError, Shard } from 'ovenjs';
import { type Harness, next, record, startMock } from './_harness.js';

let h: Harness;
let shard: Shard | undefined;
beforeAll(async () => {
	h = await startMock();
});
afterEach(async () => {
	await shard?.destroy();
	shard = undefined;
});
afterAll(() => h.close());

/** Every code of the table, plus one it does not list (treated as resumable). */
const codes = [...Object.keys(GatewayCloseCodes).map(Number), 4999];

describe('close codes, per the table of ovenjs/knowledge', () => {
	it.each(codes.map((code) => [code, closeCodeAction(code)] as const))('%i → %s', async (code, action) => {
		const s = new Shard(h.shardOptions());
		shard = s;
		const rec = record(s);
		await s.connect();
		const firstSession = s.sessionId;
		h.gateway.fault({ kind: 'disconnect', shard: 0, code });
		if (action === 'resume') {
			await next(s, 'resumed');
			expect(s.sessionId).toBe(firstSession);
			expect(rec.sent(2)).toHaveLength(1);
			expect(rec.sent(6)).toHaveLength(1);
			expect(s.status).toBe('ready');
		} else if (action === 'reidentify') {
			await next(s, 'ready');
			expect(s.sessionId).not.toBe(firstSession);
			expect(rec.sent(2)).toHaveLength(2);
			expect(rec.sent(6)).toHaveLength(0);
			expect(s.status).toBe('ready');
		} else {
			const [error] = await next<[GatewayFatalError]>(s, 'error');
			expect(error).toBeInstanceOf(GatewayFatalError);
			expect(error).toMatchObject({ code: 'GATEWAY_FATAL', closeCode: code, shardId: 0 });
			expect(s.status).toBe('closed');
			await new Promise((resolve) => setTimeout(resolve, 100));
			expect(rec.sent(2)).toHaveLength(1);
			expect(rec.sent(6)).toHaveLength(0);
			expect(h.gateway.sessions().filter((session) => session.connected)).toEqual([]);
		}
		expect(rec.events.filter((e) => e.startsWith('close'))).toEqual([`close ${code} ${action}`]);
	});
});
