import { describe, expect, it } from 'vitest';
import { NODE_FEATURES, NodeVersionError, assertNodeFeature, nodeSupports, nodeVersionAtLeast } from 'ovenjs';

describe('Node.js feature requirements', () => {
	it('compares versions part by part, not as text', () => {
		expect(nodeVersionAtLeast('22.12.0', '22.12.0')).toBe(true);
		expect(nodeVersionAtLeast('22.12.0', 'v22.13.1')).toBe(true);
		expect(nodeVersionAtLeast('22.12.0', '22.9.0')).toBe(false);
		expect(nodeVersionAtLeast('22.12.0', '20.20.2')).toBe(false);
		expect(nodeVersionAtLeast('22.12.0', '24.0.0')).toBe(true);
		expect(nodeVersionAtLeast('22.15.0', '22.14.9')).toBe(false);
	});

	it('knows what voice and zstd-stream need', () => {
		expect(NODE_FEATURES.voice.minimum).toBe('22.12.0');
		expect(NODE_FEATURES.zstdStream.minimum).toBe('22.15.0');
		expect(nodeSupports('voice', '22.11.0')).toBe(false);
		expect(nodeSupports('voice', '24.1.0')).toBe(true);
	});

	it('throws a typed error naming the feature, the version it needs and the one it got', () => {
		expect(() => assertNodeFeature('voice', '24.0.0')).not.toThrow();
		let caught: unknown;
		try {
			assertNodeFeature('voice', 'v20.20.2');
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(NodeVersionError);
		const error = caught as NodeVersionError;
		expect(error).toMatchObject({ code: 'NODE_VERSION_UNSUPPORTED', feature: 'voice', required: '22.12.0', current: '20.20.2' });
		expect(error.name).toBe('NodeVersionError[NODE_VERSION_UNSUPPORTED]');
		expect(error.message).toMatch(/voice needs Node\.js 22\.12\.0 or newer .*this is Node\.js 20\.20\.2/);
	});
});
