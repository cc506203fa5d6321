import type ts from 'typescript';
import { nodeAt } from '../_ast.js';
import {
	customIdMatches,
	isCustomIdAccess,
	ROUTER_METHOD_KINDS,
	staticPrefix,
	type CustomIdKind,
	type CustomIdMatchMode,
	type ProducedCustomId,
} from '../readCustomIds.js';

/** The string literal being typed where a handler names a custom_id, and how that handler matches. */
export interface CustomIdSite {
	readonly literal: ts.StringLiteralLike;
	readonly match: CustomIdMatchMode;
	readonly kind: CustomIdKind;
}

/** A custom_id offered for a handler, with where it is produced. */
export interface CustomIdCompletion {
	readonly name: string;
	readonly kind: CustomIdKind;
	readonly fileName: string;
}

const STRING_METHODS: Readonly<Record<string, CustomIdMatchMode>> = { startsWith: 'prefix', endsWith: 'suffix', includes: 'contains' };

/**
 * Whether `position` is inside the string a handler compares a custom_id with:
 * `interaction.customId === '|'`, `case '|':` of a switch on it, `customId.startsWith('|')`,
 * `router.button('|'`, `.modal('|'`, `fields.getTextInputValue('|')`.
 */
export function customIdSiteAt(t: typeof ts, file: ts.SourceFile, position: number): CustomIdSite | undefined {
	const node = nodeAt(t, file, position) ?? nodeAt(t, file, position - 1);
	if (node === undefined || !(t.isStringLiteral(node) || t.isNoSubstitutionTemplateLiteral(node))) return undefined;
	const parent = node.parent;
	if (t.isBinaryExpression(parent)) {
		const other = parent.left === node ? parent.right : parent.left;
		const op = parent.operatorToken.kind;
		const equality =
			op === t.SyntaxKind.EqualsEqualsEqualsToken ||
			op === t.SyntaxKind.EqualsEqualsToken ||
			op === t.SyntaxKind.ExclamationEqualsEqualsToken ||
			op === t.SyntaxKind.ExclamationEqualsToken;
		return equality && isCustomIdAccess(t, other) ? { literal: node, match: 'exact', kind: 'unknown' } : undefined;
	}
	if (t.isCaseClause(parent) && isCustomIdAccess(t, parent.parent.parent.expression))
		return { literal: node, match: 'exact', kind: 'unknown' };
	if (!t.isCallExpression(parent) || parent.arguments[0] !== node || !t.isPropertyAccessExpression(parent.expression)) return undefined;
	const method = parent.expression.name.text;
	const mode = STRING_METHODS[method];
	if (mode !== undefined)
		return isCustomIdAccess(t, parent.expression.expression) ? { literal: node, match: mode, kind: 'unknown' } : undefined;
	if (method === 'getTextInputValue') return { literal: node, match: 'exact', kind: 'textInput' };
	const kind = ROUTER_METHOD_KINDS[method];
	// A router call on an OvenJS router: `createRouter()`/`router`-named receivers, or a chain of them.
	if (kind !== undefined && /router|Router/.test(parent.expression.expression.getText(file).slice(0, 200)))
		return { literal: node, match: 'pattern', kind };
	return undefined;
}

/**
 * The custom_ids to offer at a handler site: ids of a kind the handler can receive; for an
 * exact comparison only static ids, for a prefix the static start of a pattern, for a router
 * the pattern itself (OvenJS routes use the same `{name}` syntax).
 */
export function customIdCompletions(site: CustomIdSite, ids: readonly { id: ProducedCustomId; fileName: string }[]): CustomIdCompletion[] {
	const seen = new Map<string, CustomIdCompletion>();
	for (const { id, fileName } of ids) {
		if (!customIdMatches(id, { id: '{any}', match: 'pattern', kind: site.kind })) continue;
		if (site.kind !== 'textInput' && id.kind === 'textInput') continue;
		let name: string;
		if (site.match === 'pattern') name = id.id;
		else if (site.match === 'prefix') name = id.dynamic ? staticPrefix(id.id) : id.id;
		else if (id.dynamic) continue;
		else name = id.id;
		if (name !== '' && !seen.has(name)) seen.set(name, { name, kind: id.kind, fileName });
	}
	return [...seen.values()];
}
