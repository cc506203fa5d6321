import type ts from 'typescript';
import { arrayElements, calleeName, enclosingPropertyName, getProperty, hasProperty, nameOf, restArguments, unwrap } from './_ast.js';
import { arrayElementsOf, resolveExpression, staticBoolean, staticStringValue, type StaticValue } from './evaluate.js';

/** What the analysis knows about one command option (or subcommand). */
export interface CommandOptionModel {
	readonly node: ts.Expression;
	readonly name?: StaticValue<string>;
	readonly description?: StaticValue<string>;
	/** `true`/`false` when written; undefined means optional (Discord's default). */
	readonly required?: boolean;
	readonly choices: readonly ts.Expression[];
	readonly choicesNode: ts.Node;
	readonly autocomplete?: boolean;
	readonly options: readonly CommandOptionModel[];
	readonly optionsNode: ts.Node;
	/** A subcommand or group: not ordered with plain options, holds options of its own. */
	readonly subcommand: boolean;
}

/** What the analysis knows about one application command definition. */
export interface CommandModel extends CommandOptionModel {
	/** Chat-input (slash) commands follow the naming and description rules; context menu ones do not. */
	readonly chatInput: boolean;
}

/** Calls whose argument (or array argument) is a command definition: discord.js managers, REST bodies, OvenJS. */
export const COMMAND_CALLS: ReadonlySet<string> = new Set(['create', 'set', 'edit', 'defineCommand', 'createCommand', 'registerCommands']);

/** Builder classes whose chains are command definitions. */
export const COMMAND_BUILDER_CLASSES: ReadonlySet<string> = new Set(['SlashCommandBuilder', 'ContextMenuCommandBuilder']);

/** Whether the object literal sits where a command definition is expected. */
export function isCommandObject(t: typeof ts, object: ts.ObjectLiteralExpression): boolean {
	if (getProperty(t, object, 'name') === undefined) return false;
	let current: ts.Node = object;
	while (
		t.isArrayLiteralExpression(current.parent) ||
		t.isParenthesizedExpression(current.parent) ||
		t.isAsExpression(current.parent) ||
		t.isSatisfiesExpression(current.parent)
	)
		current = current.parent;
	const parent = current.parent;
	if (t.isCallExpression(parent)) {
		const name = calleeName(t, parent);
		// `commands.edit(id, data)` takes the definition second; the others first (so `map.set(key, value)` is not a command).
		const position = name === 'edit' ? 1 : 0;
		return (
			name !== undefined &&
			COMMAND_CALLS.has(name) &&
			parent.arguments[position] === current &&
			getProperty(t, object, 'description', 'type') !== undefined
		);
	}
	const where = enclosingPropertyName(t, object);
	if (getProperty(t, object, 'description') === undefined) return false;
	if (where === 'body') return true;
	// The command-module pattern, wherever it sits (exported, in a map, in a list): `{ data: { name, description }, execute }`.
	const owner = current.parent.parent;
	if (
		where === 'data' &&
		owner !== undefined &&
		t.isObjectLiteralExpression(owner) &&
		owner.properties.some((p) => (t.isMethodDeclaration(p) || t.isPropertyAssignment(p)) && HANDLER_KEYS.has(nameOf(t, p.name) ?? ''))
	)
		return true;
	// A definition with application-command options (`options: [{ type, name, description }]`): nothing else has that shape.
	const options = arrayElements(t, getProperty(t, object, 'options'));
	const first = options?.[0] === undefined ? undefined : unwrap(t, options[0]);
	return first !== undefined && t.isObjectLiteralExpression(first) && hasProperty(t, first, 'type') && hasProperty(t, first, 'name');
}

// The handler beside a command module's `data`.
const HANDLER_KEYS: ReadonlySet<string> = new Set(['execute', 'run', 'callback']);

/** Reads a command written as an object literal or a `SlashCommandBuilder` chain. */
export function readCommand(t: typeof ts, node: ts.Expression): CommandModel | undefined {
	const target = resolveExpression(t, node);
	if (t.isObjectLiteralExpression(target)) {
		const type = getProperty(t, target, 'type');
		// Types 2 and 3 (user, message) are context-menu commands: free-form names, no description.
		const chatInput = type === undefined || /ChatInput|^1$/.test(type.getText());
		return { ...readOptionObject(t, target), chatInput };
	}
	const calls = chainCalls(t, target);
	if (calls === undefined || !t.isNewExpression(calls.base) || !t.isIdentifier(calls.base.expression)) return undefined;
	const className = calls.base.expression.text;
	if (!COMMAND_BUILDER_CLASSES.has(className)) return undefined;
	return { ...readOptionCalls(t, target, calls.calls, false), chatInput: className === 'SlashCommandBuilder' };
}

function readOptionObject(t: typeof ts, object: ts.ObjectLiteralExpression): CommandOptionModel {
	const type = getProperty(t, object, 'type');
	const required = getProperty(t, object, 'required');
	const autocomplete = getProperty(t, object, 'autocomplete');
	const choices = getProperty(t, object, 'choices');
	const options = getProperty(t, object, 'options');
	const name = staticStringValue(t, getProperty(t, object, 'name'));
	const description = staticStringValue(t, getProperty(t, object, 'description'));
	const requiredValue = required === undefined ? undefined : staticBoolean(t, required);
	const autocompleteValue = autocomplete === undefined ? undefined : staticBoolean(t, autocomplete);
	const subcommand =
		type !== undefined && /^(1|2|ApplicationCommandOptionType\.Subcommand(Group)?|'SUB_COMMAND(_GROUP)?')$/.test(type.getText());
	return {
		node: object,
		subcommand,
		...(name === undefined ? {} : { name }),
		...(description === undefined ? {} : { description }),
		...(requiredValue === undefined ? {} : { required: requiredValue }),
		...(autocompleteValue === undefined ? {} : { autocomplete: autocompleteValue }),
		choices: arrayElementsOf(t, choices),
		choicesNode: choices ?? object,
		options: arrayElementsOf(t, options)
			.map((o) => resolveExpression(t, o))
			.filter(t.isObjectLiteralExpression)
			.map((o) => readOptionObject(t, o)),
		optionsNode: options ?? object,
	};
}

interface Call {
	readonly method: string;
	readonly args: readonly ts.Expression[];
	readonly node: ts.CallExpression;
}

// A chain's calls down to whatever it starts from: `new X()` or a callback's parameter.
function chainCalls(t: typeof ts, node: ts.Expression): { base: ts.Expression; calls: Call[] } | undefined {
	const calls: Call[] = [];
	let current = unwrap(t, node);
	while (t.isCallExpression(current) && t.isPropertyAccessExpression(current.expression)) {
		calls.unshift({ method: current.expression.name.text, args: current.arguments, node: current });
		current = unwrap(t, current.expression.expression);
	}
	return { base: current, calls };
}

function readOptionCalls(t: typeof ts, node: ts.Expression, calls: readonly Call[], subcommand: boolean): CommandOptionModel {
	let name: StaticValue<string> | undefined;
	let description: StaticValue<string> | undefined;
	let required: boolean | undefined;
	let autocomplete: boolean | undefined;
	const choices: ts.Expression[] = [];
	const options: CommandOptionModel[] = [];
	let choicesNode: ts.Node = node;
	let optionsNode: ts.Node = node;
	for (const call of calls) {
		const first = call.args[0];
		if (call.method === 'setName') name = staticStringValue(t, first);
		else if (call.method === 'setDescription') description = staticStringValue(t, first);
		else if (call.method === 'setRequired') required = first === undefined ? true : staticBoolean(t, first);
		else if (call.method === 'setAutocomplete') autocomplete = first === undefined ? true : staticBoolean(t, first);
		else if (call.method === 'addChoices' || call.method === 'setChoices') {
			choices.push(...restArguments(t, call.args));
			choicesNode = call.node;
		} else if (/^add\w*(Option|Subcommand|SubcommandGroup)$/.test(call.method) && first !== undefined) {
			const option = readOptionArgument(t, first, /Subcommand/.test(call.method));
			if (option !== undefined) options.push(option);
			optionsNode = call.node;
		}
	}
	return {
		node,
		choices,
		choicesNode,
		options,
		optionsNode,
		subcommand,
		...(name === undefined ? {} : { name }),
		...(description === undefined ? {} : { description }),
		...(required === undefined ? {} : { required }),
		...(autocomplete === undefined ? {} : { autocomplete }),
	};
}

// `o => o.setName(...)…`, `function (o) { return o…; }` or a ready builder.
function readOptionArgument(t: typeof ts, arg: ts.Expression, subcommand: boolean): CommandOptionModel | undefined {
	const target = unwrap(t, arg);
	let body: ts.Expression | undefined;
	if (t.isArrowFunction(target) && !t.isBlock(target.body)) body = target.body;
	else if ((t.isArrowFunction(target) || t.isFunctionExpression(target)) && t.isBlock(target.body)) {
		const ret = target.body.statements.find(t.isReturnStatement);
		body = ret?.expression;
	} else body = target;
	if (body === undefined) return undefined;
	const chain = chainCalls(t, body);
	return chain === undefined ? undefined : readOptionCalls(t, unwrap(t, body), chain.calls, subcommand);
}
