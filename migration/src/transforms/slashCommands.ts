import { Node, SyntaxKind, type Expression } from 'ts-morph';
import type { Transform, TransformContext } from '../Transform.js';
import { discordJsPath, replaceNode } from './_discordJs.js';
import { callbackBody, chainFrom, chainStart, keyText, stringValue, type ChainCall } from './_builderChain.js';
import { discordModuleBindings, mentionsAny } from './_discordModules.js';
import { permissionName } from './permissions.js';
import { lookupTable } from './_lookupTable.js';

/** `add<Kind>Option` → OvenJS's `option.<kind>`. */
const OPTION_KINDS: Readonly<Record<string, string>> = lookupTable({
	addStringOption: 'string',
	addIntegerOption: 'integer',
	addNumberOption: 'number',
	addBooleanOption: 'boolean',
	addUserOption: 'user',
	addChannelOption: 'channel',
	addRoleOption: 'role',
	addMentionableOption: 'mentionable',
	addAttachmentOption: 'attachment',
});

/** Option setters whose argument passes through under another key. */
const OPTION_SETTERS: Readonly<Record<string, string>> = lookupTable({
	setDescription: 'description',
	setMinValue: 'minValue',
	setMaxValue: 'maxValue',
	setMinLength: 'minLength',
	setMaxLength: 'maxLength',
	setNameLocalizations: 'nameLocalizations',
	setDescriptionLocalizations: 'descriptionLocalizations',
});

/** discord.js types of a slash command builder → the OvenJS type of what it becomes. */
const BUILDER_TYPES: Readonly<Record<string, string>> = lookupTable({
	SlashCommandBuilder: 'ChatInputCommand',
	SlashCommandOptionsOnlyBuilder: 'ChatInputCommand',
	SlashCommandSubcommandsOnlyBuilder: 'ChatInputCommand',
});

const PLACEHOLDER = 'run: () => undefined';
const WORDS = ['SlashCommandBuilder', 'ContextMenuCommandBuilder'];

/** Why a chain was not rewritten. */
class Unsupported extends Error {}

interface Scope {
	readonly bindings: ReadonlyMap<string, string | null>;
	readonly names: (name: string) => string;
	/** Set when an option got an autocomplete placeholder. */
	autocomplete: boolean;
}

/** The calls of a callback `(o) => o.a().b()` on its parameter. */
function callbackCalls(node: Node | undefined, what: string): readonly ChainCall[] {
	const callback = callbackBody(node);
	if (callback === undefined) throw new Unsupported(`${what} is not a one-expression callback`);
	const start = chainStart(callback.body);
	if (!Node.isIdentifier(start) || start.getText() !== callback.parameter) throw new Unsupported(`${what} does not chain on its parameter`);
	const chain = chainFrom(start);
	if (chain.top !== callback.body) throw new Unsupported(`${what} does more than chain calls`);
	return chain.calls;
}

function spreadArgs(args: readonly Expression[]): readonly Expression[] {
	const [only] = args;
	return args.length === 1 && Node.isArrayLiteralExpression(only) ? (only.getElements() as Expression[]) : args;
}

/** A discord.js choice (`{ name, value, name_localizations }`, v13 `['name', value]`) → an OvenJS `OptionChoice`. */
function choiceText(node: Expression): string {
	if (Node.isObjectLiteralExpression(node)) return node.getText().replace(/\bname_localizations\b/g, 'nameLocalizations');
	if (Node.isArrayLiteralExpression(node)) {
		const [name, value, ...rest] = node.getElements();
		if (name !== undefined && value !== undefined && rest.length === 0) return `{ name: ${name.getText()}, value: ${value.getText()} }`;
	}
	throw new Unsupported(`choice \`${node.getText()}\` is not a literal`);
}

function required(name: string | undefined, what: string): string {
	if (name === undefined) throw new Unsupported(`${what} has no literal setName()`);
	return name;
}

/** `.addStringOption((o) => o.setName('x')…)` → `x: option.string({ … })`. */
function optionEntry(kind: string, arg: Expression | undefined, scope: Scope): string {
	let name: string | undefined;
	const props: string[] = [];
	const choices: string[] = [];
	const channelTypes: string[] = [];
	for (const { method, args } of callbackCalls(arg, `the ${kind} option`)) {
		const [first] = args;
		const setter = OPTION_SETTERS[method];
		if (method === 'setName') name = stringValue(first);
		else if (setter !== undefined && first !== undefined) props.push(`${setter}: ${first.getText()}`);
		else if (method === 'setRequired') props.push(`required: ${first?.getText() ?? 'true'}`);
		else if (method === 'addChoices' || method === 'setChoices') choices.push(...spreadArgs(args).map(choiceText));
		else if (method === 'addChoice' && args.length === 2)
			choices.push(`{ name: ${args[0]?.getText() ?? ''}, value: ${args[1]?.getText() ?? ''} }`);
		else if (method === 'addChannelTypes') channelTypes.push(...spreadArgs(args).map((a) => a.getText()));
		else if (method === 'setAutocomplete') {
			if (first?.getText() === 'false') continue;
			props.push('autocomplete: () => undefined');
			scope.autocomplete = true;
		} else throw new Unsupported(`option method ${method}() has no OvenJS equivalent`);
	}
	if (choices.length > 0) props.push(`choices: [${choices.join(', ')}]`);
	if (channelTypes.length > 0) props.push(`channelTypes: [${channelTypes.join(', ')}]`);
	return `${keyText(required(name, `a ${kind} option`))}: ${scope.names('option')}.${kind}(${props.length === 0 ? '' : `{ ${props.join(', ')} }`})`;
}

/** Enum members (`InteractionContextType.Guild`) or their numbers → OvenJS's names. */
function enumNames(args: readonly Expression[], enumName: string, byNumber: readonly string[], scope: Scope): string {
	return `[${spreadArgs(args)
		.map((arg) => {
			const path = discordJsPath(arg, scope.bindings);
			const name =
				path?.length === 2 && path[0] === enumName
					? path[1]
					: Node.isNumericLiteral(arg)
						? byNumber[Number(arg.getLiteralValue())]
						: undefined;
			if (name === undefined) throw new Unsupported(`\`${arg.getText()}\` is not a ${enumName} member`);
			return `'${name}'`;
		})
		.join(', ')}]`;
}

/** `setDefaultMemberPermissions(x)` after the permissions transform: `'BanMembers'`, `['A', 'B']`, `0`. */
function permissionsText(arg: Expression | undefined): string | undefined {
	if (arg === undefined || arg.getText() === 'null' || arg.getText() === 'undefined') return undefined;
	if (arg.getText() === '0' || arg.getText() === "'0'" || arg.getText() === '0n') return '[]';
	const single = stringValue(arg);
	if (single !== undefined && permissionName(single) === single) return `['${single}']`;
	if (
		Node.isArrayLiteralExpression(arg) &&
		arg.getElements().every((e) => {
			const v = stringValue(e);
			return v !== undefined && permissionName(v) === v;
		})
	)
		return arg.getText();
	throw new Unsupported(`default member permissions \`${arg.getText()}\` are not permission names`);
}

/** Settings every command kind shares; returns false when `call` is not one. */
function setting(call: ChainCall, props: string[], scope: Scope): boolean {
	const [first] = call.args;
	switch (call.method) {
		case 'setNameLocalizations':
			props.push(`nameLocalizations: ${first?.getText() ?? '{}'}`);
			return true;
		case 'setDefaultMemberPermissions': {
			const text = permissionsText(first);
			if (text !== undefined) props.push(`defaultMemberPermissions: ${text}`);
			return true;
		}
		case 'setDMPermission':
			if (first?.getText() === 'false') props.push("contexts: ['Guild']");
			else if (first !== undefined && first.getText() !== 'true')
				throw new Unsupported(`setDMPermission(${first.getText()}) is not a literal`);
			return true;
		case 'setContexts':
			props.push(`contexts: ${enumNames(call.args, 'InteractionContextType', ['Guild', 'BotDM', 'PrivateChannel'], scope)}`);
			return true;
		case 'setIntegrationTypes':
			props.push(`integrationTypes: ${enumNames(call.args, 'ApplicationIntegrationType', ['GuildInstall', 'UserInstall'], scope)}`);
			return true;
		case 'setDefaultPermission':
			// v13's default_permission: false hid the command from everyone but administrators.
			if (first?.getText() === 'false') props.push('defaultMemberPermissions: []');
			else if (first !== undefined && first.getText() !== 'true')
				throw new Unsupported(`setDefaultPermission(${first.getText()}) is not a literal`);
			return true;
		case 'setNSFW':
			props.push(`nsfw: ${first?.getText() ?? 'true'}`);
			return true;
		default:
			return false;
	}
}

/** `.addSubcommand((s) => s.setName('x')…)` → `x: subcommand({ … })`. */
function subcommandEntry(arg: Expression | undefined, scope: Scope): string {
	let name: string | undefined;
	const props: string[] = [];
	const options: string[] = [];
	for (const { method, args } of callbackCalls(arg, 'a subcommand')) {
		const [first] = args;
		const kind = OPTION_KINDS[method];
		if (method === 'setName') name = stringValue(first);
		else if (kind !== undefined) options.push(optionEntry(kind, first, scope));
		else if (
			(method === 'setDescription' || method === 'setNameLocalizations' || method === 'setDescriptionLocalizations') &&
			first !== undefined
		)
			props.push(`${OPTION_SETTERS[method] ?? method}: ${first.getText()}`);
		else throw new Unsupported(`subcommand method ${method}() has no OvenJS equivalent`);
	}
	if (options.length > 0) props.push(`options: { ${options.join(', ')} }`);
	return `${keyText(required(name, 'a subcommand'))}: ${scope.names('subcommand')}({ ${[...props, PLACEHOLDER].join(', ')} })`;
}

/** `.addSubcommandGroup((g) => g.setName('x')…)` → `x: subcommandGroup({ … })`. */
function groupEntry(arg: Expression | undefined, scope: Scope): string {
	let name: string | undefined;
	const props: string[] = [];
	const subs: string[] = [];
	for (const { method, args } of callbackCalls(arg, 'a subcommand group')) {
		const [first] = args;
		if (method === 'setName') name = stringValue(first);
		else if (method === 'addSubcommand') subs.push(subcommandEntry(first, scope));
		else if (
			(method === 'setDescription' || method === 'setNameLocalizations' || method === 'setDescriptionLocalizations') &&
			first !== undefined
		)
			props.push(`${OPTION_SETTERS[method] ?? method}: ${first.getText()}`);
		else throw new Unsupported(`subcommand group method ${method}() has no OvenJS equivalent`);
	}
	return `${keyText(required(name, 'a subcommand group'))}: ${scope.names('subcommandGroup')}({ ${[...props, `subcommands: { ${subs.join(', ')} }`].join(', ')} })`;
}

/** The calls of a chain, without a final `.toJSON()` (kept on the result: OvenJS commands have it too). */
function withoutToJSON(calls: readonly ChainCall[]): { calls: readonly ChainCall[]; toJSON: boolean } {
	const last = calls.at(-1);
	const toJSON = last?.method === 'toJSON' && last.args.length === 0;
	const rest = toJSON ? calls.slice(0, -1) : calls;
	if (rest.some((c) => c.method === 'toJSON')) throw new Unsupported('toJSON() in the middle of the chain');
	return { calls: rest, toJSON };
}

/** A `new SlashCommandBuilder()` chain → `defineCommand({ … })`. */
function slashCommand(calls: readonly ChainCall[], scope: Scope): string {
	let name: string | undefined;
	const props: string[] = [];
	const options: string[] = [];
	const subs: string[] = [];
	const groups: string[] = [];
	for (const call of calls) {
		const [first] = call.args;
		const kind = OPTION_KINDS[call.method];
		if (call.method === 'setName') name = stringValue(first);
		else if ((call.method === 'setDescription' || call.method === 'setDescriptionLocalizations') && first !== undefined)
			props.push(`${OPTION_SETTERS[call.method] ?? ''}: ${first.getText()}`);
		else if (kind !== undefined) options.push(optionEntry(kind, first, scope));
		else if (call.method === 'addSubcommand') subs.push(subcommandEntry(first, scope));
		else if (call.method === 'addSubcommandGroup') groups.push(groupEntry(first, scope));
		else if (!setting(call, props, scope)) throw new Unsupported(`${call.method}() has no OvenJS equivalent`);
	}
	const head = [`name: '${required(name, 'the command')}'`, ...props];
	if (subs.length > 0 || groups.length > 0) {
		if (options.length > 0) throw new Unsupported('options next to subcommands');
		if (subs.length > 0) head.push(`subcommands: { ${subs.join(', ')} }`);
		if (groups.length > 0) head.push(`groups: { ${groups.join(', ')} }`);
	} else {
		if (options.length > 0) head.push(`options: { ${options.join(', ')} }`);
		head.push(PLACEHOLDER);
	}
	return `${scope.names('defineCommand')}({ ${head.join(', ')} })`;
}

/** A `new ContextMenuCommandBuilder()` chain → `defineUserCommand`/`defineMessageCommand({ … })`. */
function contextMenuCommand(calls: readonly ChainCall[], scope: Scope): string {
	let name: string | undefined;
	let kind: 'User' | 'Message' | undefined;
	const props: string[] = [];
	for (const call of calls) {
		const [first] = call.args;
		if (call.method === 'setName') name = stringValue(first);
		else if (call.method === 'setType' && first !== undefined) {
			const path = discordJsPath(first, scope.bindings);
			const member =
				path?.[0] === 'ApplicationCommandType'
					? path[1]
					: ({ '2': 'User', '3': 'Message', USER: 'User', MESSAGE: 'Message' } as Record<string, string>)[
							stringValue(first) ?? first.getText()
						];
			if (member !== 'User' && member !== 'Message') throw new Unsupported(`setType(${first.getText()}) is not User or Message`);
			kind = member;
		} else if (!setting(call, props, scope)) throw new Unsupported(`${call.method}() has no OvenJS equivalent`);
	}
	if (kind === undefined) throw new Unsupported('no literal setType()');
	return `${scope.names(`define${kind}Command`)}({ ${[`name: '${required(name, 'the command')}'`, ...props, PLACEHOLDER].join(', ')} })`;
}

const HANDLER_TODO =
	'`run: () => undefined` is a placeholder; the command is still answered where discord.js answered it (interactionCreate or an execute function). Move that code into run (typed ctx.options) and dispatch with createInteractionHandler, or leave it there.';

/** Rewrites one builder, or marks it when it cannot. */
function rewrite(expression: Node, path: string, scope: Scope, context: TransformContext): void {
	const chain = chainFrom(expression);
	try {
		if (Node.isNewExpression(expression) && expression.getArguments().length > 0) throw new Unsupported('constructor arguments');
		if (chain.calls.length === 0) throw new Unsupported('the builder is configured across statements');
		const { calls, toJSON } = withoutToJSON(chain.calls);
		scope.autocomplete = false;
		const text = path === 'SlashCommandBuilder' ? slashCommand(calls, scope) : contextMenuCommand(calls, scope);
		const replaced = replaceNode(chain.top, toJSON ? `${text}.toJSON()` : text);
		context.todo(replaced, HANDLER_TODO);
		if (scope.autocomplete)
			context.todo(
				replaced,
				'autocomplete: () => undefined is a placeholder; give the option an autocomplete handler returning its choices (or keep answering autocomplete in interactionCreate).',
			);
	} catch (error) {
		if (!(error instanceof Unsupported)) throw error;
		const replacement =
			path === 'SlashCommandBuilder'
				? 'defineCommand({ name, description, options: { …: option.string(…) }, run })'
				: 'defineUserCommand/defineMessageCommand({ name, run })';
		context.todo(chain.top, `new ${path}() not rewritten (${error.message}); write it as ${replacement} from ovenjs.`);
	}
}

/**
 * Command builders: `new SlashCommandBuilder()` chains (options, choices, subcommands,
 * groups, permissions, contexts) → `defineCommand({ … })` with `option.*`, `subcommand`,
 * `subcommandGroup`; `new ContextMenuCommandBuilder()` → `defineUserCommand`/`defineMessageCommand`.
 * The handler is left where it was, with a placeholder `run` and a todo.
 */
export const slashCommands: Transform = {
	name: 'slash-commands',
	description:
		'SlashCommandBuilder and ContextMenuCommandBuilder chains become defineCommand/defineUserCommand/defineMessageCommand definitions.',
	apply(file, context) {
		if (!mentionsAny(file, WORDS)) return;
		const bindings = discordModuleBindings(file);
		const scope: Scope = { bindings, names: (name) => context.ovenName(name), autocomplete: false };
		for (const expression of file.getDescendantsOfKind(SyntaxKind.NewExpression)) {
			if (expression.wasForgotten()) continue;
			const path = discordJsPath(expression.getExpression(), bindings)?.join('.');
			if (path === 'SlashCommandBuilder' || path === 'ContextMenuCommandBuilder') rewrite(expression, path, scope, context);
		}
		for (const reference of file.getDescendantsOfKind(SyntaxKind.TypeReference)) {
			if (reference.wasForgotten()) continue;
			const path = discordJsPath(reference.getTypeName(), bindings)?.join('.');
			const oven = path === undefined ? undefined : BUILDER_TYPES[path];
			if (oven !== undefined && reference.getTypeArguments().length === 0) replaceNode(reference, scope.names(oven));
		}
	},
};
