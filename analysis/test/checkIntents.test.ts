import { describe, expect, it } from 'vitest';
import { findMissingIntents, readClientIntents } from '@ovenjs/analysis';
import { parse, run, ts } from './_parse.js';

describe('readClientIntents', () => {
	it('evaluates every way of writing intents', () => {
		const read = (intents: string): string[] =>
			[...(readClientIntents(ts, parse(`new Client({ intents: ${intents} });`))[0]?.names ?? [])].sort();
		expect(read('[GatewayIntentBits.Guilds, IntentsBitField.Flags.GuildMessages]')).toEqual(['GuildMessages', 'Guilds']);
		expect(read('[Intents.FLAGS.GUILD_BANS]')).toEqual(['GuildModeration']);
		expect(read('GatewayIntentBits.Guilds | GatewayIntentBits.MessageContent')).toEqual(['Guilds', 'MessageContent']);
		expect(read('513')).toEqual(['GuildMessages', 'Guilds']);
		expect(read(`['Guilds']`)).toEqual(['Guilds']);
	});
});

describe('findMissingIntents', () => {
	it('reports a listener whose intent is missing, with a fix in the same style', () => {
		const text = `const client = new Client({ intents: [GatewayIntentBits.Guilds] });\nclient.on(Events.MessageCreate, (m) => m.reply('hi'));`;
		const findings = findMissingIntents(ts, parse(text));
		expect(findings.map((f) => f.code)).toEqual(['missing-intent']);
		expect(findings[0]?.fixes?.[0]?.edits[0]?.text).toBe(', GatewayIntentBits.GuildMessages');
	});

	it('reports message.content without MessageContent', () => {
		const text = `const client = new Client({ intents: [GatewayIntentBits.GuildMessages] });\nclient.on('messageCreate', (message) => { if (message.content === '!ping') {} });`;
		expect(run(findMissingIntents, text)).toEqual([{ code: 'missing-message-content-intent', text: 'message.content' }]);
	});

	it('says nothing when the intents cannot be evaluated or events need none', () => {
		expect(run(findMissingIntents, `new Client({ intents: config.intents });\nclient.on('messageCreate', () => {});`)).toEqual([]);
		expect(
			run(
				findMissingIntents,
				`createClient({ intents: ['Guilds'] });\nclient.on('interactionCreate', () => {});\nclient.on('MESSAGE_CREATE', () => {});`,
			),
		).toEqual([{ code: 'missing-intent', text: `'MESSAGE_CREATE'` }]);
	});
});
