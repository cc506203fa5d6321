import { MessageLimits } from 'ovenjs/knowledge';
import { rules } from '../../src/rules.js';
import { ruleTester } from './_tester.js';

const rule = rules['prefer-bulk-operations'];

ruleTester.run('prefer-bulk-operations', rule, {
	valid: [
		`await channel.bulkDelete(messages);`,
		`await member.roles.add([a, b]);`,
		`for (const role of roles) await role.delete();`,
		`for (const message of messages) await message.react('👍');`,
	],
	invalid: [
		{
			code: `for (const message of messages.values()) {\n  await message.delete();\n}`,
			errors: [{ messageId: 'per-message-delete', line: 2, column: 9, data: { max: MessageLimits.bulkDelete.max } }],
		},
		{
			code: `await Promise.all(ids.map((id) => channel.messages.delete(id)));`,
			errors: [{ messageId: 'per-message-delete', line: 1, column: 35 }],
		},
		{
			code: `for (const role of newRoles) await member.roles.remove(role);`,
			errors: [{ messageId: 'per-role-edit', line: 1, column: 36, data: { method: 'remove' } }],
		},
	],
});
