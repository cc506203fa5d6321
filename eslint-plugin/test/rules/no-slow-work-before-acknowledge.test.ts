import { rules } from '../../src/rules.js';
import { ruleTester } from './_tester.js';

const rule = rules['no-slow-work-before-acknowledge'];

ruleTester.run('no-slow-work-before-acknowledge', rule, {
	valid: [
		`client.on('interactionCreate', async (interaction) => {\n  await interaction.deferReply();\n  await interaction.editReply(await stats());\n});`,
		`export async function execute(interaction) {\n  if (!ok) return interaction.reply('no');\n}`,
		`async function onMessage(message) { await save(message); }`,
	],
	invalid: [
		{
			code: `client.on(Events.InteractionCreate, async (interaction) => {\n  const stats = await loadStats();\n  await interaction.reply(stats);\n});`,
			errors: [
				{
					messageId: 'slow-work-before-acknowledge',
					line: 2,
					column: 17,
					suggestions: [
						{
							messageId: 'suggestion',
							data: { description: 'Defer the reply before this work: await interaction.deferReply()' },
							output: `client.on(Events.InteractionCreate, async (interaction) => {\n  await interaction.deferReply();\n  const stats = await loadStats();\n  await interaction.reply(stats);\n});`,
						},
					],
				},
			],
		},
	],
});
