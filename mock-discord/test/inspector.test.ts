import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findInspectors, type InspectorMessage, type InspectorPacket } from 'ovenjs/inspector';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createMockDiscord, DefaultIds, type MockDiscord } from '../src/index.js';
import { TestGatewayClient } from './_gatewayClient.js';
import { rest } from './_helpers.js';

let mock: MockDiscord | undefined;
afterEach(async () => {
	await mock?.close();
	mock = undefined;
});

async function until(check: () => boolean): Promise<void> {
	const deadline = Date.now() + 5000;
	while (!check()) {
		if (Date.now() > deadline) throw new Error('condition not met in time');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

describe('the mock’s inspector stream', () => {
	it('streams its gateway payloads (from the bot’s side, tokens redacted) and REST requests to a token holder', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'oven-mock-inspector-'));
		mock = await createMockDiscord({ inspector: { discoveryDir: dir } });
		const [found] = await findInspectors(dir);
		expect(found).toMatchObject({ source: 'mock', url: mock.inspector?.address?.url });
		const refused = await new Promise<number>((resolve) => {
			const socket = new WebSocket(found?.url as string);
			socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
		});
		expect(refused).toBe(401);

		const gw = await TestGatewayClient.connect(mock.gateway, mock.token);
		await gw.next('READY', () => true);
		await rest(mock, 'POST', `/channels/${DefaultIds.general}/messages`, { content: 'hello' });
		const messages: InspectorMessage[] = [];
		const socket = new WebSocket(`${found?.url}?token=${found?.token}`);
		socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString()) as InspectorMessage));
		await until(() => messages.some((m) => m.type === 'rest'));
		const packets = messages.filter((m): m is InspectorPacket => m.type === 'packet');
		expect(packets.find((p) => p.op === 10)).toMatchObject({ direction: 'in', shardId: -1 });
		expect(packets.find((p) => p.op === 2)).toMatchObject({ direction: 'out', payload: { d: { token: '[redacted]' } } });
		expect(packets.find((p) => p.t === 'READY')).toMatchObject({ direction: 'in', shardId: 0 });
		expect(messages.find((m) => m.type === 'rest')).toMatchObject({
			method: 'POST',
			route: `/channels/${DefaultIds.general}/messages`,
			status: 200,
		});
		expect(messages[0]).toMatchObject({ type: 'hello', source: 'mock' });
		expect(JSON.stringify(messages)).not.toContain(mock.token);
		socket.close();
		gw.close();
		await mock.close();
		expect(await findInspectors(dir)).toEqual([]);
	});
});
