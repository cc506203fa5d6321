import { describe, expect, it } from 'vitest';
import {
	ComponentLimits,
	componentViolations,
	EmbedLimits,
	embedsViolations,
	embedViolations,
	messageComponentsViolations,
} from 'ovenjs/knowledge';

describe('embedViolations and embedsViolations', () => {
	it('report each broken limit with its path, the limit and one wording', () => {
		const [title] = embedViolations({ title: 't'.repeat(257) });
		expect(title).toMatchObject({ path: 'embed.title', limit: EmbedLimits.title, actual: 257, measure: 'characters' });
		expect(title?.message).toBe('embed.title has 257 characters; Discord allows at most 256 characters.');
		expect(embedViolations({ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }).map((v) => v.path)).toEqual([
			'embed.fields',
		]);
		expect(embedViolations({ color: 0x1000000 })[0]?.message).toBe('embed.color is 16777216; Discord allows at most 16777215.');
	});

	it('add the count and the 6,000-character total across a message', () => {
		const big = { description: 'd'.repeat(4000) };
		expect(embedsViolations([big, big]).map((v) => v.path)).toEqual(['embeds']);
		expect(embedsViolations(Array.from({ length: 11 }, () => ({}))).map((v) => v.limit)).toEqual([expect.objectContaining({ max: 10 })]);
		expect(embedsViolations([{ title: 'ok' }])).toEqual([]);
	});
});

describe('componentViolations and messageComponentsViolations', () => {
	it('hold each text to the limit of its component type', () => {
		const label = 'l'.repeat(50);
		expect(componentViolations({ type: 2, custom_id: 'b', label })).toEqual([]);
		expect(componentViolations({ type: 4, custom_id: 't', label }).map((v) => v.limit)).toEqual([ComponentLimits.textInputLabel]);
		expect(componentViolations({ type: 2, custom_id: '' }).map((v) => v.message)).toEqual([
			'component.custom_id has 0 characters; Discord allows at least 1 characters.',
		]);
		expect(componentViolations({ title: 't'.repeat(46), custom_id: 'm', components: [{}] }, 'modal', 'modal').map((v) => v.path)).toEqual([
			'modal.title',
		]);
	});

	it('count row children, select options and their texts, and rows and components per message', () => {
		const button = { type: 2, custom_id: 'b', label: 'b' };
		expect(componentViolations({ type: 1, components: Array(6).fill(button) }).map((v) => v.path)).toEqual(['component.components']);
		const options = Array.from({ length: 26 }, (_, i) => ({ label: `o${i}`, value: `${i}` }));
		expect(componentViolations({ type: 3, custom_id: 's', options }).map((v) => v.path)).toEqual(['component.options']);
		expect(componentViolations({ type: 3, custom_id: 's', options: [{ label: 'x'.repeat(101), value: 'v' }] }).map((v) => v.path)).toEqual([
			'component.options[0].label',
		]);
		const row = { type: 1, components: [button] };
		expect(messageComponentsViolations(Array(6).fill(row)).map((v) => v.limit)).toEqual([ComponentLimits.actionRows]);
	});
});
