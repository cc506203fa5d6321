import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const VIEWS = new URL('../../src/client/views/', import.meta.url).pathname;

/** Each view file's imports of other view files that remain at run time (`import type` and type-only names leave none). */
function valueImports(): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const name of readdirSync(VIEWS).filter((f) => f.endsWith('.ts'))) {
		const file = ts.createSourceFile(name, readFileSync(join(VIEWS, name), 'utf8'), ts.ScriptTarget.Latest, true);
		const targets: string[] = [];
		for (const statement of file.statements) {
			if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
			const spec = statement.moduleSpecifier.text;
			if (!spec.startsWith('./')) continue;
			const clause = statement.importClause;
			if (clause === undefined || clause.isTypeOnly) continue;
			const named = clause.namedBindings;
			const values =
				clause.name !== undefined ||
				(named !== undefined && (ts.isNamespaceImport(named) || named.elements.some((element) => !element.isTypeOnly)));
			if (values) targets.push(spec.slice(2).replace(/\.js$/, '.ts'));
		}
		graph.set(name, targets);
	}
	return graph;
}

/** A cycle in `graph`, as the files along it, or undefined. */
function cycle(graph: Map<string, string[]>): string[] | undefined {
	const state = new Map<string, 'open' | 'done'>();
	const path: string[] = [];
	const visit = (node: string): string[] | undefined => {
		if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
		if (state.get(node) === 'done') return undefined;
		state.set(node, 'open');
		path.push(node);
		for (const next of graph.get(node) ?? []) {
			const found = visit(next);
			if (found !== undefined) return found;
		}
		path.pop();
		state.set(node, 'done');
		return undefined;
	};
	for (const node of graph.keys()) {
		const found = visit(node);
		if (found !== undefined) return found;
	}
	return undefined;
}

describe('the structure graph', () => {
	it('has no import circle among the views: they make each other through the context’s factory', () => {
		const graph = valueImports();
		expect(graph.size).toBeGreaterThan(40);
		expect(cycle(graph)).toBeUndefined();
		// The five views of the old circle import none of the others at run time.
		const old = ['Channel.ts', 'Message.ts', 'Guild.ts', 'Member.ts', 'User.ts'];
		for (const view of old)
			expect(
				graph.get(view)?.filter((target) => old.includes(target)),
				view,
			).toEqual([]);
	});
});
