import { describe, expect, it } from 'vitest';
import { applyOverwrites, basePermissions, ok, Router, type Route } from '../src/index.js';

const handler: Route['handler'] = () => ok(null);

describe('Router', () => {
	const router = new Router().add([
		{ method: 'GET', path: '/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}', handler },
		{ method: 'GET', path: '/webhooks/{webhook_id}/{webhook_token}/messages/@original', handler },
		{ method: 'POST', path: '/channels/{channel_id}/messages', handler },
	]);

	it('prefers literal segments over parameters, written plain or %-encoded', () => {
		const match = router.match('GET', '/webhooks/1/abc/messages/@original');
		expect(match !== undefined && match !== 'method' && match.route.path.endsWith('@original')).toBe(true);
		const encoded = router.match('GET', '/webhooks/1/abc/messages/%40original');
		expect(encoded !== undefined && encoded !== 'method' && encoded.route.path.endsWith('@original')).toBe(true);
	});

	it('decodes parameters and tells a wrong method from an unknown path', () => {
		const match = router.match('POST', '/channels/12%33/messages');
		expect(match !== undefined && match !== 'method' ? match.params : undefined).toEqual({ channel_id: '123' });
		expect(router.match('GET', '/channels/1/messages')).toBe('method');
		expect(router.match('GET', '/nothing/here')).toBeUndefined();
	});
});

describe('permission computation', () => {
	const ctx = {
		guildId: '1',
		ownerId: '9',
		roles: new Map([
			['1', { id: '1', permissions: String((1 << 10) | (1 << 11)) }],
			['2', { id: '2', permissions: '8' }],
			['3', { id: '3', permissions: '0' }],
		]),
	} as unknown as Parameters<typeof basePermissions>[0];

	it('gives owners and administrators everything', () => {
		const all = (1n << 53n) - 1n;
		expect(basePermissions(ctx, { roles: [], user_id: '9' })).toBe(all);
		expect(basePermissions(ctx, { roles: ['2'], user_id: '5' })).toBe(all);
	});

	it('applies @everyone, then role, then member overwrites', () => {
		const member = { roles: ['3'], user_id: '5' };
		const base = basePermissions(ctx, member);
		const overwrites = [
			{ id: '1', type: 0 as const, allow: '0', deny: String(1 << 11) },
			{ id: '3', type: 0 as const, allow: String(1 << 11), deny: '0' },
			{ id: '5', type: 1 as const, allow: '0', deny: String(1 << 11) },
		];
		expect(applyOverwrites(base, ctx, member, overwrites.slice(0, 1)) & (1n << 11n)).toBe(0n);
		expect(applyOverwrites(base, ctx, member, overwrites.slice(0, 2)) & (1n << 11n)).toBe(1n << 11n);
		expect(applyOverwrites(base, ctx, member, overwrites) & (1n << 11n)).toBe(0n);
		// No VIEW_CHANNEL means nothing at all.
		expect(applyOverwrites(base, ctx, member, [{ id: '1', type: 0, allow: '0', deny: String(1 << 10) }])).toBe(0n);
	});
});
