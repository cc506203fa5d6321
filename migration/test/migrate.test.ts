import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventNames, migrate, toReport, type Transform } from '@ovenjs/migrate';
import { BOT, project } from './_project.js';

describe('migrate', () => {
	it('is a dry run by default: reports the diff and writes nothing', async () => {
		const root = await project({ 'src/bot.ts': BOT, 'src/util.js': 'export const x = 1;\n' });
		const result = await migrate({ root });
		expect(result.written).toBe(false);
		expect(await readFile(join(root, 'src/bot.ts'), 'utf8')).toBe(BOT);
		const bot = result.files.find((f) => f.path === 'src/bot.ts');
		expect(bot?.changed).toBe(true);
		expect(bot?.diff).toContain("\n-client.once(Events.ClientReady, () => console.log('ready'));\n");
		expect(bot?.diff).toContain("\n+client.once('ready', () => console.log('ready'));\n");
		expect(result.files.find((f) => f.path === 'src/util.js')).toMatchObject({ changed: false, diff: '', todos: [] });
	});

	it('marks what it cannot migrate with a comment above the statement, and reports its line', async () => {
		const root = await project({ 'bot.ts': BOT });
		const result = await migrate({ root });
		const [file] = result.files;
		expect(file?.todos).toEqual([{ line: 6, message: expect.stringContaining("'emojiCreate'"), transform: 'event-names' }]);
		expect(file?.after.split('\n')[5]).toMatch(/^\/\/ oven-migrate: discord\.js's 'emojiCreate'/);
		expect(file?.after.split('\n')[6]).toBe("client.on('guildEmojisUpdate', (emoji) => console.log(emoji.name));");
	});

	it('writes with --write, and the report has the documented shape', async () => {
		const root = await project({ 'bot.ts': BOT });
		const result = await migrate({ root, write: true });
		expect(await readFile(join(root, 'bot.ts'), 'utf8')).toBe(result.files[0]?.after);
		expect(toReport(result)).toEqual({
			files: [{ path: 'bot.ts', changed: true, todos: [{ line: 6, message: expect.any(String), transform: 'event-names' }] }],
			notes: [
				expect.stringContaining("discord.js's typings were not found under node_modules"),
				'Add ovenjs to the dependencies: npm install ovenjs.',
			],
			skipped: [],
			summary: { files: 1, changed: 1, todos: 1, todosByTransform: { 'event-names': 1 } },
		});
	});

	it('never touches node_modules or declaration files', async () => {
		const root = await project({
			'bot.ts': BOT,
			'node_modules/dep/index.js': 'client.on(Events.ClientReady, f);\n',
			'types.d.ts': 'declare const x: 1;\n',
		});
		const result = await migrate({ root, write: true });
		expect(result.files.map((f) => f.path)).toEqual(['bot.ts']);
		expect(await readFile(join(root, 'node_modules/dep/index.js'), 'utf8')).toBe('client.on(Events.ClientReady, f);\n');
	});

	it('uses the tsconfig when there is one, still only inside the root', async () => {
		const root = await project({ 'tsconfig.json': JSON.stringify({ include: ['src'] }), 'src/bot.ts': BOT, 'scripts/other.ts': BOT });
		const result = await migrate({ root });
		expect(result.files.map((f) => f.path)).toEqual(['src/bot.ts']);
	});

	it('refuses to write into a git tree with uncommitted changes unless forced', async () => {
		const root = await project({ 'bot.ts': BOT }, { git: true });
		await writeFile(join(root, 'bot.ts'), `${BOT}// local edit\n`);
		await expect(migrate({ root, write: true })).rejects.toMatchObject({
			code: 'MIGRATE_DIRTY_TREE',
			message: expect.stringContaining('bot.ts'),
		});
		expect(await readFile(join(root, 'bot.ts'), 'utf8')).toBe(`${BOT}// local edit\n`);
		// A dry run is always allowed; --force writes.
		await expect(migrate({ root })).resolves.toMatchObject({ written: false });
		await expect(migrate({ root, write: true, force: true })).resolves.toMatchObject({ written: true });
	});

	it('writes into a clean git tree', async () => {
		const root = await project({ 'bot.ts': BOT }, { git: true });
		await expect(migrate({ root, write: true })).resolves.toMatchObject({ written: true, summary: { changed: 1 } });
	});

	it('reports progress per file', async () => {
		const root = await project({ 'a.ts': BOT, 'b.ts': BOT, 'c.ts': BOT });
		const calls: string[] = [];
		await migrate({ root, onProgress: (done, total, file) => calls.push(`${done}/${total} ${file}`) });
		expect(calls).toEqual(['1/3 a.ts', '2/3 b.ts', '3/3 c.ts']);
	});

	it('rejects a missing folder and an unknown version with typed errors', async () => {
		await expect(migrate({ root: '/nonexistent/bot' })).rejects.toMatchObject({ code: 'MIGRATE_NOT_FOUND' });
		const root = await project({ 'bot.ts': BOT });
		await expect(migrate({ root, from: 'v12' as 'v13' })).rejects.toMatchObject({ code: 'MIGRATE_INVALID_OPTION' });
	});

	it('skips a transform that throws on a file, undoing its edits, and keeps the other todos', async () => {
		const root = await project({ 'bot.ts': BOT });
		const broken: Transform = {
			name: 'broken',
			description: 'edits, then throws',
			apply(file) {
				file.insertText(0, '// half-done\n');
				throw new Error('unexpected node');
			},
		};
		const result = await migrate({ root, transforms: [eventNames, broken] });
		const [file] = result.files;
		expect(file?.after).not.toContain('half-done');
		expect(file?.after).toContain("client.once('ready'");
		expect(file?.todos.map((t) => t.message)).toEqual([
			"transform 'broken' failed on this file and was skipped (unexpected node); migrate what it covers by hand.",
			expect.stringContaining("'emojiCreate'"),
		]);
	});
});
