import { describe, expect, it } from 'vitest';
import { normalizeRequests } from './_normalizeRequests.js';

describe('normalizeRequests (what the replay compares)', () => {
	it('turns snowflakes into placeholders by first appearance, in paths, bodies and text', () => {
		const first = normalizeRequests([
			{
				method: 'POST',
				path: '/api/v9/channels/1100000000000000011/messages',
				status: 200,
				body: { content: 'hi <@1200000000000000001>', message_reference: { message_id: '1574856801101414400' } },
			},
			{
				method: 'POST',
				path: '/interactions/1574856801101414401/[redacted]/callback',
				status: 204,
				body: { type: 4, data: { content: 'for <@1200000000000000001>' } },
			},
		]);
		const second = normalizeRequests([
			{
				method: 'POST',
				path: '/api/v10/channels/1100000000000000011/messages',
				status: 200,
				body: { content: 'hi <@1200000000000000001>', message_reference: { message_id: '1999999999999999999' } },
			},
			{
				method: 'POST',
				path: '/interactions/1888888888888888888/[redacted]/callback',
				status: 204,
				body: { type: 4, data: { content: 'for <@1200000000000000001>' } },
			},
		]);
		expect(first).toEqual(second);
		expect(first[1]).toEqual({
			method: 'POST',
			route: '/interactions/<id:4>/[redacted]/callback',
			status: 204,
			body: { type: 4, data: { content: 'for <@<id:2>>' } },
		});
	});

	it("drops Discord's documented defaults and per-send values only, keeping every other field", () => {
		const [normalized] = normalizeRequests([
			{
				method: 'POST',
				path: '/webhooks/1/t/messages/%40original',
				status: 200,
				body: {
					content: 'x',
					tts: false,
					nonce: '123',
					enforce_nonce: false,
					message_reference: { message_id: '1574856801101414400', fail_if_not_exists: true },
					embeds: [
						{
							type: 'rich',
							title: 'T',
							url: null,
							fields: [],
							timestamp: '2026-11-24T18:00:00.000Z',
							footer: { text: 'f', icon_url: null },
						},
						{ timestamp: 0, fields: [{ name: 'n', value: 'v' }] },
					],
					components: [
						{
							type: 1,
							components: [
								{ type: 2, custom_id: 'a', disabled: false, emoji: null },
								{
									type: 3,
									custom_id: 's',
									options: [{ label: 'L', value: 'l', default: false, emoji: { name: '🔥', animated: false } }],
								},
							],
						},
					],
				},
			},
		]);
		expect(normalized).toEqual({
			method: 'POST',
			route: '/webhooks/1/t/messages/@original',
			status: 200,
			body: {
				content: 'x',
				message_reference: { message_id: '<id:1>' },
				embeds: [{ title: 'T', timestamp: '<timestamp>', footer: { text: 'f' } }, { fields: [{ name: 'n', value: 'v' }] }],
				components: [
					{
						type: 1,
						components: [
							{ type: 2, custom_id: 'a' },
							{ type: 3, custom_id: 's', options: [{ label: 'L', value: 'l', emoji: { name: '🔥' } }] },
						],
					},
				],
			},
		});
		const callbacks = normalizeRequests([
			{ method: 'POST', path: '/interactions/1/t/callback', query: 'with_response=false', status: 204, body: null },
			{ method: 'POST', path: '/interactions/1/t/callback', query: 'with_response=true', status: 200, body: null },
			{ method: 'POST', path: '/webhooks/1/t', query: 'wait=true', status: 200, body: null },
			{ method: 'GET', path: '/channels/1/messages', query: 'limit=5&before=2', status: 200, body: null },
		]);
		// A callback that asks for the callback response (200 with it) answers the interaction as one that does not (204).
		expect(callbacks.map((request) => `${request.status} ${request.route}`)).toEqual([
			'204 /interactions/1/t/callback',
			'204 /interactions/1/t/callback',
			'200 /webhooks/1/t',
			'200 /channels/1/messages?before=2&limit=5',
		]);
		// Values that are not the default stay, so a bot that sends them differs.
		const [kept] = normalizeRequests([
			{
				method: 'POST',
				path: '/channels/1/messages',
				status: 200,
				body: {
					content: 'x',
					tts: true,
					message_reference: { message_id: '1', fail_if_not_exists: false },
					components: [
						{ type: 2, disabled: true, emoji: { name: 'a', animated: true } },
						{ type: 3, options: [{ label: 'L', value: 'l', default: true }] },
					],
				},
			},
		]);
		expect(kept?.body).toEqual({
			content: 'x',
			tts: true,
			message_reference: { message_id: '1', fail_if_not_exists: false },
			components: [
				{ type: 2, disabled: true, emoji: { name: 'a', animated: true } },
				{ type: 3, options: [{ label: 'L', value: 'l', default: true }] },
			],
		});
	});

	it('reads flags 0 as no flags, and a deferred answer with nothing else in its data as one without data', () => {
		const callback = (body: unknown) => ({ method: 'POST', path: '/interactions/1/[redacted]/callback', status: 204, body });
		const [deferred, flagged, message] = normalizeRequests([
			callback({ type: 5, data: { flags: 0 } }),
			callback({ type: 5, data: { flags: 64 } }),
			callback({ type: 4, data: { content: 'x', flags: 0 } }),
		]);
		expect(deferred?.body).toEqual({ type: 5 });
		expect(flagged?.body).toEqual({ type: 5, data: { flags: 64 } });
		expect(message?.body).toEqual({ type: 4, data: { content: 'x' } });
	});
});
