import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeInfo } from '../../src/index.js';

const token = fc.stringMatching(/^[A-Za-z0-9_-]{24,68}$/);
const snowflake = fc.bigInt({ min: 100_000_000_000_000_000n, max: 999_999_999_999_999_999n }).map(String);
const tail = fc.constantFrom('', '/messages/@original', '/messages/123456789012345678', '/callback', '?wait=true');

describe('routeInfo (property)', () => {
	it('never puts a webhook or interaction token in the template, bucket key or public id', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('webhooks', 'interactions'),
				snowflake,
				token,
				tail,
				fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE'),
				(root, id, secret, rest, method) => {
					const info = routeInfo(method, `/${root}/${id}/${secret}${rest}`);
					expect(info.template).not.toContain(secret);
					expect(info.bucketRoute).not.toContain(secret);
					expect(info.majorId).not.toContain(secret);
					expect(info.globalExempt).toBe(true);
				},
			),
		);
	});

	it('maps every channel route of one channel to the same major parameter', () => {
		fc.assert(
			fc.property(snowflake, snowflake, fc.constantFrom('messages', 'pins', 'typing', 'webhooks'), (channel, other, sub) => {
				expect(routeInfo('POST', `/channels/${channel}/${sub}/${other}`).majorParameter).toBe(channel);
			}),
		);
	});
});
