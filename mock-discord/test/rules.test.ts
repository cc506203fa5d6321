/**
 * Issue 2's interaction rules and gateway limits, end to end through the whole mock
 * (control API → world → gateway), where the other suites test the parts alone.
 */
import { setTimeout as delay } from 'node:timers/promises';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { DefaultIds as D } from '../src/index.js';
import { TestGatewayClient } from './_gatewayClient.js';
import { control, expectError, rest, startMock } from './_helpers.js';

const GUILDS = 1 << 0;
const GUILD_MESSAGES = 1 << 9;
const MESSAGE_CONTENT = 1 << 15;

describe('MESSAGE_CONTENT masking through the control API and the world', () => {
	it('a user message reaches a session without MessageContent empty, unless it mentions the bot; with the intent it is whole', async () => {
		// Two sessions on shard 0: no identify pacing between them.
		const mock = await startMock({ gateway: { identifyWindow: 0 } });
		try {
			const without = await TestGatewayClient.connect(mock.gateway, mock.token, { intents: GUILDS | GUILD_MESSAGES });
			const withIntent = await TestGatewayClient.connect(mock.gateway, mock.token, { intents: GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT });
			const plain = await control(mock, 'POST', '/messages', {
				author_id: D.alice,
				channel_id: D.general,
				content: 'a secret',
				embeds: [{ title: 'hidden' }],
			});
			expect(plain.status).toBe(201);
			const masked = await without.next('MESSAGE_CREATE', (d) => d.id === plain.body.id);
			expect({ content: masked.content, embeds: masked.embeds, attachments: masked.attachments, components: masked.components }).toEqual({
				content: '',
				embeds: [],
				attachments: [],
				components: [],
			});
			expect((await withIntent.next('MESSAGE_CREATE', (d) => d.id === plain.body.id)).content).toBe('a secret');
			const mention = await control(mock, 'POST', '/messages', {
				author_id: D.alice,
				channel_id: D.general,
				content: `hey <@${mock.world.botUser.id}>`,
			});
			expect((await without.next('MESSAGE_CREATE', (d) => d.id === mention.body.id)).content).toBe(`hey <@${mock.world.botUser.id}>`);
			// The bot's own messages, created through REST, are never masked.
			const own = await rest(mock, 'POST', `/channels/${D.general}/messages`, { content: 'from the bot' });
			expect((await without.next('MESSAGE_CREATE', (d) => d.id === own.body.id)).content).toBe('from the bot');
			without.close();
			withIntent.close();
		} finally {
			await mock.close();
		}
	});
});

describe('the 4096-byte gateway payload limit', () => {
	it('takes a 4096-byte payload and closes with 4002 on 4097 bytes', async () => {
		const mock = await startMock();
		try {
			const open = async (): Promise<{ ws: WebSocket; closed: Promise<number>; next: () => Promise<any> }> => {
				const ws = new WebSocket(`${mock.gateway}?v=10&encoding=json`);
				const queue: any[] = [];
				const waiters: ((p: any) => void)[] = [];
				ws.on('message', (raw) => {
					const p = JSON.parse(String(raw));
					const w = waiters.shift();
					if (w) w(p);
					else queue.push(p);
				});
				const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
				await new Promise((resolve) => ws.once('open', resolve));
				return {
					ws,
					closed,
					next: () => (queue.length > 0 ? Promise.resolve(queue.shift()) : new Promise((resolve) => waiters.push(resolve))),
				};
			};
			const heartbeatOf = (bytes: number): string => {
				const shell = JSON.stringify({ op: 1, d: null, pad: '' });
				return JSON.stringify({ op: 1, d: null, pad: 'x'.repeat(bytes - shell.length) });
			};
			const fits = await open();
			expect((await fits.next()).op).toBe(10);
			const exact = heartbeatOf(4096);
			expect(Buffer.byteLength(exact)).toBe(4096);
			fits.ws.send(exact);
			expect((await fits.next()).op).toBe(11);
			fits.ws.close(1000);
			const tooBig = await open();
			tooBig.ws.send(heartbeatOf(4097));
			expect(await tooBig.closed).toBe(4002);
		} finally {
			await mock.close();
		}
	});
});

describe('interaction rules', () => {
	it('follow-ups and @original edits work while the token lives, then answer 10015', async () => {
		// The lifetime leaves room for the first use of each route (schema compiling) on a loaded machine.
		const mock = await startMock({ interactions: { tokenLifetimeMs: 1500 } });
		try {
			await rest(mock, 'PUT', `/applications/${mock.applicationId}/commands`, [{ name: 'ping', description: 'Replies' }]);
			const { body } = await control(mock, 'POST', '/interactions', {
				type: 'application_command',
				user_id: D.carol,
				channel_id: D.general,
				name: 'ping',
			});
			expect((await rest(mock, 'POST', `/interactions/${body.id}/${body.token}/callback`, { type: 5 }, { auth: null })).status).toBe(204);
			const webhook = `/webhooks/${mock.applicationId}/${body.token}`;
			expect((await rest(mock, 'PATCH', `${webhook}/messages/@original`, { content: 'done' }, { auth: null })).status).toBe(200);
			expect((await rest(mock, 'POST', webhook, { content: 'more' }, { auth: null })).status).toBe(200);
			await delay(1600);
			expectError(await rest(mock, 'POST', webhook, { content: 'too late' }, { auth: null }), 404, 10015);
			expectError(await rest(mock, 'PATCH', `${webhook}/messages/@original`, { content: 'too late' }, { auth: null }), 404, 10015);
			expect((await control(mock, 'GET', `/interactions/${body.id}`)).body.followups).toHaveLength(1);
		} finally {
			await mock.close();
		}
	});

	it('ephemeral messages are visible only to their user: not in the channel, not dispatched, not clickable by others', async () => {
		const mock = await startMock();
		try {
			await rest(mock, 'PUT', `/applications/${mock.applicationId}/commands`, [{ name: 'ping', description: 'Replies' }]);
			const gw = await TestGatewayClient.connect(mock.gateway, mock.token);
			const { body } = await control(mock, 'POST', '/interactions', {
				type: 'application_command',
				user_id: D.carol,
				channel_id: D.general,
				name: 'ping',
			});
			const reply = await rest(
				mock,
				'POST',
				`/interactions/${body.id}/${body.token}/callback?with_response=true`,
				{
					type: 4,
					data: {
						content: 'only you',
						flags: 64,
						components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'ok', label: 'OK' }] }],
					},
				},
				{ auth: null },
			);
			const message = reply.body.resource.message;
			expect(message.flags & 64).toBe(64);
			const followUp = await rest(
				mock,
				'POST',
				`/webhooks/${mock.applicationId}/${body.token}`,
				{ content: 'also only you', flags: 64 },
				{ auth: null },
			);
			expect(followUp.status).toBe(200);
			// A visible message afterwards, to be sure the gateway had the chance to send the others.
			const marker = await rest(mock, 'POST', `/channels/${D.general}/messages`, { content: 'marker' });
			await gw.next('MESSAGE_CREATE', (d) => d.id === marker.body.id);
			expect(gw.events.filter((e) => e.t === 'MESSAGE_CREATE' && [message.id, followUp.body.id].includes(e.d.id))).toEqual([]);
			const listed = await rest(mock, 'GET', `/channels/${D.general}/messages?limit=100`);
			expect(listed.body.map((m: { id: string }) => m.id)).not.toContain(message.id);
			expectError(await rest(mock, 'GET', `/channels/${D.general}/messages/${message.id}`), 404, 10008);
			const seen = await control(mock, 'GET', `/channels/${D.general}/messages`);
			expect(seen.body.map((m: { id: string }) => m.id)).not.toContain(followUp.body.id);
			// Its user may click it; another user cannot see it to click.
			const other = await control(mock, 'POST', '/interactions', {
				type: 'message_component',
				user_id: D.bob,
				channel_id: D.general,
				message_id: message.id,
				custom_id: 'ok',
			});
			expect(other.status).toBe(400);
			const own = await control(mock, 'POST', '/interactions', {
				type: 'message_component',
				user_id: D.carol,
				channel_id: D.general,
				message_id: message.id,
				custom_id: 'ok',
			});
			expect(own.status).toBe(201);
			gw.close();
		} finally {
			await mock.close();
		}
	});
});
