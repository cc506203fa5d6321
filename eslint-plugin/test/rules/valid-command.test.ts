import { CommandLimits } from 'ovenjs/knowledge';
import { rules } from '../../src/rules.js';
import { ruleTester } from './_tester.js';

const rule = rules['valid-command'];

ruleTester.run('valid-command', rule, {
	valid: [
		`new SlashCommandBuilder().setName('ping').setDescription('Replies with pong');`,
		`client.application.commands.create({ name: 'echo', description: 'Echo', options: [{ type: 3, name: 'text', description: 'Text', required: true }] });`,
		`new ContextMenuCommandBuilder().setName('Report Message').setType(3);`,
		`const user = { name: 'Ping', description: '' };`,
	],
	invalid: [
		{
			code: `new SlashCommandBuilder().setName('Ping').setDescription('d');`,
			output: `new SlashCommandBuilder().setName('ping').setDescription('d');`,
			errors: [{ messageId: 'command-name-uppercase', line: 1, column: 35 }],
		},
		{
			code: `commands.create({ name: 'two words', description: 'd' });`,
			errors: [{ messageId: 'command-name-invalid', line: 1, column: 25 }],
		},
		{
			code: `new SlashCommandBuilder().setName('x').setDescription('d'.repeat(${CommandLimits.description.max + 1}));`,
			errors: [{ messageId: 'command-description-length', line: 1, column: 55 }],
		},
		{
			code: [
				`new SlashCommandBuilder().setName('x').setDescription('d')`,
				`  .addStringOption((o) => o.setName('a').setDescription('a'))`,
				`  .addUserOption((o) => o.setName('b').setDescription('b').setRequired(true));`,
			].join('\n'),
			errors: [{ messageId: 'command-required-after-optional', line: 3, column: 35, data: { name: 'b' } }],
		},
		{
			code: `rest.put(Routes.applicationCommands(id), { body: [{ name: 'x', description: 'd', options: [{ type: 3, name: 'c', description: 'c', autocomplete: true, choices: [{ name: 'a', value: 'a' }] }] }] });`,
			errors: [{ messageId: 'command-choices-with-autocomplete', line: 1, column: 161 }],
		},
		{
			code: `commands.set([{ name: 'x', description: 'd', options: [${Array(CommandLimits.options.max + 1)
				.fill(`{ type: 3, name: 'o', description: 'o' }`)
				.join(', ')}] }]);`,
			errors: [{ messageId: 'command-too-many-options', line: 1, column: 55 }],
		},
	],
});
