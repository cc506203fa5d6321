import { describe, expect, it } from 'vitest';
import { ComponentLimits, ModalLimits } from 'ovenjs/knowledge';
import { findComponentProblems } from '@ovenjs/analysis';
import { run } from './_parse.js';

const codes = (text: string): string[] => run(findComponentProblems, text).map((f) => f.code);

describe('findComponentProblems', () => {
	it('accepts a valid row of buttons', () => {
		expect(
			codes(`reply({ components: [new ActionRowBuilder().addComponents(new ButtonBuilder().setCustomId('ok').setLabel('OK'))] });`),
		).toEqual([]);
	});

	it('reports a long custom_id on builders and objects', () => {
		const id = `'x'.repeat(${ComponentLimits.customId.max + 1})`;
		expect(codes(`new ButtonBuilder().setCustomId(${id});\nconst b = { type: 2, custom_id: ${id}, label: 'a' };`)).toEqual([
			'component-text-too-long',
			'component-text-too-long',
		]);
	});

	it('tells button and text input labels apart', () => {
		const label = `'x'.repeat(${ComponentLimits.textInputLabel.max + 1})`;
		expect(codes(`new ButtonBuilder().setLabel(${label});`)).toEqual([]);
		expect(codes(`new TextInputBuilder().setLabel(${label});`)).toEqual(['component-text-too-long']);
	});

	it('reports too many buttons in a row, rows in a message and options in a select', () => {
		const button = `{ type: 2, custom_id: 'b', label: 'b' }`;
		const row = `{ type: 1, components: [${Array(ComponentLimits.actionRowChildren.max + 1)
			.fill(button)
			.join(',')}] }`;
		expect(codes(`reply({ components: [${row}] });`)).toEqual(['row-too-many-components']);
		const okRow = `{ type: ComponentType.ActionRow, components: [${button}] }`;
		expect(
			codes(
				`reply({ components: [${Array(ComponentLimits.actionRows.max + 1)
					.fill(okRow)
					.join(',')}] });`,
			),
		).toEqual(['message-too-many-rows']);
		const option = `{ label: 'l', value: 'v' }`;
		expect(
			codes(
				`new StringSelectMenuBuilder().addOptions(${Array(ComponentLimits.selectOptions.max + 1)
					.fill(option)
					.join(',')});`,
			),
		).toEqual(['select-too-many-options']);
	});

	it('checks modal titles in showModal and ModalBuilder', () => {
		const title = `'t'.repeat(${ModalLimits.title.max + 1})`;
		expect(codes(`interaction.showModal({ custom_id: 'm', title: ${title}, components: [] });`)).toEqual(['component-text-too-long']);
		expect(codes(`new ModalBuilder().setCustomId('m').setTitle(${title});`)).toEqual(['component-text-too-long']);
	});
});
