import { rules } from '../../src/rules.js';
import { ruleTester } from './_tester.js';

const rule = rules['snowflake-precision'];

ruleTester.run('snowflake-precision', rule, {
	valid: [
		`const guildId = '123456789012345678';`,
		`const id = 123n * 2n;`,
		`const max = 9007199254740991;`,
		`const bytes = 9007199254740993;`,
	],
	invalid: [
		{
			code: `const guildId = 123456789012345678;`,
			output: `const guildId = '123456789012345678';`,
			errors: [
				{ messageId: 'snowflake-precision', line: 1, column: 17, data: { text: '123456789012345678', stored: '123456789012345680' } },
			],
		},
		{
			code: `await guild.members.fetch(9007199254740993);`,
			output: `await guild.members.fetch('9007199254740993');`,
			errors: [{ messageId: 'snowflake-precision', line: 1, column: 27 }],
		},
		{
			code: `if (message.author.id === 223456789012345678) {}`,
			output: `if (message.author.id === '223456789012345678') {}`,
			errors: [{ messageId: 'snowflake-precision', line: 1, column: 27 }],
		},
	],
});
