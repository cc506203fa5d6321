import type ts from 'typescript';
import { SNOWFLAKE_PATTERN } from 'ovenjs/knowledge';
import { calleeName, nameOf, walk } from './_ast.js';
import { finding, formatMessage, type Finding } from './Finding.js';

/** Message templates of the snowflake check, by finding code. */
export const SnowflakeMessages = {
	'snowflake-precision':
		"The number {text} is past 2^53 and cannot be stored exactly: it becomes {stored}. Discord ids are strings; write '{text}'.",
} as const;

/** A finding code of the snowflake check. */
export type SnowflakeFindingCode = keyof typeof SnowflakeMessages;

// Names under which code passes ids: `id`, `guildId`, `channel_id`, `roleIds`, …
const ID_NAME = /(?:^id|Id|_id|ID)s?$/;
// Methods of discord.js managers and collections that take an id as their first argument.
const ID_METHODS: ReadonlySet<string> = new Set([
	'fetch',
	'get',
	'has',
	'delete',
	'resolve',
	'edit',
	'remove',
	'add',
	'ban',
	'unban',
	'kick',
]);

/**
 * A finding if `node` is an integer literal at or past 2^53 written where an id is
 * expected (an id-named property, variable or parameter default, an argument of a
 * manager method, or any literal shaped like a snowflake). Its fix rewrites it as a
 * string of the digits as written, which is what the author meant.
 */
export function checkSnowflakePrecision(t: typeof ts, node: ts.Node): Finding<SnowflakeFindingCode> | undefined {
	if (!t.isNumericLiteral(node)) return undefined;
	const text = node.text;
	if (!/^\d+$/.test(text) || Number(text) <= Number.MAX_SAFE_INTEGER) return undefined;
	const written = node.getText();
	// A literal shaped like a snowflake is an id wherever it is.
	if (!SNOWFLAKE_PATTERN.test(written) && !isIdContext(t, node)) return undefined;
	const data = { text: written, stored: BigInt(Number(text)).toString() };
	const negated = t.isPrefixUnaryExpression(node.parent);
	return finding(
		node,
		'snowflake-precision',
		formatMessage(SnowflakeMessages['snowflake-precision'], data),
		data,
		negated
			? []
			: [
					{
						description: `Write the id as the string '${written}'`,
						edits: [{ start: node.getStart(), end: node.getEnd(), text: `'${written}'` }],
						// Every Discord API and discord.js method that takes an id takes the string form.
						safe: true,
					},
				],
	);
}

function isIdContext(t: typeof ts, node: ts.NumericLiteral): boolean {
	let current: ts.Node = node;
	if (t.isArrayLiteralExpression(current.parent)) current = current.parent;
	const parent = current.parent;
	if (parent === undefined) return false;
	if (t.isPropertyAssignment(parent) || t.isVariableDeclaration(parent) || t.isParameter(parent) || t.isPropertyDeclaration(parent)) {
		const name =
			t.isVariableDeclaration(parent) || t.isParameter(parent)
				? t.isIdentifier(parent.name)
					? parent.name.text
					: undefined
				: nameOf(t, parent.name);
		return name !== undefined && ID_NAME.test(name);
	}
	if (t.isCallExpression(parent) && parent.arguments[0] === current) {
		const name = calleeName(t, parent);
		return name !== undefined && ID_METHODS.has(name);
	}
	if (t.isBinaryExpression(parent) && parent.operatorToken.kind === t.SyntaxKind.EqualsEqualsEqualsToken) {
		const other = parent.left === current ? parent.right : parent.left;
		return t.isPropertyAccessExpression(other) && ID_NAME.test(other.name.text);
	}
	return false;
}

/** Every numeric id that lost precision in a file. */
export function findSnowflakePrecision(t: typeof ts, file: ts.SourceFile): Finding<SnowflakeFindingCode>[] {
	const out: Finding<SnowflakeFindingCode>[] = [];
	walk(t, file, (node) => {
		const found = checkSnowflakePrecision(t, node);
		if (found !== undefined) out.push(found);
	});
	return out;
}
