import { createSocket } from 'node:dgram';
import { DefaultIds as D, openRtp, sealRtp, type MockDiscord } from '@ovenjs/mock-discord';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { control, startMock } from './_helpers.js';
import { TestGatewayClient } from './_gatewayClient.js';

// The voice server spoken to byte by byte, with no voice library: the protocol itself under test,
// on every Node.js the mock supports (the certificate is trusted per socket, not process-wide).

let mock: MockDiscord;
let gateway: TestGatewayClient;
beforeEach(async () => {
	mock = await startMock({ voice: { heartbeatInterval: 1000 } });
	gateway = await TestGatewayClient.connect(mock.gateway, mock.token);
});
afterEach(async () => {
	gateway.close();
	await mock.close();
});

/** A voice WebSocket that records what the server sends and how it closed. */
async function voiceSocket(endpoint: string) {
	const { certificate } = await mock.voice.start();
	const ws = new WebSocket(`wss://${endpoint}?v=8`, { ca: certificate });
	const messages: { op: number; d: any; seq?: number }[] = [];
	const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
	ws.on('message', (data) => messages.push(JSON.parse(String(data))));
	await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
	const next = async (op: number) => {
		for (let i = 0; i < 200; i += 1) {
			const found = messages.find((m) => m.op === op);
			if (found !== undefined) return found;
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
		throw new Error(`no op ${op} from the voice server`);
	};
	return { ws, messages, closed, next, send: (op: number, d: unknown) => ws.send(JSON.stringify({ op, d })) };
}

async function joinVoice() {
	gateway.send({ op: 4, d: { guild_id: D.guild, channel_id: D.voice, self_mute: false, self_deaf: true } });
	const state = await gateway.next('VOICE_STATE_UPDATE', (d) => d.user_id === D.bot);
	const server = await gateway.next('VOICE_SERVER_UPDATE');
	return { state, server };
}

describe('the voice server', () => {
	it('answers op 4 with the bot voice state and a voice server, and ignores a text channel', async () => {
		gateway.send({ op: 4, d: { guild_id: D.guild, channel_id: D.general, self_mute: false, self_deaf: false } });
		const { state, server } = await joinVoice();
		expect(gateway.events.filter((e) => e.t === 'VOICE_STATE_UPDATE')).toHaveLength(1);
		expect(state).toMatchObject({
			guild_id: D.guild,
			channel_id: D.voice,
			user_id: D.bot,
			self_deaf: true,
			member: { user: { id: D.bot } },
		});
		expect(server).toMatchObject({ guild_id: D.guild, endpoint: (await mock.voice.start()).endpoint });
		expect(server.token).toMatch(/^[0-9a-f]{24}$/);
		expect((await control(mock, 'GET', '/state')).status).toBe(200);
	});

	it('runs the handshake, answers IP discovery, records encrypted RTP and speaking, and resumes with missed messages', async () => {
		const { state, server } = await joinVoice();
		const voice = await voiceSocket(server.endpoint);
		expect((await voice.next(8)).d.heartbeat_interval).toBe(1000);
		voice.send(0, { server_id: D.guild, user_id: D.bot, session_id: state.session_id, token: server.token, max_dave_protocol_version: 1 });
		const ready = await voice.next(2);
		expect(ready.d.modes).toEqual(['aead_aes256_gcm_rtpsize', 'aead_xchacha20_poly1305_rtpsize']);
		expect(ready.seq).toBe(1);

		const udp = createSocket('udp4');
		await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', () => resolve()));
		const discovery = Buffer.alloc(74);
		discovery.writeUInt16BE(1, 0);
		discovery.writeUInt16BE(70, 2);
		discovery.writeUInt32BE(ready.d.ssrc, 4);
		const answer = new Promise<Buffer>((resolve) => udp.once('message', resolve));
		udp.send(discovery, ready.d.port, ready.d.ip);
		const reply = await answer;
		expect(reply.readUInt16BE(0)).toBe(2);
		expect(reply.subarray(8, reply.indexOf(0, 8)).toString()).toBe('127.0.0.1');
		expect(reply.readUInt16BE(72)).toBe(udp.address().port);

		voice.send(1, { protocol: 'udp', data: { address: '127.0.0.1', port: udp.address().port, mode: 'aead_xchacha20_poly1305_rtpsize' } });
		const description = await voice.next(4);
		expect(description.d).toMatchObject({ mode: 'aead_xchacha20_poly1305_rtpsize', dave_protocol_version: 0 });
		const key = Uint8Array.from(description.d.secret_key);
		expect(key).toHaveLength(32);
		voice.send(5, { speaking: 1, delay: 0, ssrc: ready.d.ssrc });
		const opus = Buffer.from([0xfc, 1, 2, 3]);
		udp.send(
			sealRtp({ sequence: 7, timestamp: 960, ssrc: ready.d.ssrc, nonce: 1, opus }, 'aead_xchacha20_poly1305_rtpsize', key),
			ready.d.port,
			ready.d.ip,
		);
		// A packet under the wrong key is counted, not recorded.
		udp.send(
			sealRtp({ sequence: 8, timestamp: 1920, ssrc: ready.d.ssrc, nonce: 2, opus }, 'aead_xchacha20_poly1305_rtpsize', new Uint8Array(32)),
			ready.d.port,
			ready.d.ip,
		);
		let report: any;
		for (let i = 0; i < 100 && !(report?.frames === 1 && report?.decrypt_failures === 1); i += 1) {
			[report] = (await control(mock, 'GET', '/voice/connections')).body;
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
		expect(report).toMatchObject({
			status: 'ready',
			mode: 'aead_xchacha20_poly1305_rtpsize',
			frames: 1,
			decrypt_failures: 1,
			max_dave_protocol_version: 1,
		});
		expect(report.speaking.map((s: { speaking: number }) => s.speaking)).toEqual([1]);
		const frames = (await control(mock, 'GET', `/voice/connections/${report.id}/frames`)).body;
		expect(frames).toMatchObject([{ sequence: 7, timestamp: 960, nonce: 1, opus: opus.toString('base64') }]);

		// Alice joins while the socket is down: CLIENTS_CONNECT is replayed on RESUME.
		voice.ws.close(4000);
		await voice.closed;
		await control(mock, 'POST', '/voice/states', { guild_id: D.guild, user_id: D.alice, channel_id: D.voice });
		const again = await voiceSocket(server.endpoint);
		again.send(7, { server_id: D.guild, session_id: state.session_id, token: server.token, seq_ack: description.seq });
		await again.next(9);
		expect((await again.next(11)).d).toEqual({ user_ids: [D.alice] });

		// The mock plays audio as Alice: a packet the client opens with its key.
		const heard = new Promise<Buffer>((resolve) => udp.once('message', resolve));
		expect(
			(await control(mock, 'POST', '/voice/play', { guild_id: D.guild, user_id: D.alice, frames: [opus.toString('base64')] })).body,
		).toEqual({ sent: 1 });
		expect((await again.next(5)).d).toMatchObject({ user_id: D.alice, speaking: 1 });
		expect(openRtp(await heard, 'aead_xchacha20_poly1305_rtpsize', key).opus).toEqual(opus);
		udp.close();
		again.ws.close(1000);
	});

	it("closes with Discord's voice close codes on protocol errors", async () => {
		const { state, server } = await joinVoice();
		const early = await voiceSocket(server.endpoint);
		early.send(5, { speaking: 1 });
		expect(await early.closed).toBe(4003);
		const wrongToken = await voiceSocket(server.endpoint);
		wrongToken.send(0, { server_id: D.guild, user_id: D.bot, session_id: state.session_id, token: 'nope' });
		expect(await wrongToken.closed).toBe(4004);
		const badMode = await voiceSocket(server.endpoint);
		badMode.send(0, { server_id: D.guild, user_id: D.bot, session_id: state.session_id, token: server.token });
		await badMode.next(2);
		badMode.send(1, { protocol: 'udp', data: { address: '127.0.0.1', port: 9, mode: 'xsalsa20_poly1305' } });
		expect(await badMode.closed).toBe(4016);
		const oldVersion = new WebSocket(`wss://${server.endpoint}?v=4`, { ca: (await mock.voice.start()).certificate });
		expect(await new Promise((resolve) => oldVersion.on('close', resolve))).toBe(4020);
	});

	it('validates the control API: members of voice channels only, playing needs a listener', async () => {
		expect((await control(mock, 'POST', '/voice/states', { guild_id: D.guild, user_id: D.alice, channel_id: D.general })).status).toBe(400);
		expect(
			(await control(mock, 'POST', '/voice/states', { guild_id: D.guild, user_id: '1234567890123456789', channel_id: D.voice })).status,
		).toBe(400);
		const joined = await control(mock, 'POST', '/voice/states', { guild_id: D.guild, user_id: D.bob, channel_id: D.voice });
		expect(joined.body).toMatchObject({ channel_id: D.voice, user_id: D.bob });
		expect((await gateway.next('VOICE_STATE_UPDATE', (d) => d.user_id === D.bob)).channel_id).toBe(D.voice);
		const play = await control(mock, 'POST', '/voice/play', { guild_id: D.guild, user_id: D.bob, frames: ['AAA='] });
		expect(play.status).toBe(400);
		expect(play.body.message).toMatch(/bot's voice channel/);
		expect((await control(mock, 'POST', '/faults', { kind: 'voice_server_change', guild_id: D.guild })).status).toBe(400);
	});
});
