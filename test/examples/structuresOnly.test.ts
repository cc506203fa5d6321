import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The three bots of issue #18 (welcome + reaction roles, moderation, components) do everything
// through the structures: the only API call left is registering the commands, which no
// structure does.
const BOTS = ['welcome-bot.ts', 'moderation-bot.ts', 'ticket-bot.ts'];

describe('the examples use the structures, not the raw API', () => {
	it.each(BOTS)('%s calls client.api (or a REST client) only to sync its commands', (file) => {
		const text = readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8');
		const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
		const calls = [...code.matchAll(/[\w.]*\b(api|rest)\b[\w.]*/g)].map((match) => match[0]).filter((found) => found !== 'api');
		expect(calls).toEqual(['client.api']);
		expect(text).toContain('syncCommands(client.api, applicationId, ');
	});
});
