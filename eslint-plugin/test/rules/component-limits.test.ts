import { ComponentLimits, ModalLimits } from 'ovenjs/knowledge';
import { rules } from '../../src/rules.js';
import { ruleTester } from './_tester.js';

const rule = rules['component-limits'];

const button = `new ButtonBuilder().setCustomId('b').setLabel('B').setStyle(ButtonStyle.Primary)`;

ruleTester.run('component-limits', rule, {
	valid: [
		`reply({ components: [new ActionRowBuilder().addComponents(${button})] });`,
		`reply({ components: [{ type: 1, components: [{ type: 2, custom_id: 'a', label: 'A', style: 1 }] }] });`,
		`new TextInputBuilder().setCustomId(id).setLabel(label);`,
	],
	invalid: [
		{
			code: `new ButtonBuilder().setCustomId('c'.repeat(${ComponentLimits.customId.max + 1}));`,
			errors: [
				{
					messageId: 'component-text-too-long',
					line: 1,
					column: 33,
					data: { what: 'custom_id', length: ComponentLimits.customId.max + 1, max: ComponentLimits.customId.max },
				},
			],
		},
		{
			code: `const input = {\n  type: ComponentType.TextInput,\n  custom_id: 'i',\n  label: 'l'.repeat(${ComponentLimits.textInputLabel.max + 1}),\n};`,
			errors: [{ messageId: 'component-text-too-long', line: 4, column: 10 }],
		},
		{
			code: `new ButtonBuilder().setCustomId('');`,
			errors: [{ messageId: 'component-text-empty', line: 1, column: 33 }],
		},
		{
			code: `new ActionRowBuilder().addComponents(${Array(ComponentLimits.actionRowChildren.max + 1)
				.fill(button)
				.join(', ')});`,
			errors: [{ messageId: 'row-too-many-components', line: 1, column: 1 }],
		},
		{
			code: `const menu = new StringSelectMenuBuilder().setCustomId('m').setPlaceholder('p'.repeat(${ComponentLimits.selectPlaceholder.max + 1}));`,
			errors: [{ messageId: 'component-text-too-long', line: 1, column: 76 }],
		},
		{
			code: `reply({ components: [${Array(ComponentLimits.actionRows.max + 1)
				.fill('{ type: 1, components: [] }')
				.join(', ')}] });`,
			errors: [{ messageId: 'message-too-many-rows', line: 1, column: 21 }],
		},
		{
			code: `await interaction.showModal({ custom_id: 'm', title: 't'.repeat(${ModalLimits.title.max + 1}), components: [] });`,
			errors: [{ messageId: 'component-text-too-long', line: 1, column: 54 }],
		},
	],
});
