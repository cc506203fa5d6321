import { describe, expect, it } from 'vitest';
import { routeInfo } from '../../src/index.js';

describe('routeInfo', () => {
	it('templates ids and keys the bucket by the major parameter', () => {
		const info = routeInfo('PATCH', '/channels/111111111111111111/messages/222222222222222222');
		expect(info).toMatchObject({
			template: '/channels/{channel_id}/messages/{message_id}',
			bucketRoute: 'PATCH /channels/111111111111111111/messages/:id',
			majorParameter: '111111111111111111',
			globalExempt: false,
			interactionCallback: false,
		});
		expect(routeInfo('GET', '/guilds/5/members/6?limit=10').template).toBe('/guilds/{guild_id}/members/{member_id}');
	});

	it('hides webhook and interaction tokens, and exempts them from the global limit', () => {
		const hook = routeInfo('POST', '/webhooks/123456789012345678/secret-token?wait=true');
		expect(hook.template).toBe('/webhooks/{webhook_id}/{webhook_token}');
		expect(hook.majorParameter).toBe('123456789012345678/secret-token');
		expect(hook.majorId).toBe('123456789012345678');
		expect(hook.bucketRoute).not.toContain('secret-token');
		expect(hook.globalExempt).toBe(true);
		const callback = routeInfo('POST', '/interactions/123456789012345678/itoken/callback');
		expect(callback.template).toBe('/interactions/{interaction_id}/{interaction_token}/callback');
		expect(callback).toMatchObject({ globalExempt: true, interactionCallback: true });
		expect(JSON.stringify(callback)).not.toMatch(/"template":"[^"]*itoken/);
	});

	it('folds reaction emojis into one bucket per route', () => {
		const a = routeInfo('PUT', '/channels/1/messages/2/reactions/%F0%9F%91%8D/@me');
		const b = routeInfo('PUT', '/channels/1/messages/3/reactions/custom:4/@me');
		expect(a.bucketRoute).toBe(b.bucketRoute);
		expect(a.template).toBe('/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me');
	});

	it('gives deletes of messages older than 14 days their own bucket', () => {
		const now = Date.now();
		const snowflakeAt = (ms: number): string => String((BigInt(ms) - 1_420_070_400_000n) << 22n);
		const fresh = routeInfo('DELETE', `/channels/1/messages/${snowflakeAt(now - 60_000)}`, now);
		const old = routeInfo('DELETE', `/channels/1/messages/${snowflakeAt(now - 15 * 86_400_000)}`, now);
		expect(fresh.bucketRoute).not.toBe(old.bucketRoute);
		expect(old.bucketRoute.endsWith('/old')).toBe(true);
	});
});
