import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, readdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
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
			route: '/channels/{channel_id}/messages',
			path: `/channels/${DefaultIds.general}/messages`,
			status: 200,
		});
		expect(messages[0]).toMatchObject({ type: 'hello', source: 'mock', library: 'mock', name: 'mock Discord' });
		expect(JSON.stringify(messages)).not.toContain(mock.token);
		socket.close();
		gw.close();
		await mock.close();
		expect(await findInspectors(dir)).toEqual([]);
	});

	it('never shows an interaction token: not in its stream, its log or /_mock/requests', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'oven-mock-inspector-'));
		const lines: string[] = [];
		mock = await createMockDiscord({ inspector: { discoveryDir: dir }, log: (line) => lines.push(line) });
		const [found] = await findInspectors(dir);
		const gw = await TestGatewayClient.connect(mock.gateway, mock.token);
		await gw.next('READY', () => true);
		await rest(mock, 'PUT', `/applications/${mock.applicationId}/commands`, [{ name: 'ping', description: 'Replies' }]);
		const started = await mock.interact({
			type: 'application_command',
			user_id: DefaultIds.alice,
			channel_id: DefaultIds.general,
			name: 'ping',
		});
		await gw.next('INTERACTION_CREATE', () => true);
		expect((await rest(mock, 'POST', `/interactions/${started.id}/${started.token}/callback`, { type: 5 }, { auth: null })).status).toBe(
			204,
		);
		const webhook = `/webhooks/${mock.applicationId}/${started.token}`;
		expect((await rest(mock, 'POST', webhook, { content: 'more' }, { auth: null })).status).toBe(200);
		const messages: InspectorMessage[] = [];
		const socket = new WebSocket(found?.url as string, { headers: { authorization: `Bearer ${found?.token}` } });
		socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString()) as InspectorMessage));
		await until(() => messages.filter((m) => m.type === 'rest').length >= 3);
		const interaction = messages.find((m): m is InspectorPacket => m.type === 'packet' && m.t === 'INTERACTION_CREATE');
		expect(interaction?.payload).toMatchObject({ d: { id: started.id, token: '[redacted]' } });
		expect(messages.filter((m) => m.type === 'rest').map((m) => (m as { path: string }).path)).toContain(
			`/interactions/${started.id}/[redacted]/callback`,
		);
		const requests = await mock.requests();
		expect(requests.map((r) => r.path)).toEqual(
			expect.arrayContaining([`/interactions/${started.id}/[redacted]/callback`, `/webhooks/${mock.applicationId}/[redacted]`]),
		);
		expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^POST \/webhooks\/\d+\/\[redacted\] 200 /)]));
		for (const shown of [JSON.stringify(messages), JSON.stringify(requests), lines.join('\n')]) {
			expect(shown).not.toContain(started.token);
			expect(shown).not.toContain(mock.token);
		}
		socket.close();
		gw.close();
	});
});

describe('a killed mock', () => {
	it('leaves a discovery file that the next lookup removes, so editors never list it', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'oven-mock-killed-'));
		await chmod(dir, 0o700);
		const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
		const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--inspector'], {
			env: { ...process.env, OVEN_INSPECTOR_DIR: dir },
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		try {
			await new Promise((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
			expect(await findInspectors(dir)).toEqual([expect.objectContaining({ source: 'mock', pid: child.pid })]);
		} finally {
			child.kill('SIGKILL');
			await once(child, 'exit');
		}
		// SIGKILL: no chance to clean up, the file stays until someone looks.
		expect((await readdir(dir)).filter((name) => name.startsWith(`${child.pid}-`))).toHaveLength(1);
		expect(await findInspectors(dir)).toEqual([]);
		expect(await readdir(dir)).toEqual([]);
	});
});
