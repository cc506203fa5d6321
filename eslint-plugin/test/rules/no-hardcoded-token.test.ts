import { rules } from '../../src/rules.js';
import { ruleTester } from './_tester.js';

const rule = rules['no-hardcoded-token'];

// Made up: the first segment is base64 of an 18-digit id, the rest filler of the right length.
const token = `${btoa('123456789012345678').replace(/=+$/, '')}.GaBcDe.${'a1B2c3D4e5'.repeat(3)}x`;
const webhook = 'https://discord.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyzABCDEF';

ruleTester.run('no-hardcoded-token', rule, {
	valid: [
		'client.login(process.env.DISCORD_TOKEN);',
		`const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.abcdefghijklmnopqrstuvwxyz0123';`,
		`const url = 'https://discord.com/developers/docs/resources/webhook';`,
	],
	invalid: [
		{ code: `client.login('${token}');`, errors: [{ messageId: 'hardcoded-secret', line: 1, column: 14, data: { kind: 'bot token' } }] },
		{ code: `const auth = \`Bot ${token}\`;`, errors: [{ messageId: 'hardcoded-secret', line: 1, column: 14 }] },
		{
			code: `const hook = new WebhookClient({\n  url: '${webhook}',\n});`,
			errors: [{ messageId: 'hardcoded-secret', line: 2, column: 8, data: { kind: 'webhook URL' } }],
		},
	],
});
