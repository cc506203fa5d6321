import type ts from 'typescript';
import { enclosingPropertyName, nameOf, walk } from '../../_ast.js';
import { finding, formatMessage, type Finding } from '../../Finding.js';
import { customIdPattern } from '../../readCustomIds.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** Message templates of `no-duplicate-custom-id`. */
export const DuplicateCustomIdMessages = {
	'duplicate-custom-id':
		"The custom_id '{id}' is used twice in this message; Discord rejects the message (custom_ids must be unique within it). Give each component its own id.",
} as const;

/** The custom_ids written inside `node`: `setCustomId('…')` and `custom_id: '…'`/`customId: '…'`, static ones only. */
function customIdsIn(t: typeof ts, node: ts.Node): { id: string; node: ts.Expression }[] {
	const out: { id: string; node: ts.Expression }[] = [];
	walk(t, node, (inner) => {
		let value: ts.Expression | undefined;
		if (t.isCallExpression(inner) && t.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === 'setCustomId') {
			value = inner.arguments[0];
		} else if (t.isPropertyAssignment(inner) && ['custom_id', 'customId'].includes(nameOf(t, inner.name) ?? '')) {
			value = inner.initializer;
		}
		if (value === undefined) return;
		const pattern = customIdPattern(t, value);
		// A dynamic id (`vote:${n}`) may differ at run time: only fully static ids are compared.
		if (pattern !== undefined && !pattern.dynamic) out.push({ id: pattern.id, node: value });
	});
	return out;
}

/**
 * custom_ids written twice in one message's `components: [...]` (rows of builders or
 * objects). Ids built at run time are not compared, so a report is certain.
 * @see https://discord.com/developers/docs/components/reference#anatomy-of-a-component-custom-id
 */
export function findDuplicateCustomIds(t: typeof ts, file: ts.SourceFile): Finding<'duplicate-custom-id'>[] {
	const out: Finding<'duplicate-custom-id'>[] = [];
	walk(t, file, (node) => {
		if (!t.isArrayLiteralExpression(node) || enclosingPropertyName(t, node) !== 'components') return;
		// Nested `components` of a row belong to the outer message list, which is checked as a whole.
		for (let up: ts.Node | undefined = node.parent; up !== undefined && !t.isStatement(up); up = up.parent) {
			if (t.isArrayLiteralExpression(up) && enclosingPropertyName(t, up) === 'components') return;
		}
		const seen = new Map<string, ts.Expression>();
		for (const { id, node: at } of customIdsIn(t, node)) {
			if (seen.has(id)) {
				const data = { id };
				out.push(finding(at, 'duplicate-custom-id', formatMessage(DuplicateCustomIdMessages['duplicate-custom-id'], data), data));
			} else {
				seen.set(id, at);
			}
		}
	});
	return out;
}

/** `no-duplicate-custom-id`: two components of one message with the same custom_id. */
export default defineCheck({
	id: 'no-duplicate-custom-id',
	description: 'Disallow two components with the same custom_id in one message.',
	kind: 'problem',
	messages: DuplicateCustomIdMessages,
	codes: { 'duplicate-custom-id': 93110 },
	severity: 'error',
	needsTypes: false,
	recommended: true,
	fixes: { autofix: false, suggestions: false },
	anyFile: false,
	run: (t, file) => findDuplicateCustomIds(t, file),
});
