import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** A public method of one `api.<group>` and the operations it sends. */
export interface MethodClaim {
	/** The `API` property, e.g. `guilds`. */
	readonly group: string;
	/** The method name, e.g. `banMember`. */
	readonly method: string;
	/** Operation ids it sends, directly (`call(this.rest, 'ban_user_from_guild', …)`) or through another method of its class. */
	readonly operations: readonly string[];
	/** The first Markdown link of its TSDoc: Discord's docs page for it. */
	readonly doc: { readonly title: string; readonly url: string } | undefined;
}

function parse(file: string): ts.SourceFile {
	return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** `API`'s properties in declaration order: class name → property (`GuildsAPI` → `guilds`). */
function groupsOf(apiFile: ts.SourceFile): Map<string, string> {
	const groups = new Map<string, string>();
	apiFile.forEachChild((node) => {
		if (!ts.isClassDeclaration(node) || node.name?.text !== 'API') return;
		for (const member of node.members) {
			if (ts.isPropertyDeclaration(member) && member.type !== undefined && ts.isTypeReferenceNode(member.type)) {
				groups.set(member.type.typeName.getText(), member.name.getText());
			}
		}
	});
	return groups;
}

function docLink(node: ts.Node): MethodClaim['doc'] {
	const text = ts
		.getJSDocCommentsAndTags(node)
		.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
		.join(' ');
	const link = /\[([^\]]+)\]\((https:[^)\s]+)\)/.exec(text);
	return link === null ? undefined : { title: link[1] ?? '', url: link[2] ?? '' };
}

/** Direct operation ids and `this.<method>(…)` calls inside a method body. */
function callsIn(body: ts.Node): { operations: Set<string>; methods: Set<string> } {
	const operations = new Set<string>();
	const methods = new Set<string>();
	const visit = (node: ts.Node): void => {
		if (ts.isCallExpression(node)) {
			const callee = node.expression;
			const id = node.arguments[1];
			if (ts.isIdentifier(callee) && callee.text === 'call' && id !== undefined && ts.isStringLiteral(id)) operations.add(id.text);
			if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword) methods.add(callee.name.text);
		}
		node.forEachChild(visit);
	};
	visit(body);
	return { operations, methods };
}

/**
 * Reads which operations each public method of `API`'s groups sends, from the sources in
 * `apiDir` (runtime/src/api). The hand-written classes are the one place a method is tied to its
 * operation; this reads that tie back for the README tables and the coverage test.
 */
export function readClaims(apiDir: string): MethodClaim[] {
	const groups = groupsOf(parse(join(apiDir, 'API.ts')));
	const claims: MethodClaim[] = [];
	for (const file of readdirSync(apiDir).filter((name) => /^[A-Z]\w*API\.ts$/.test(name) && name !== 'API.ts')) {
		parse(join(apiDir, file)).forEachChild((node) => {
			const group = ts.isClassDeclaration(node) && node.name !== undefined ? groups.get(node.name.text) : undefined;
			if (group === undefined || !ts.isClassDeclaration(node)) return;
			const found = new Map<string, { calls: ReturnType<typeof callsIn>; doc: MethodClaim['doc'] }>();
			for (const member of node.members) {
				if (!ts.isMethodDeclaration(member) || member.body === undefined || !ts.isIdentifier(member.name)) continue;
				// Overload signatures carry the TSDoc; the implementation carries the body.
				const documented = node.members.find((m) => ts.isMethodDeclaration(m) && m.name.getText() === member.name.getText()) ?? member;
				found.set(member.name.text, { calls: callsIn(member.body), doc: docLink(documented) });
			}
			const resolve = (name: string, seen: Set<string>): Set<string> => {
				const entry = found.get(name);
				const result = new Set(entry?.calls.operations ?? []);
				for (const inner of entry?.calls.methods ?? []) {
					if (seen.has(inner)) continue;
					seen.add(inner);
					for (const id of resolve(inner, seen)) result.add(id);
				}
				return result;
			};
			for (const [method, { doc }] of found) {
				claims.push({ group, method, operations: [...resolve(method, new Set([method]))].sort(), doc });
			}
		});
	}
	const order = [...groups.values()];
	// Groups in `API`'s order, methods in their class's order (Discord's docs order).
	return claims.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}
