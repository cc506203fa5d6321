import { rules } from '../../src/rules.js';
import { ruleTester } from './_tester.js';

const rule = rules['require-intents'];

ruleTester.run('require-intents', rule, {
	valid: [
		`const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });
client.on(Events.MessageCreate, (message) => console.log(message.content));`,
		`const client = new Client({ intents: loadIntents() });\nclient.on('guildMemberAdd', () => {});`,
		`const client = new Client({ intents: [GatewayIntentBits.Guilds] });\nclient.on('interactionCreate', () => {});`,
		`stream.on('data', () => {});`,
	],
	invalid: [
		{
			code: `const client = new Client({ intents: [GatewayIntentBits.Guilds] });\nclient.on(Events.GuildMemberAdd, (member) => {});`,
			errors: [
				{
					messageId: 'missing-intent',
					line: 2,
					column: 11,
					data: { event: 'guildMemberAdd', needed: 'GuildMembers', intent: 'GuildMembers' },
					suggestions: [
						{
							messageId: 'suggestion',
							data: { description: "Add GuildMembers to the client's intents (privileged)" },
							output: `const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers] });\nclient.on(Events.GuildMemberAdd, (member) => {});`,
						},
					],
				},
			],
		},
		{
			code: `const client = createClient({ intents: ['Guilds', 'GuildMessages'] });\nclient.on('MESSAGE_CREATE', (m) => m.content);`,
			errors: [
				{
					messageId: 'missing-message-content-intent',
					line: 2,
					column: 36,
					suggestions: [
						{
							messageId: 'suggestion',
							data: { description: "Add MessageContent to the client's intents (privileged)" },
							output: `const client = createClient({ intents: ['Guilds', 'GuildMessages', 'MessageContent'] });\nclient.on('MESSAGE_CREATE', (m) => m.content);`,
						},
					],
				},
			],
		},
	],
});
