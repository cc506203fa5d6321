import { describe, expect, it } from 'vitest';
import { findPerItemRequests } from '@ovenjs/analysis';
import { run, ts } from './_parse.js';

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

describe('findPerItemRequests decides by what the loop holds, not by names around it', () => {
	const codes = (text: string): string[] => run(findPerItemRequests, text).map((f) => f.code);

	it('does not call deleting channels or roles "deleting messages"', () => {
		expect(codes(`message.guild.channels.cache.forEach(async (c) => { if (c.name === n) await c.delete(); });`)).toEqual([]);
		expect(codes(`msg.guild.roles.cache.filter((r) => r.name === n).forEach((r) => r.delete());`)).toEqual([]);
	});

	it('finds message deletes whatever the collection is called, from where it was read', () => {
		expect(codes(`const old = await channel.messages.fetch({ limit: 50 });\nfor (const m of old.values()) await m.delete();`)).toEqual([
			'per-message-delete',
		]);
		expect(codes(`async function purge(old) { for (const m of old.values()) await m.delete(); }`)).toEqual(['per-message-delete']);
		expect(codes(`const got = await channel.awaitMessages({ max: 5 });\ngot.forEach((x) => x.delete());`)).toEqual(['per-message-delete']);
	});

	it('uses the item type where types exist', () => {
		const text = `interface Msg { pin(): void; react(): void; delete(): Promise<void> }\ninterface Chan { delete(): Promise<void> }\ndeclare const a: Msg[];\ndeclare const b: Chan[];\nasync function f() { for (const x of a) await x.delete(); for (const message of b) await message.delete(); }`;
		const host = ts.createCompilerHost({});
		const original = host.getSourceFile;
		host.getSourceFile = (name, target) => (name === 'bot.ts' ? ts.createSourceFile(name, text, target, true) : original(name, target));
		const program = ts.createProgram(['bot.ts'], { target: ts.ScriptTarget.ES2022, types: [] }, host);
		const file = program.getSourceFile('bot.ts');
		if (file === undefined) throw new Error('no file');
		const found = findPerItemRequests(ts, file, program.getTypeChecker()).map((f) => file.text.slice(f.start, f.end));
		expect(found).toEqual(['x.delete()']);
	});
});

describe('findPerItemRequests and the 14-day limit of bulk deletes', () => {
	it('leaves the one-at-a-time fallback beside a bulkDelete alone', () => {
		const text = `async function clean(channel, messages) {\n\tawait channel.bulkDelete(messages, true).then(async (deleted) => {\n\t\tconst old = messages.filter((m) => !deleted.has(m.id));\n\t\tfor (const msg of old.values()) await msg.delete();\n\t});\n}`;
		expect(run(findPerItemRequests, text)).toEqual([]);
	});
});
