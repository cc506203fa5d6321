import type ts from 'typescript';
import { calleeName, getProperty, unwrap, walk } from './_ast.js';
import { isChainEnd } from './builderChain.js';
import { staticString } from './evaluate.js';
import { finding, formatMessage, type Finding } from './Finding.js';
import { COMMAND_BUILDER_CLASSES, isCommandObject, readCommand } from './readCommand.js';
import { declaredValue } from './staticJson.js';

/** One application command defined in the project. */
export interface DefinedCommand {
	readonly name: string;
	/** The definition (builder chain or object literal). */
	readonly node: ts.Expression;
}

/** What the project does with its commands, for project-wide checks and document symbols. */
export interface CommandMap {
	readonly defined: readonly DefinedCommand[];
	/** Names found in deploy calls, or `'unknown'` when a deploy call holds something the analysis cannot follow. */
	readonly registered: ReadonlySet<string> | 'unknown';
	/** Names compared with `interaction.commandName`, or `'unknown'` when the name is looked up dynamically. */
	readonly handled: ReadonlySet<string> | 'unknown';
	/** The `commandName` comparisons and `case` clauses, by name. */
	readonly handlers: readonly { readonly name: string; readonly node: ts.Node }[];
	/** Whether the project has any deploy call. */
	readonly deploys: boolean;
}

/**
 * Calls that deploy commands to Discord: OvenJS and framework helpers. Besides these,
 * `<x>.commands.set/create(...)` (discord.js managers) and REST `put`/`post` to
 * `Routes.applicationCommands`/`applicationGuildCommands` count.
 */
export const DEPLOY_CALLS: ReadonlySet<string> = new Set([
	'registerCommands',
	'syncCommands',
	'deployCommands',
	'bulkOverwriteGlobalCommands',
	'bulkOverwriteGuildCommands',
	'setCommands',
]);

/** Message templates of the project-wide command checks. */
export const CommandMapMessages = {
	'command-not-registered':
		"The command '{name}' is defined but no deploy call (commands.set, rest.put(Routes.applicationCommands…), registerCommands…) includes it, so Discord never shows it.",
	'command-not-handled':
		"The command '{name}' is defined but nothing compares interaction.commandName with '{name}', so using it fails with \"The application did not respond\".",
} as const;

/** A finding code of the project-wide command checks. */
export type CommandMapFindingCode = keyof typeof CommandMapMessages;

/** Reads the commands of a whole project: defined, deployed and handled. The checker lets deploy calls follow imports. */
export function readCommandMap(t: typeof ts, files: readonly ts.SourceFile[], checker: ts.TypeChecker | undefined): CommandMap {
	const defined = new Map<ts.Node, DefinedCommand>();
	const registered = new Set<string>();
	const handled = new Set<string>();
	const handlers: { name: string; node: ts.Node }[] = [];
	let registeredUnknown = false;
	let handledUnknown = false;
	let deploys = false;
	const define = (node: ts.Expression): string | undefined => {
		const name = readCommand(t, node)?.name?.value;
		if (name !== undefined && !defined.has(node)) defined.set(node, { name, node });
		return name;
	};
	// Follows a deploy call's argument to the command definitions it holds.
	const collect = (expression: ts.Expression, depth: number): void => {
		const node = unwrap(t, expression);
		if (depth > 16) {
			registeredUnknown = true;
			return;
		}
		if (t.isObjectLiteralExpression(node)) {
			const inner = getProperty(t, node, 'body') ?? getProperty(t, node, 'data');
			if (inner !== undefined && getProperty(t, node, 'name') === undefined) return collect(inner, depth + 1);
			const name = define(node);
			if (name === undefined) registeredUnknown = true;
			else registered.add(name);
		} else if (t.isArrayLiteralExpression(node)) {
			for (const element of node.elements) collect(t.isSpreadElement(element) ? element.expression : element, depth + 1);
		} else if (
			t.isCallExpression(node) &&
			t.isPropertyAccessExpression(node.expression) &&
			['toJSON', 'map', 'flat', 'concat', 'filter'].includes(node.expression.name.text)
		) {
			collect(node.expression.expression, depth + 1);
			if (node.expression.name.text === 'concat') for (const arg of node.arguments) collect(arg, depth + 1);
		} else if ((t.isNewExpression(node) || t.isCallExpression(node)) && readCommand(t, node) !== undefined) {
			const name = define(node);
			if (name === undefined) registeredUnknown = true;
			else registered.add(name);
		} else if (t.isIdentifier(node) || t.isPropertyAccessExpression(node)) {
			const target = declaredValue(t, checker, node);
			if (target === undefined || typeof target !== 'object') registeredUnknown = true;
			else collect(target, depth + 1);
		} else {
			registeredUnknown = true;
		}
	};
	for (const file of files) {
		walk(t, file, (node) => {
			if (t.isNewExpression(node) && t.isIdentifier(node.expression) && COMMAND_BUILDER_CLASSES.has(node.expression.text)) {
				let end: ts.Expression = node;
				while (!isChainEnd(t, end)) end = end.parent.parent as ts.Expression;
				define(end);
			} else if (t.isObjectLiteralExpression(node) && isCommandObject(t, node)) {
				define(node);
			} else if (t.isCallExpression(node)) {
				const args = deployArguments(t, node);
				if (args !== undefined) {
					deploys = true;
					for (const arg of args) collect(arg, 0);
				}
			} else if (t.isPropertyAccessExpression(node) && node.name.text === 'commandName') {
				const compared = comparedName(t, node);
				if (compared === undefined) handledUnknown = true;
				else
					for (const entry of compared) {
						handled.add(entry.name);
						handlers.push(entry);
					}
			}
		});
	}
	return {
		defined: [...defined.values()],
		registered: registeredUnknown ? 'unknown' : registered,
		handled: handledUnknown ? 'unknown' : handled,
		handlers,
		deploys,
	};
}

/**
 * Project-wide findings: commands no deploy call includes (only when the project has deploy
 * calls and all of them can be followed) and commands no code compares `commandName` with
 * (only when no code looks the name up dynamically), so a report is always real.
 */
export function findCommandMapProblems(map: CommandMap): Finding<CommandMapFindingCode>[] {
	const out: Finding<CommandMapFindingCode>[] = [];
	const { registered, handled } = map;
	for (const command of map.defined) {
		const data = { name: command.name };
		if (map.deploys && registered !== 'unknown' && !registered.has(command.name)) {
			out.push(finding(command.node, 'command-not-registered', formatMessage(CommandMapMessages['command-not-registered'], data), data));
		}
		if (handled !== 'unknown' && !handled.has(command.name)) {
			out.push(finding(command.node, 'command-not-handled', formatMessage(CommandMapMessages['command-not-handled'], data), data));
		}
	}
	return out;
}

// The arguments that carry command definitions, when `call` deploys commands.
function deployArguments(t: typeof ts, call: ts.CallExpression): readonly ts.Expression[] | undefined {
	const name = calleeName(t, call);
	if (name === undefined) return undefined;
	if (DEPLOY_CALLS.has(name)) return call.arguments;
	const callee = unwrap(t, call.expression);
	if ((name === 'set' || name === 'create') && t.isPropertyAccessExpression(callee)) {
		const receiver = unwrap(t, callee.expression);
		// `client.commands.set(command.data.name, command)` is the discord.js guide's Collection, not a deploy.
		const first = call.arguments[0];
		const keyed = first !== undefined && (staticString(t, first) !== undefined || /\.name$/.test(first.getText()));
		if (t.isPropertyAccessExpression(receiver) && receiver.name.text === 'commands' && !keyed) return call.arguments.slice(0, 1);
	}
	if ((name === 'put' || name === 'post') && call.arguments.length >= 2) {
		const route = call.arguments[0];
		if (route !== undefined && /applicationCommands|applicationGuildCommands|\/commands/.test(route.getText()))
			return call.arguments.slice(1, 2);
	}
	return undefined;
}

// `x.commandName === 'ping'`, `'ping' == x.commandName`, `switch (x.commandName) { case 'ping': }`.
function comparedName(t: typeof ts, access: ts.PropertyAccessExpression): { name: string; node: ts.Node }[] | undefined {
	let node: ts.Node = access;
	while (t.isParenthesizedExpression(node.parent) || t.isNonNullExpression(node.parent)) node = node.parent;
	const parent = node.parent;
	if (
		t.isBinaryExpression(parent) &&
		[t.SyntaxKind.EqualsEqualsEqualsToken, t.SyntaxKind.EqualsEqualsToken].includes(parent.operatorToken.kind)
	) {
		const other = parent.left === node ? parent.right : parent.left;
		const name = staticString(t, other);
		return name === undefined ? undefined : [{ name, node: parent }];
	}
	if (t.isSwitchStatement(parent) && parent.expression === node) {
		const out: { name: string; node: ts.Node }[] = [];
		for (const clause of parent.caseBlock.clauses) {
			if (!t.isCaseClause(clause)) continue;
			const name = staticString(t, clause.expression);
			if (name === undefined) return undefined;
			out.push({ name, node: clause });
		}
		return out;
	}
	// `if (!interaction.commandName)` and the like say nothing about names.
	if (t.isPrefixUnaryExpression(parent) || t.isIfStatement(parent)) return [];
	return undefined;
}
