import type ts from 'typescript';
import { customIdPattern, isCustomIdAccess } from './readCustomIds.js';

// What `readProducedCustomIds`/`readHandledCustomIds` leave out, so the project-wide checks
// know when to stay silent. Internal.

/** Counts in one file of custom_ids with no static part, and of custom_id reads that are no comparison. */
export interface CustomIdReads {
	/** `setCustomId(x)` / `custom_id: x` whose value has no static part (`makeId()`). */
	readonly opaqueIds: number;
	/** Reads such as `handlers.get(interaction.customId)` or `.split(':')`, which may handle any id. */
	readonly dynamicReads: number;
}

const COMPARED_BY: ReadonlySet<string> = new Set(['startsWith', 'endsWith', 'includes']);

/** Counts a file's opaque custom_ids and dynamic custom_id reads. */
export function customIdReads(t: typeof ts, file: ts.SourceFile): CustomIdReads {
	let opaqueIds = 0;
	let dynamicReads = 0;
	const visit = (node: ts.Node): void => {
		if (t.isCallExpression(node) && t.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'setCustomId') {
			const first = node.arguments[0];
			if (first !== undefined && customIdPattern(t, first) === undefined) opaqueIds++;
		} else if (t.isObjectLiteralExpression(node)) {
			const value = customIdProperty(t, node);
			if (value !== undefined && !isCustomIdAccess(t, value) && customIdPattern(t, value) === undefined) opaqueIds++;
		} else if (
			(t.isPropertyAccessExpression(node) || t.isElementAccessExpression(node)) &&
			isCustomIdAccess(t, node) &&
			isDynamicRead(t, node)
		) {
			dynamicReads++;
		}
		t.forEachChild(node, visit);
	};
	visit(file);
	return { opaqueIds, dynamicReads };
}

function isDynamicRead(t: typeof ts, access: ts.Expression): boolean {
	let node: ts.Node = access;
	while (t.isParenthesizedExpression(node.parent) || t.isNonNullExpression(node.parent)) node = node.parent;
	const parent = node.parent;
	if (t.isBinaryExpression(parent)) {
		const kind = parent.operatorToken.kind;
		return ![
			t.SyntaxKind.EqualsEqualsEqualsToken,
			t.SyntaxKind.EqualsEqualsToken,
			t.SyntaxKind.ExclamationEqualsEqualsToken,
			t.SyntaxKind.ExclamationEqualsToken,
			t.SyntaxKind.AmpersandAmpersandToken,
			t.SyntaxKind.BarBarToken,
		].includes(kind);
	}
	if (t.isSwitchStatement(parent) || t.isIfStatement(parent) || t.isPrefixUnaryExpression(parent)) return false;
	// `const id = interaction.customId` is followed by the readers; `{ customId: i.customId }` passes it along.
	if (t.isVariableDeclaration(parent) || t.isPropertyAssignment(parent) || t.isShorthandPropertyAssignment(parent)) return false;
	if (t.isPropertyAccessExpression(parent) && parent.expression === node) return !COMPARED_BY.has(parent.name.text);
	if (
		t.isCallExpression(parent) &&
		t.isPropertyAccessExpression(parent.expression) &&
		parent.expression.name.text === 'includes' &&
		t.isArrayLiteralExpression(parent.expression.expression)
	)
		return false;
	return true;
}

function customIdProperty(t: typeof ts, object: ts.ObjectLiteralExpression): ts.Expression | undefined {
	for (const property of object.properties) {
		if (
			t.isPropertyAssignment(property) &&
			(t.isIdentifier(property.name) || t.isStringLiteral(property.name)) &&
			(property.name.text === 'custom_id' || property.name.text === 'customId')
		)
			return property.initializer;
	}
	return undefined;
}
