import { describe, expect, it } from 'vitest';
import * as protocol from 'ovenjs/inspector/protocol';
import { INSPECTOR_PROTOCOL_VERSION, parseInspectorMessage, protocolMismatch, type InspectorHello } from 'ovenjs/inspector/protocol';

const hello: InspectorHello = {
	type: 'hello',
	protocol: INSPECTOR_PROTOCOL_VERSION,
	source: 'bot',
	library: 'discord.js',
	name: 'my bot',
	pid: 1,
	replayed: 0,
};

describe('the inspector protocol module', () => {
	it('exports only the protocol: types, version and checks, nothing that needs Node', () => {
		expect(Object.keys(protocol).sort()).toEqual(['INSPECTOR_PROTOCOL_VERSION', 'parseInspectorMessage', 'protocolMismatch']);
	});

	it('accepts every message type in the shape senders produce', () => {
		const messages = [
			hello,
			{ type: 'packet', shardId: 0, direction: 'in', op: 0, t: 'READY', guildId: null, payload: { op: 0, d: {} }, at: 1 },
			{
				type: 'rest',
				id: 1,
				method: 'GET',
				route: '/users/@me',
				path: '/users/@me',
				status: 200,
				durationMs: 1.5,
				attempt: 1,
				bucket: null,
				remaining: null,
				limit: null,
				resetAfterMs: null,
				responseBody: { id: '1' },
				at: 2,
			},
			{
				type: 'rateLimit',
				info: {
					method: 'POST',
					route: '/x',
					bucket: 'b',
					majorParameter: '',
					limit: 5,
					retryAfterMs: 10,
					scope: 'user',
					fromResponse: true,
				},
				at: 3,
			},
			{ type: 'shard', shardId: 0, status: 'ready', latencyMs: 40, at: 4 },
			{ type: 'cache', sizes: { guilds: 2 }, at: 5 },
		];
		for (const message of messages) expect(parseInspectorMessage(message), message.type).toBe(message);
	});

	it('refuses malformed messages and skips types it does not know', () => {
		for (const bad of [
			null,
			'packet',
			[],
			{ type: 'packet', shardId: 'zero', direction: 'in', op: 0, t: null, guildId: null, payload: {}, at: 1 },
			{ type: 'rest', id: 1, method: 'GET', route: '/x', status: 200, durationMs: 1, attempt: 1, at: 1 },
			{ type: 'cache', sizes: { guilds: '2' }, at: 1 },
			{ ...hello, protocol: '1' },
			{ type: 'toString' },
			{ type: 'voice', at: 1 },
		])
			expect(parseInspectorMessage(bad)).toBeUndefined();
	});

	it('says what to update when a stream speaks a newer version', () => {
		expect(protocolMismatch(hello, { name: 'the OvenJS extension' })).toBeUndefined();
		expect(protocolMismatch({ ...hello, protocol: INSPECTOR_PROTOCOL_VERSION + 1 }, { name: 'the OvenJS extension' })).toBe(
			`my bot speaks inspector protocol ${INSPECTOR_PROTOCOL_VERSION + 1}, newer than the OvenJS extension understands (${INSPECTOR_PROTOCOL_VERSION}): update the OvenJS extension to a release that speaks version ${INSPECTOR_PROTOCOL_VERSION + 1}.`,
		);
		expect(protocolMismatch({ ...hello, protocol: 2 }, { name: 'x', version: 2 })).toBeUndefined();
		// A newer hello that does not have this version's shape is still reported by its version.
		expect(protocolMismatch({ type: 'hello', protocol: 9 }, { name: 'x' })).toMatch(/^The stream speaks inspector protocol 9/);
		expect(protocolMismatch({ type: 'packet', protocol: 9 }, { name: 'x' })).toBeUndefined();
	});
});
