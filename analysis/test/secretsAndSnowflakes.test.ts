import { describe, expect, it } from 'vitest';
import { findHardcodedSecrets, findSnowflakePrecision } from '@ovenjs/analysis';
import { run } from './_parse.js';

// A made-up token: the first segment is base64 of a snowflake-shaped id, the rest is filler.
const token = `${btoa('123456789012345678').replace(/=+$/, '')}.GaBcDe.${'a1B2c3D4e5'.repeat(3)}x`;

describe('secrets', () => {
	it('reports literals and templates', () => {
		expect(run(findHardcodedSecrets, `client.login('${token}');\nconst t = \`${token}\`;`).map((f) => f.code)).toEqual([
			'hardcoded-secret',
			'hardcoded-secret',
		]);
	});
});

describe('findSnowflakePrecision', () => {
	it('reports snowflake-shaped and id-placed numbers past 2^53', () => {
		expect(
			run(
				findSnowflakePrecision,
				`const guildId = 123456789012345678;\nguild.members.fetch(9007199254740993);\nconst x = 9007199254740993;`,
			),
		).toEqual([
			{ code: 'snowflake-precision', text: '123456789012345678' },
			{ code: 'snowflake-precision', text: '9007199254740993' },
		]);
	});

	it('leaves safe integers and bigints alone', () => {
		expect(run(findSnowflakePrecision, `const id = 42; const big = 123456789012345678n;`)).toEqual([]);
	});
});
