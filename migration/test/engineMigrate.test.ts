import { Project, SyntaxKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { migrate, runTransforms, type Transform } from '@ovenjs/migrate';
import { project } from './_project.js';

/** A transform that leaves a todo on every call of `mark()`. */
const marker: Transform = {
	name: 'marker',
	description: 'test: a todo per mark() call',
	apply(file, context) {
		for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
			const [arg] = call.getArguments();
			if (call.getExpression().getText() === 'mark' && arg !== undefined) context.todo(call, `mark ${arg.getText()}`);
		}
	},
};

/** A transform that rewrites each `old();` statement as a multi-line block, indented by ts-morph. */
const expander: Transform = {
	name: 'expander',
	description: 'test: old(); becomes a block',
	apply(file) {
		for (const statement of file.getDescendantsOfKind(SyntaxKind.ExpressionStatement)) {
			if (!statement.wasForgotten() && statement.getText() === 'old();')
				statement.replaceWithText('if (ready) {\nfresh();\n} else {\nwait();\n}');
		}
	},
};

describe('migrate: the engine', () => {
	it('follows imports from the tsconfig files to other files under the root, not into node_modules', async () => {
		const root = await project({
			'tsconfig.json': JSON.stringify({ include: ['src'], compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }),
			'src/bot.ts': "import { helper } from '../scripts/helper.js';\nimport { dep } from 'dep';\nhelper(dep);\n",
			'scripts/helper.ts': "import { deeper } from './deeper.js';\nexport const helper = (x: unknown) => deeper(x);\n",
			'scripts/deeper.ts': 'export const deeper = (x: unknown) => x;\n',
			'scripts/unrelated.ts': 'export const unrelated = 1;\n',
			'node_modules/dep/package.json': JSON.stringify({ name: 'dep', types: 'index.ts' }),
			'node_modules/dep/index.ts': "import '../../scripts/unrelated.js';\nexport const dep = 1;\n",
		});
		const result = await migrate({ root, transforms: [] });
		expect(result.files.map((f) => f.path)).toEqual(['scripts/deeper.ts', 'scripts/helper.ts', 'src/bot.ts']);
	});

	it('writes todo comments above their statements, indented, one per statement, also for two statements on one line', async () => {
		const text = 'function f() {\n\tif (x) {\n\t\tmark(1); mark(2);\n\t}\n\tmark(3);\n}\nmark(4);\n';
		const root = await project({ 'bot.ts': text });
		const [file] = (await migrate({ root, transforms: [marker] })).files;
		expect(file?.after).toBe(
			'function f() {\n\tif (x) {\n\t\t// oven-migrate: mark 1\n\t\t// oven-migrate: mark 2\n\t\tmark(1); mark(2);\n\t}\n\t// oven-migrate: mark 3\n\tmark(3);\n}\n// oven-migrate: mark 4\nmark(4);\n',
		);
		expect(file?.todos).toEqual([
			{ line: 3, message: 'mark 1', transform: 'marker' },
			{ line: 4, message: 'mark 2', transform: 'marker' },
			{ line: 7, message: 'mark 3', transform: 'marker' },
			{ line: 10, message: 'mark 4', transform: 'marker' },
		]);
	});

	it("keeps a CRLF file's line breaks when it adds todos", async () => {
		const root = await project({ 'bot.ts': 'const a = 1;\r\nmark(a);\r\nconst b = 2;\r\n' });
		const [file] = (await migrate({ root, transforms: [marker] })).files;
		expect(file?.after).toBe('const a = 1;\r\n// oven-migrate: mark a\nmark(a);\r\nconst b = 2;\r\n');
	});

	it("indents a custom transform's multi-line rewrites exactly as ts-morph does on its own", async () => {
		const text = 'export function f() {\n\tif (x) {\n\t\told();\n\t}\n\treturn () => {\n\t\told();\n\t};\n}\nold();\n';
		const plain = new Project({ useInMemoryFileSystem: true }).createSourceFile('bot.ts', text);
		runTransforms(plain, { transforms: [expander] });
		const root = await project({ 'bot.ts': text });
		const [file] = (await migrate({ root, transforms: [expander] })).files;
		expect(file?.after).toBe(plain.getFullText());
		// ts-morph indents the new lines by the indentation it finds at the node (two levels, written as its default four spaces each).
		expect(file?.after).toContain('\t\tif (ready) {\n        fresh();\n        } else {');
	});

	it('says where the time went, per phase and per transform', async () => {
		const root = await project({ 'bot.ts': 'mark(1);\nold();\n' });
		const { timings } = await migrate({ root, transforms: [marker, expander] });
		expect(Object.keys(timings.byTransform).sort()).toEqual(['expander', 'marker']);
		for (const ms of [timings.loadMs, timings.transformMs, timings.diffMs, ...Object.values(timings.byTransform)])
			expect(ms).toBeGreaterThanOrEqual(0);
		expect(timings.writeMs).toBe(0);
		expect(timings.transformMs).toBeGreaterThanOrEqual((timings.byTransform['marker'] ?? 0) + (timings.byTransform['expander'] ?? 0) - 1);
	});
});
