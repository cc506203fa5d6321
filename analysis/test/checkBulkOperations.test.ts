import { describe, expect, it } from 'vitest';
import { findPerItemRequests } from '@ovenjs/analysis';
import { run } from './_parse.js';

describe('findPerItemRequests', () => {
	it('reports per-message deletes and per-role edits in loops', () => {
		const text = `for (const message of old) await message.delete();\nids.forEach((id) => channel.messages.delete(id));\nfor (const role of roles) await member.roles.add(role);`;
		expect(run(findPerItemRequests, text).map((f) => f.code)).toEqual(['per-message-delete', 'per-message-delete', 'per-role-edit']);
	});

	it('leaves single calls and loops over things without a bulk endpoint alone', () => {
		expect(
			run(
				findPerItemRequests,
				`await message.delete();\nfor (const role of roles) await role.delete();\nfor (const c of channels) await c.delete();`,
			),
		).toEqual([]);
	});
});
