import { EmbedLimits, MessageLimits } from 'ovenjs/knowledge';
import { rules } from '../../src/rules.js';
import { ruleTester } from './_tester.js';

const rule = rules['embed-limits'];

const field = `{ name: 'n', value: 'v' }`;

ruleTester.run('embed-limits', rule, {
	valid: [
		`interaction.reply({ embeds: [{ title: 'Hello', description: 'World', fields: [${field}] }] });`,
		`new EmbedBuilder().setTitle('x'.repeat(${EmbedLimits.title.max})).addFields(${field});`,
		`interaction.reply({ embeds: [{ title: user.username.repeat(1000) }] });`,
	],
	invalid: [
		{
			code: `interaction.reply({ embeds: [{ title: 'x'.repeat(${EmbedLimits.title.max + 1}) }] });`,
			errors: [
				{
					messageId: 'embed-text-too-long',
					line: 1,
					column: 39,
					data: { path: 'embeds[0].title', length: EmbedLimits.title.max + 1, max: EmbedLimits.title.max },
				},
			],
		},
		{
			code: `const embed = new EmbedBuilder()\n  .setTitle('ok')\n  .setFooter({ text: 'f'.repeat(${EmbedLimits.footerText.max + 1}) });`,
			errors: [{ messageId: 'embed-text-too-long', line: 3, column: 22 }],
		},
		{
			code: `new MessageEmbed().addField('a', 'v'.repeat(${EmbedLimits.fieldValue.max + 1}));`,
			errors: [{ messageId: 'embed-text-too-long', line: 1, column: 34 }],
		},
		{
			code: `new EmbedBuilder().addFields(${Array(EmbedLimits.fields.max + 1)
				.fill(field)
				.join(', ')});`,
			errors: [{ messageId: 'embed-too-many-fields', line: 1, column: 1 }],
		},
		{
			code: `channel.send({ embeds: [${Array(MessageLimits.embeds.max + 1)
				.fill('{}')
				.join(', ')}] });`,
			errors: [{ messageId: 'message-too-many-embeds', line: 1, column: 24 }],
		},
		{
			code: `const a = 'x'.repeat(${EmbedLimits.description.max});\nchannel.send({ embeds: [{ description: a }, { description: a }] });`,
			errors: [
				{
					messageId: 'embed-total-too-long',
					line: 2,
					column: 24,
					data: {
						path: 'embeds',
						count: EmbedLimits.description.max * 2,
						length: EmbedLimits.description.max * 2,
						max: EmbedLimits.total.max,
					},
				},
			],
		},
	],
});
