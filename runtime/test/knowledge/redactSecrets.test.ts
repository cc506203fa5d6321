import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecrets } from 'ovenjs/knowledge';

// Made-up secrets in Discord's shapes: a bot token whose first segment is a base64 snowflake, an interaction token.
const botToken = `${btoa('123456789012345678').replace(/=+$/, '')}.GaBcDe.${'a1B2c3D4e5'.repeat(3)}x`;
const interactionToken = Buffer.from(`interaction:1234567890123456789:${'Zq9'.repeat(30)}`).toString('base64url');
const webhookToken = 'w'.repeat(34) + '-_'.repeat(17);

describe('redactSecrets', () => {
	it('replaces the known strings', () => {
		expect(redactSecrets('login with abc.mock.xyz now', ['abc.mock.xyz', ''])).toBe(`login with ${REDACTED} now`);
	});

	it('replaces every JSON "token" member, escaped quotes included', () => {
		const text = JSON.stringify({ op: 0, t: 'INTERACTION_CREATE', d: { id: '1', token: 'se"cret', nested: [{ token: 'x' }] } });
		expect(JSON.parse(redactSecrets(text))).toEqual({
			op: 0,
			t: 'INTERACTION_CREATE',
			d: { id: '1', token: REDACTED, nested: [{ token: REDACTED }] },
		});
	});

	it('replaces the token segment of webhook and interaction paths, and keeps the rest of the path', () => {
		expect(redactSecrets(`POST /interactions/123/${webhookToken}/callback 204`)).toBe(`POST /interactions/123/${REDACTED}/callback 204`);
		expect(redactSecrets(`PATCH /webhooks/456/${webhookToken}/messages/@original?wait=true`)).toBe(
			`PATCH /webhooks/456/${REDACTED}/messages/@original?wait=true`,
		);
		expect(redactSecrets(`https://discord.com/api/v10/webhooks/456/${webhookToken}`)).toBe(
			`https://discord.com/api/v10/webhooks/456/${REDACTED}`,
		);
		expect(redactSecrets('GET /channels/1/webhooks, GET /webhooks/456')).toBe('GET /channels/1/webhooks, GET /webhooks/456');
	});

	it('replaces anything shaped like a bot token or an interaction token, and leaves look-alikes', () => {
		expect(redactSecrets(`content: my token is ${botToken}!`)).toBe(`content: my token is ${REDACTED}!`);
		expect(redactSecrets(`a ${interactionToken} b`)).toBe(`a ${REDACTED} b`);
		const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.abcdefghijklmnopqrstuvwxyz0123';
		expect(redactSecrets(`v1.2.3 and ${jwt}`)).toBe(`v1.2.3 and ${jwt}`);
	});

	it('is idempotent', () => {
		const once = redactSecrets(`{"token":"${botToken}"} /webhooks/1/${webhookToken}`);
		expect(redactSecrets(once)).toBe(once);
	});
});
