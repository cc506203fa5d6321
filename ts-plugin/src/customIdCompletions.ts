import type ts from 'typescript';
import {
	customIdMatches,
	isCustomIdAccess,
	readProducedCustomIds,
	ROUTER_METHOD_KINDS,
	staticPrefix,
	type CustomIdKind,
	type CustomIdMatchMode,
	type ProducedCustomId,
} from '@ovenjs/analysis';
import { nodeAt } from './hover.js';

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

// Produced ids per SourceFile object; TypeScript makes a new one on every edit, so entries never go stale.
const producedCache = new WeakMap<ts.SourceFile, readonly ProducedCustomId[]>();

/** Every custom_id the program's own files produce (declaration files and node_modules left out). */
export function projectCustomIds(t: typeof ts, program: ts.Program): { id: ProducedCustomId; fileName: string }[] {
	const out: { id: ProducedCustomId; fileName: string }[] = [];
	for (const file of program.getSourceFiles()) {
		if (file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file) || file.fileName.includes('/node_modules/')) continue;
		let ids = producedCache.get(file);
		if (ids === undefined) {
			ids = readProducedCustomIds(t, file);
			producedCache.set(file, ids);
		}
		for (const id of ids) out.push({ id, fileName: file.fileName });
	}
	return out;
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

/**
 * The completion answer at a custom_id handler site: TypeScript's entries plus the project's
 * custom_ids it lacks, each labelled with its kind and file. Undefined when `position` is not
 * such a site, or nothing is known to offer.
 */
export function customIdCompletionInfo(
	t: typeof ts,
	program: ts.Program,
	file: ts.SourceFile,
	position: number,
	prior: ts.CompletionInfo | undefined,
): ts.CompletionInfo | undefined {
	const site = customIdSiteAt(t, file, position);
	if (site === undefined) return undefined;
	const start = site.literal.getStart(file) + 1;
	const known = new Set(prior?.entries.map((entry) => entry.name));
	const entries = customIdCompletions(site, projectCustomIds(t, program))
		.filter((id) => !known.has(id.name))
		.map((id): ts.CompletionEntry => ({
			name: id.name,
			kind: t.ScriptElementKind.string,
			kindModifiers: '',
			sortText: '11',
			replacementSpan: { start, length: site.literal.text.length },
			labelDetails: {
				description: `${id.kind === 'unknown' ? 'custom_id' : id.kind} · ${id.fileName.slice(id.fileName.lastIndexOf('/') + 1)}`,
			},
		}));
	if (entries.length === 0) return undefined;
	return prior === undefined
		? { isGlobalCompletion: false, isMemberCompletion: false, isNewIdentifierLocation: true, entries }
		: { ...prior, entries: [...prior.entries, ...entries] };
}
