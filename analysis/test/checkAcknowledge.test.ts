import { describe, expect, it } from 'vitest';
import { findSlowWorkBeforeAcknowledge } from '@ovenjs/analysis';
import { parse, run, ts } from './_parse.js';

describe('findSlowWorkBeforeAcknowledge', () => {
	it('reports an await before the first response, with a defer suggestion', () => {
		const text = `client.on('interactionCreate', async (interaction) => {\n\tconst data = await fetchStats();\n\tawait interaction.reply(data);\n});`;
		const findings = findSlowWorkBeforeAcknowledge(ts, parse(text));
		expect(findings.map((f) => f.code)).toEqual(['slow-work-before-acknowledge']);
		expect(findings[0]?.fixes?.[0]?.edits[0]?.text).toBe('await interaction.deferReply();\n\t');
	});

	it('accepts handlers that answer or defer first', () => {
		expect(
			run(findSlowWorkBeforeAcknowledge, `async function execute(interaction) { await interaction.deferReply(); await slow(); }`),
		).toEqual([]);
		expect(run(findSlowWorkBeforeAcknowledge, `async function execute(interaction) { if (x) return interaction.reply('no'); }`)).toEqual(
			[],
		);
		expect(run(findSlowWorkBeforeAcknowledge, `async function other(message) { await slow(); }`)).toEqual([]);
	});
});
