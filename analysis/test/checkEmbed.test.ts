import { describe, expect, it } from 'vitest';
import { EmbedLimits, MessageLimits } from 'ovenjs/knowledge';
import { findEmbedProblems } from '@ovenjs/analysis';
import { run } from './_parse.js';

const long = (n: number): string => `'${'x'.repeat(n)}'`;

describe('findEmbedProblems', () => {
	it('accepts embeds within every limit', () => {
		expect(run(findEmbedProblems, `channel.send({ embeds: [{ title: 'hi', fields: [{ name: 'a', value: 'b' }] }] });`)).toEqual([]);
	});

	it('reports a title over the limit in an object literal and a builder', () => {
		const max = EmbedLimits.title.max;
		const text = `send({ embeds: [{ title: ${long(max + 1)} }] });\nnew EmbedBuilder().setTitle('x'.repeat(${max + 1}));`;
		expect(run(findEmbedProblems, text).map((f) => f.code)).toEqual(['embed-text-too-long', 'embed-text-too-long']);
	});

	it('follows same-file consts and v13 string footers', () => {
		const text = `const footer = ${long(EmbedLimits.footerText.max + 1)};\nnew MessageEmbed().setFooter(footer);`;
		expect(run(findEmbedProblems, text)).toEqual([{ code: 'embed-text-too-long', text: long(EmbedLimits.footerText.max + 1) }]);
	});

	it('counts fields across addFields calls', () => {
		const field = `{ name: 'n', value: 'v' }`;
		const text = `new EmbedBuilder().addFields(${Array(EmbedLimits.fields.max).fill(field).join(',')}).addFields(${field});`;
		expect(run(findEmbedProblems, text).map((f) => f.code)).toEqual(['embed-too-many-fields']);
	});

	it('reports too many embeds and the total across embeds', () => {
		const many = Array(MessageLimits.embeds.max + 1)
			.fill(`{ title: 'a' }`)
			.join(',');
		expect(run(findEmbedProblems, `reply({ embeds: [${many}] });`).map((f) => f.code)).toEqual(['message-too-many-embeds']);
		const half = EmbedLimits.description.max;
		const text = `reply({ embeds: [{ description: 'x'.repeat(${half}) }, new EmbedBuilder().setDescription('y'.repeat(${half}))] });`;
		expect(run(findEmbedProblems, text).map((f) => f.code)).toEqual(['embed-total-too-long']);
	});

	it('stays silent on values it cannot know', () => {
		expect(run(findEmbedProblems, `reply({ embeds: [{ title: user.name, description: makeText() }] });`)).toEqual([]);
	});
});
