import { Node, SyntaxKind, ts, type Expression, type NewExpression, type SourceFile } from 'ts-morph';
import type { Transform, TransformContext } from '../Transform.js';
import { discordJsPath, excerpt, replaceNode } from './_discordJs.js';
import { chainFrom, stringValue, type ChainCall } from './_builderChain.js';
import { discordModuleBindings, mentionsAny } from './_discordModules.js';
import { lookupTable } from './_lookupTable.js';

/** What a rewritten builder became. */
type Kind = 'button' | 'select' | 'row' | 'textInput' | 'modal' | 'selectOption';

/** discord.js builder classes (v14 and v13) → the OvenJS function and what it makes. */
const BUILDERS: Readonly<Record<string, { readonly fn: string; readonly kind: Kind }>> = lookupTable({
	ButtonBuilder: { fn: 'button', kind: 'button' },
	MessageButton: { fn: 'button', kind: 'button' },
	StringSelectMenuBuilder: { fn: 'stringSelect', kind: 'select' },
	SelectMenuBuilder: { fn: 'stringSelect', kind: 'select' },
	MessageSelectMenu: { fn: 'stringSelect', kind: 'select' },
	UserSelectMenuBuilder: { fn: 'userSelect', kind: 'select' },
	RoleSelectMenuBuilder: { fn: 'roleSelect', kind: 'select' },
	MentionableSelectMenuBuilder: { fn: 'mentionableSelect', kind: 'select' },
	ChannelSelectMenuBuilder: { fn: 'channelSelect', kind: 'select' },
	ActionRowBuilder: { fn: 'actionRow', kind: 'row' },
	MessageActionRow: { fn: 'actionRow', kind: 'row' },
	ModalBuilder: { fn: 'modal', kind: 'modal' },
	Modal: { fn: 'modal', kind: 'modal' },
	TextInputBuilder: { fn: 'textInput', kind: 'textInput' },
	TextInputComponent: { fn: 'textInput', kind: 'textInput' },
	StringSelectMenuOptionBuilder: { fn: '', kind: 'selectOption' },
	SelectMenuOptionBuilder: { fn: '', kind: 'selectOption' },
});

const ATTACHMENTS = new Set(['AttachmentBuilder', 'MessageAttachment']);

/** Methods that send a message body, where discord.js takes `files`. */
const SENDS = new Set(['send', 'reply', 'edit', 'followUp', 'editReply', 'update']);

const UPLOAD_ADVICE =
	"OvenJS's message views send JSON only: upload files with client.api.channels.createMessage(channelId, body, { files: [file] }) (or the interaction API's files option).";

/** Setters → Discord's key, per builder kind. `true` when no argument means `true`. */
const SETTERS: Readonly<Record<Kind, Readonly<Record<string, string>>>> = {
	button: lookupTable({ setCustomId: 'custom_id', setLabel: 'label', setURL: 'url', setDisabled: 'disabled', setSKUId: 'sku_id' }),
	select: lookupTable({
		setCustomId: 'custom_id',
		setPlaceholder: 'placeholder',
		setMinValues: 'min_values',
		setMaxValues: 'max_values',
		setDisabled: 'disabled',
	}),
	textInput: lookupTable({
		setCustomId: 'custom_id',
		setPlaceholder: 'placeholder',
		setValue: 'value',
		setMinLength: 'min_length',
		setMaxLength: 'max_length',
		setRequired: 'required',
	}),
	modal: lookupTable({ setCustomId: 'custom_id', setTitle: 'title' }),
	selectOption: lookupTable({ setLabel: 'label', setValue: 'value', setDescription: 'description', setDefault: 'default' }),
	row: lookupTable({}),
};

/** Button styles by every name discord.js accepts: `ButtonStyle.Primary`, v13 `'PRIMARY'`, `MessageButtonStyles.PRIMARY`, 1–6. */
const BUTTON_STYLES: readonly string[] = ['', 'primary', 'secondary', 'success', 'danger', 'link', 'premium'];
const TEXT_STYLES: readonly string[] = ['', 'short', 'paragraph'];
const WORDS = [...Object.keys(BUILDERS), ...ATTACHMENTS];

class Unsupported extends Error {}

interface Scope {
	readonly bindings: ReadonlyMap<string, string | null>;
	/** The identifier to write for an OvenJS export (see `TransformContext.ovenName`). */
	readonly ovenName: (name: string) => string;
	/** Variables holding a rewritten component, and what it is. */
	readonly variables: Map<string, Kind>;
}

/** A style argument → OvenJS's style name. */
function styleName(arg: Expression | undefined, styles: readonly string[], scope: Scope): string {
	if (arg === undefined) throw new Unsupported('setStyle() without a style');
	const path = discordJsPath(arg, scope.bindings);
	const written =
		path !== undefined && path.length >= 2 && /Styles?$/.test(path.at(-2) ?? '')
			? path.at(-1)
			: Node.isNumericLiteral(arg)
				? styles[Number(arg.getLiteralValue())]
				: stringValue(arg);
	const name = written?.toLowerCase();
	if (name === undefined || !styles.includes(name) || name === '')
		throw new Unsupported(`style \`${arg.getText()}\` is not a literal style`);
	return `'${name}'`;
}

/** `'👍'` → `{ name: '👍' }`, `'<:ok:123>'` → `{ name: 'ok', id: '123' }`, objects as they are. */
function emojiText(arg: Expression | undefined): string {
	if (Node.isObjectLiteralExpression(arg)) return arg.getText();
	const value = stringValue(arg);
	if (value === undefined) throw new Unsupported(`emoji \`${arg?.getText() ?? ''}\` is not a literal`);
	const custom = /^<(a?):(\w+):(\d+)>$/.exec(value);
	if (custom !== null) return `{ name: '${custom[2] ?? ''}', id: '${custom[3] ?? ''}'${custom[1] === 'a' ? ', animated: true' : ''} }`;
	return `{ name: ${JSON.stringify(value).replace(/^"|"$/g, "'")} }`;
}

/** A select option object, with a string emoji made an object. */
function optionText(node: Expression, scope: Scope): string {
	if (Node.isObjectLiteralExpression(node)) {
		return `{ ${node
			.getProperties()
			.map((p) =>
				Node.isPropertyAssignment(p) && p.getName() === 'emoji' && stringValue(p.getInitializer()) !== undefined
					? `emoji: ${emojiText(p.getInitializerOrThrow())}`
					: p.getText(),
			)
			.join(', ')} }`;
	}
	const converted = convert(node, scope);
	if (converted?.kind === 'selectOption') return converted.text;
	throw new Unsupported(`select option \`${excerpt(node, 30)}\` is not a literal`);
}

function spread(args: readonly Expression[]): readonly Expression[] {
	const [only] = args;
	return args.length === 1 && Node.isArrayLiteralExpression(only) ? (only.getElements() as Expression[]) : args;
}

/** A child of a row or modal: a builder rewritten in place, or a variable holding one. */
function childText(node: Expression, scope: Scope): { text: string; kind: Kind | undefined } {
	const converted = convert(node, scope);
	if (converted !== undefined) return converted;
	if (Node.isIdentifier(node) && scope.variables.has(node.getText()))
		return { text: node.getText(), kind: scope.variables.get(node.getText()) };
	if (Node.isSpreadElement(node)) return { text: node.getText(), kind: undefined };
	throw new Unsupported(`\`${excerpt(node, 30)}\` is not a builder this tool rewrote`);
}

/** The OvenJS text of a builder chain rooted at `expression`, or undefined when `node` is not one. */
function convert(node: Node, scope: Scope): { text: string; kind: Kind } | undefined {
	let root: Node = node;
	while (Node.isCallExpression(root) && Node.isPropertyAccessExpression(root.getExpression()))
		root = root.getExpression().getFirstChildOrThrow();
	if (!Node.isNewExpression(root)) return undefined;
	const builder = BUILDERS[discordJsPath(root.getExpression(), scope.bindings)?.join('.') ?? ''];
	if (builder === undefined) return undefined;
	const chain = chainFrom(root);
	if (chain.top !== node) return undefined;
	const text = build(
		root,
		builder.fn,
		builder.kind,
		chain.calls,
		scope,
		discordJsPath(root.getExpression(), scope.bindings)?.join('.') === 'TextInputComponent',
	);
	return { text, kind: builder.kind };
}

/**
 * The OvenJS text of one builder. `optional`: discord.js v13's TextInputComponent sends
 * `required: false` unless told otherwise, while Discord's default is required.
 */
function build(root: NewExpression, fn: string, kind: Kind, allCalls: readonly ChainCall[], scope: Scope, optional: boolean): string {
	if (root.getArguments().length > 0) throw new Unsupported('constructor arguments (set each field with its method)');
	const calls = allCalls.at(-1)?.method === 'toJSON' ? allCalls.slice(0, -1) : allCalls;
	if (calls.length === 0) throw new Unsupported('the builder is configured across statements');
	const props: string[] = [];
	const children: string[] = [];
	let labelText: string | undefined;
	for (const { method, args } of calls) {
		const [first] = args;
		const key = SETTERS[kind][method];
		if (kind === 'textInput' && method === 'setLabel' && first !== undefined) labelText = first.getText();
		else if (key !== undefined) props.push(`${key}: ${first?.getText() ?? 'true'}`);
		else if (method === 'setStyle' && kind === 'button') props.push(`style: ${styleName(first, BUTTON_STYLES, scope)}`);
		else if (method === 'setStyle' && kind === 'textInput') props.push(`style: ${styleName(first, TEXT_STYLES, scope)}`);
		else if (method === 'setEmoji' && (kind === 'button' || kind === 'selectOption')) props.push(`emoji: ${emojiText(first)}`);
		else if ((method === 'addOptions' || method === 'setOptions') && kind === 'select')
			children.push(...spread(args).map((a) => optionText(a, scope)));
		else if ((method === 'setChannelTypes' || method === 'addChannelTypes') && kind === 'select')
			props.push(
				`channel_types: [${spread(args)
					.map((a) => a.getText())
					.join(', ')}]`,
			);
		else if ((method === 'addComponents' || method === 'setComponents') && (kind === 'row' || kind === 'modal')) {
			for (const arg of spread(args)) {
				const child = childText(arg, scope);
				if (kind === 'row' && child.kind !== 'button' && child.kind !== 'select' && child.kind !== 'textInput')
					throw new Unsupported(`\`${excerpt(arg, 30)}\` is not a component this tool rewrote`);
				children.push(child.text);
			}
		} else throw new Unsupported(`${method}() has no OvenJS equivalent`);
	}
	const name = (n: string): string => scope.ovenName(n);
	const object = (entries: readonly string[]): string => `{ ${entries.join(', ')} }`;
	switch (kind) {
		case 'row':
			if (children.length === 0) throw new Unsupported('an empty row (add its components where it is made)');
			return `${name(fn)}(${children.join(', ')})`;
		case 'select':
			if (fn === 'stringSelect') props.push(`options: [${children.join(', ')}]`);
			return `${name(fn)}(${object(props)})`;
		case 'modal':
			return `${name(fn)}(${object([...props, `components: [${children.join(', ')}]`])})`;
		case 'textInput':
			if (optional && !calls.some((c) => c.method === 'setRequired')) props.push('required: false');
			// discord.js sends the label on the text input, in an action row; so does this, so the
			// modal and its submission keep their shape (OvenJS's label() is the newer form).
			return labelText === undefined ? `${name(fn)}(${object(props)})` : `{ ...${name(fn)}(${object(props)}), label: ${labelText} }`;
		case 'selectOption':
			return object(props);
		default:
			return `${name(fn)}(${object(props)})`;
	}
}

/** `new AttachmentBuilder(data, { name })` / v13 `new MessageAttachment(data, name)` → a `RawFile` (`{ name, data }`). */
function attachment(expression: NewExpression, context: TransformContext): void {
	const [data, second] = expression.getArguments() as Expression[];
	const named = Node.isObjectLiteralExpression(second) ? second.getProperty('name') : undefined;
	const name = Node.isPropertyAssignment(named)
		? named.getInitializerOrThrow().getText()
		: second !== undefined && !Node.isObjectLiteralExpression(second)
			? second.getText()
			: undefined;
	const path = stringValue(data);
	const advice = UPLOAD_ADVICE;
	if (
		data === undefined ||
		(path !== undefined && /^https?:/.test(path)) ||
		(Node.isObjectLiteralExpression(second) && second.getProperties().length > 1)
	) {
		context.todo(expression, `\`${excerpt(expression)}\` not rewritten; make a { name, data | path } file. ${advice}`);
		return;
	}
	const fileName = name ?? (path === undefined ? undefined : `'${path.split('/').at(-1) ?? path}'`);
	if (fileName === undefined) {
		context.todo(expression, `\`${excerpt(expression)}\` has no file name; make a { name, data } file. ${advice}`);
		return;
	}
	const replaced = replaceNode(
		expression,
		asExpression(expression, `{ name: ${fileName}, ${path === undefined ? `data: ${data.getText()}` : `path: ${data.getText()}`} }`),
	);
	context.todo(replaced, `this is now a file to upload (RawFile). ${advice}`);
}

/** An object literal where a block or statement would be read (`() => { … }`) gets parentheses. */
function asExpression(node: Node, text: string): string {
	const parent = node.getParent();
	return text.startsWith('{') && (Node.isArrowFunction(parent) || Node.isExpressionStatement(parent)) ? `(${text})` : text;
}

/** `send({ files: […] })`: the views' bodies have no files. */
function markFiles(file: SourceFile, context: TransformContext): void {
	for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
		const callee = call.getExpression();
		const [body] = call.getArguments();
		if (!Node.isPropertyAccessExpression(callee) || !SENDS.has(callee.getName()) || !Node.isObjectLiteralExpression(body)) continue;
		const files = body.getProperty('files');
		if (files !== undefined) context.todo(call, `\`${excerpt(call)}\` sends files: ${UPLOAD_ADVICE}`);
	}
}

/**
 * `modal.addComponents(…)` / `row.setComponents(…)` called on the variable a builder is assigned
 * to, after the statement that makes it: the builder must stay one (a plain object has no
 * methods). Returns the first such call's text.
 */
function laterBuilderCall(top: Node): string | undefined {
	const declaration = top.getParent();
	if (!Node.isVariableDeclaration(declaration) || !Node.isIdentifier(declaration.getNameNode())) return undefined;
	const name = declaration.getName();
	const tree = top.getSourceFile().compilerNode;
	const after = declaration.getEnd();
	let found: string | undefined;
	const visit = (node: ts.Node): void => {
		if (found !== undefined) return;
		if (
			node.pos >= after &&
			ts.isCallExpression(node) &&
			ts.isPropertyAccessExpression(node.expression) &&
			ts.isIdentifier(node.expression.expression) &&
			node.expression.expression.text === name &&
			node.expression.name.text !== 'toJSON'
		)
			found = `${name}.${node.expression.name.text}()`;
		ts.forEachChild(node, visit);
	};
	visit(tree);
	return found;
}

/** Calls still made on a variable that now holds a plain component object. */
function markLeftoverCalls(file: SourceFile, scope: Scope, context: TransformContext): void {
	for (const access of file.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)) {
		if (access.wasForgotten() || !Node.isIdentifier(access.getExpression()) || !scope.variables.has(access.getExpression().getText()))
			continue;
		const call = access.getParent();
		if (!Node.isCallExpression(call) || call.getExpression() !== access) continue;
		if (access.getName() === 'toJSON' && call.getArguments().length === 0) replaceNode(call, access.getExpression().getText());
		else
			context.todo(
				call,
				`\`${excerpt(call)}\`: ${access.getExpression().getText()} is now Discord's component object (from OvenJS's builders), not a builder; set this where it is made.`,
			);
	}
}

/**
 * Components: buttons, every select menu, action rows, modals and text inputs (v14
 * `…Builder` and v13 `Message…` classes) → OvenJS's `button`, `stringSelect`/`userSelect`/…,
 * `actionRow`, `modal`, `textInput` (with discord.js's `label` beside it, so the modal keeps its
 * shape); attachments → files to upload.
 */
export const components: Transform = {
	name: 'components',
	description: 'Button, select menu, action row, modal, text input and attachment builders become OvenJS builders and files.',
	apply(file, context) {
		if (!mentionsAny(file, [...WORDS, 'files'])) return;
		const scope: Scope = { bindings: discordModuleBindings(file), ovenName: (name) => context.ovenName(name), variables: new Map() };
		/** Builders that stay discord.js builders: what they hold must stay builders too (their toJSON() calls each one's). */
		const kept = new Set<Node>();
		for (const expression of file.getDescendantsOfKind(SyntaxKind.NewExpression)) {
			if (expression.wasForgotten() || expression.getFirstAncestor((ancestor) => kept.has(ancestor)) !== undefined) continue;
			const path = discordJsPath(expression.getExpression(), scope.bindings)?.join('.') ?? '';
			if (ATTACHMENTS.has(path)) {
				attachment(expression, context);
				continue;
			}
			const builder = BUILDERS[path];
			if (builder === undefined) continue;
			const { top } = chainFrom(expression);
			try {
				const later = laterBuilderCall(top);
				if (later !== undefined) throw new Unsupported(`it is set up later, with ${later}, which a plain object would not have`);
				const converted = convert(top, scope);
				if (converted === undefined) continue;
				const replaced = replaceNode(top, asExpression(top, converted.text));
				const parent = replaced.getParent();
				if (Node.isVariableDeclaration(parent) && Node.isIdentifier(parent.getNameNode()))
					scope.variables.set(parent.getName(), converted.kind);
			} catch (error) {
				if (!(error instanceof Unsupported)) throw error;
				kept.add(top);
				context.todo(
					top,
					`new ${path}() stays a discord.js builder (${error.message}): OvenJS takes its toJSON() in message bodies and showModal(), or build it with OvenJS's ${builder.fn === '' ? 'option objects' : `${builder.fn}(…)`} from ovenjs.`,
				);
			}
		}
		markLeftoverCalls(file, scope, context);
		markFiles(file, context);
	},
};
