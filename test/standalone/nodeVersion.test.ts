import { describe, expect, it } from 'vitest';

// .ci/run runs the suite on the machine's Node and again on Node 24 with OVEN_EXPECT_NODE set:
// this fails if a pass silently ran on another Node than the one it claims.
describe('the Node this suite runs on', () => {
	const expected = process.env['OVEN_EXPECT_NODE'];
	it.skipIf(expected === undefined)(`is Node ${expected ?? '(any)'}`, () => {
		expect(process.versions.node.split('.')[0]).toBe(expected);
	});

	it('is one the packages support (>=20.19)', () => {
		const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
		expect(major > 20 || (major === 20 && minor >= 19)).toBe(true);
	});
});
