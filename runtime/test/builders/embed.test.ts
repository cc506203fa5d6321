import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BuilderLimitError, embed, EmbedBuilder, message } from 'ovenjs';
import { EmbedLimits, embedLength } from 'ovenjs/knowledge';

const caught = (fn: () => unknown): BuilderLimitError => {
	try {
		fn();
	} catch (error) {
		if (error instanceof BuilderLimitError) return error;
		throw error;
	}
	throw new Error('expected a BuilderLimitError');
};

describe('embeds', () => {
	it('object and fluent forms build the same discord-api-types shape', () => {
		const fields = [{ name: 'Status', value: 'open', inline: true }];
		const object = embed({ title: 'Ticket #4', description: 'Printer on fire', color: 0xed4245, fields, footer: { text: 'by alice' } });
		const fluent = new EmbedBuilder()
			.setTitle('Ticket #4')
			.setDescription('Printer on fire')
			.setColor(0xed4245)
			.addFields(...fields)
			.setFooter({ text: 'by alice' })
			.toJSON();
		expect(fluent).toEqual(object);
		expect(object).toEqual({ title: 'Ticket #4', description: 'Printer on fire', color: 0xed4245, fields, footer: { text: 'by alice' } });
	});

	it('names the field path, the limit and the size found', () => {
		const fields = Array.from({ length: 4 }, (_, i) => ({
			name: `f${i}`,
			value: i === 3 ? 'x'.repeat(EmbedLimits.fieldValue.max + 1) : 'ok',
		}));
		const error = caught(() => embed({ fields }));
		expect(error.code).toBe('BUILDER_LIMIT');
		expect(error.path).toBe('embed.fields[3].value');
		expect(error.limit).toBe(EmbedLimits.fieldValue);
		expect(error.actual).toBe(1025);
		expect(error.message).toContain('embed.fields[3].value has 1025 characters; Discord allows at most 1024 characters');
		expect(error.name).toBe('BuilderLimitError[BUILDER_LIMIT]');
	});

	it('fluent setters fail at the offending call', () => {
		const builder = new EmbedBuilder();
		expect(caught(() => builder.setTitle('t'.repeat(257))).path).toBe('embed.title');
		expect(caught(() => builder.setColor(0x1000000)).path).toBe('embed.color');
		expect(caught(() => builder.addFields(...Array.from({ length: 26 }, () => ({ name: 'a', value: 'b' })))).path).toBe('embed.fields');
		expect(builder.toJSON()).toEqual({});
	});

	it('checks the 6,000-character total, per embed and across a message', () => {
		const big = { description: 'd'.repeat(4000), fields: [{ name: 'n', value: 'v'.repeat(1000) }], footer: { text: 'f'.repeat(999) } };
		expect(embedLength(embed(big))).toBe(6000);
		expect(caught(() => embed({ ...big, title: 'x' })).limit).toBe(EmbedLimits.total);
		const half = { description: 'd'.repeat(3001) };
		const error = caught(() => message({ embeds: [embed(half), embed(half)] }));
		expect([error.path, error.actual]).toEqual(['message.embeds', 6002]);
	});

	it('accepts exactly what the limits allow (property)', () => {
		fc.assert(
			fc.property(fc.nat({ max: 300 }), fc.nat({ max: 30 }), (titleLength, fieldCount) => {
				const data = { title: 'a'.repeat(titleLength), fields: Array.from({ length: fieldCount }, () => ({ name: 'n', value: 'v' })) };
				const ok = titleLength <= EmbedLimits.title.max && fieldCount <= EmbedLimits.fields.max;
				if (ok) expect(embed(data)).toBe(data);
				else expect(() => embed(data)).toThrow(BuilderLimitError);
			}),
		);
	});
});
