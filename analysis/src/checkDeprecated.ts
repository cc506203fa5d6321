import type ts from 'typescript';
import { calleeName, nameOf, unwrap, walk } from './_ast.js';
import { DISCORD_JS_V14_ONLY, DiscordJsV13Renames, EphemeralDeprecatedIn, mayRunAtLeast } from './discordJsFacts.js';
import { finding, formatMessage, type Finding } from './Finding.js';
import { isInteractionReceiver } from './interactionReceiver.js';
import type { DiscordJsVersion } from './registry/discordJsVersion.js';
import { readListener } from './readListeners.js';

/** Message templates of the deprecated-API check, by finding code. */
export const DeprecatedMessages = {
	'ephemeral-option':
		'`ephemeral` is deprecated since discord.js {since}: Discord takes the ephemeral flag in `flags`. Write `flags: MessageFlags.Ephemeral`.',
	'v13-name': "'{name}' is discord.js v13 and does not exist in v14; use {replacement}.",
	'v13-message-event': "The 'message' event was renamed 'messageCreate' in discord.js v13 and removed in v14; this listener never fires.",
} as const;

/** A finding code of the deprecated-API check. */
export type DeprecatedFindingCode = keyof typeof DeprecatedMessages;

function isDiscordJs(t: typeof ts, node: ts.Expression | undefined): boolean {
	return node !== undefined && t.isStringLiteral(node) && node.text === 'discord.js';
}

/** Whether a file imports or requires OvenJS (`ovenjs`, `ovenjs/…`). */
function importsOvenJs(t: typeof ts, file: ts.SourceFile): boolean {
	const isOven = (node: ts.Node | undefined): boolean => node !== undefined && t.isStringLiteral(node) && /^ovenjs(\/|$)/.test(node.text);
	return file.statements.some(
		(statement) =>
			(t.isImportDeclaration(statement) && isOven(statement.moduleSpecifier)) ||
			(t.isVariableStatement(statement) &&
				statement.declarationList.declarations.some(
					(d) =>
						d.initializer !== undefined &&
						t.isCallExpression(d.initializer) &&
						calleeName(t, d.initializer) === 'require' &&
						isOven(d.initializer.arguments[0]),
				)),
	);
}

/** The names a file imports or requires from discord.js. */
function discordJsImports(t: typeof ts, file: ts.SourceFile): (ts.Identifier | ts.StringLiteral)[] {
	const out: (ts.Identifier | ts.StringLiteral)[] = [];
	walk(t, file, (node) => {
		if (t.isImportDeclaration(node) && isDiscordJs(t, node.moduleSpecifier)) {
			const bindings = node.importClause?.namedBindings;
			if (bindings !== undefined && t.isNamedImports(bindings))
				for (const element of bindings.elements) out.push(element.propertyName ?? element.name);
		} else if (
			t.isVariableDeclaration(node) &&
			t.isObjectBindingPattern(node.name) &&
			node.initializer !== undefined &&
			t.isCallExpression(node.initializer) &&
			calleeName(t, node.initializer) === 'require' &&
			isDiscordJs(t, node.initializer.arguments[0])
		) {
			for (const element of node.name.elements) {
				const imported = element.propertyName ?? element.name;
				if (t.isIdentifier(imported)) out.push(imported);
			}
		}
	});
	return out;
}

/**
 * Deprecated discord.js APIs, judged against the discord.js the project installs (`version`,
 * from its `package.json`): v13 names removed in v14 and the `'message'` event in a v14
 * project, and `ephemeral` response options of interactions from the release that deprecated
 * them. Without a version, a file that imports v14-only names counts as v14; otherwise it is
 * left alone, since v13 code is right for v13.
 */
export function findDeprecatedApi(
	t: typeof ts,
	file: ts.SourceFile,
	version?: DiscordJsVersion,
	checker?: ts.TypeChecker,
): Finding<DeprecatedFindingCode>[] {
	const out: Finding<DeprecatedFindingCode>[] = [];
	// OvenJS's own API takes `ephemeral`, and has no v13 names: its files are not discord.js code.
	if (importsOvenJs(t, file)) return out;
	const imports = discordJsImports(t, file);
	const looksV14 = imports.some((name) => DISCORD_JS_V14_ONLY.has(name.text));
	const effective: DiscordJsVersion | undefined = version ?? (looksV14 ? { major: 14, minor: 0, exact: false } : undefined);
	if (effective === undefined || effective.major < 14) return out;
	for (const name of imports) {
		const replacement = Object.hasOwn(DiscordJsV13Renames, name.text) ? DiscordJsV13Renames[name.text] : undefined;
		if (replacement === undefined) continue;
		const data = { name: name.text, replacement };
		out.push(finding(name, 'v13-name', formatMessage(DeprecatedMessages['v13-name'], data), data));
	}
	walk(t, file, (node) => {
		if (t.isPropertyAssignment(node) && nameOf(t, node.name) === 'ephemeral') {
			const call = t.isObjectLiteralExpression(node.parent) ? node.parent.parent : undefined;
			if (call === undefined || !t.isCallExpression(call) || !t.isPropertyAccessExpression(call.expression)) return;
			const method = call.expression.name.text;
			const since = Object.hasOwn(EphemeralDeprecatedIn, method) ? EphemeralDeprecatedIn[method] : undefined;
			if (since === undefined || !mayRunAtLeast(effective, since)) return;
			// `message.reply({ ephemeral })` is no interaction response: the option means nothing there.
			if (!isInteractionReceiver(t, unwrap(t, call.expression.expression), checker)) return;
			const isTrue = node.initializer.kind === t.SyntaxKind.TrueKeyword;
			const data = { since: `${since[0]}.${since[1]}` };
			out.push(
				finding(
					node,
					'ephemeral-option',
					formatMessage(DeprecatedMessages['ephemeral-option'], data),
					data,
					isTrue
						? [
								{
									description: 'Replace with flags: MessageFlags.Ephemeral',
									// MessageFlags may need importing, and an existing `flags` would need merging.
									safe: false,
									edits: [{ start: node.getStart(), end: node.getEnd(), text: 'flags: MessageFlags.Ephemeral' }],
								},
							]
						: [],
				),
			);
		} else if (t.isCallExpression(node)) {
			const listener = readListener(t, node);
			// Sockets, workers and child processes emit 'message' too; only a client's listener is the old event.
			const receiver = t.isPropertyAccessExpression(node.expression) ? node.expression.expression.getText() : '';
			if (listener?.event === 'message' && t.isStringLiteral(listener.eventNode) && /client$/i.test(receiver)) {
				const start = listener.eventNode.getStart() + 1;
				out.push(
					finding(listener.eventNode, 'v13-message-event', DeprecatedMessages['v13-message-event'], {}, [
						{
							description: "Listen to 'messageCreate'",
							// The old name never fires in v14, so nothing working depends on it.
							safe: true,
							edits: [{ start, end: listener.eventNode.getEnd() - 1, text: 'messageCreate' }],
						},
					]),
				);
			}
		}
	});
	return out.sort((a, b) => a.start - b.start);
}
