import {
	Node,
	SyntaxKind,
	type CallExpression,
	type ObjectLiteralExpression,
	type PropertyAccessExpression,
	type SourceFile,
} from 'ts-morph';
import type { Transform, TransformContext } from '../Transform.js';
import { discordJsBindings, discordJsPath, excerpt } from './_discordJs.js';

/** Receivers that name an interaction (`interaction`, `i`, `ctx`, `this.interaction`, …). */
const INTERACTION_NAME = /(^|\.)(interaction\w*|\w*Interaction|inter|int|i|ctx|itx)$/;

/** Message-body keys discord.js spells in camelCase and Discord (so OvenJS) in snake_case. */
const BODY_KEYS: Readonly<Record<string, string>> = {
	allowedMentions: 'allowed_mentions',
	repliedUser: 'replied_user',
	messageReference: 'message_reference',
};

/** discord.js type guards → the interaction type they test (`InteractionType`), and whether that test is coarser. */
const GUARDS: Readonly<Record<string, { readonly type: number; readonly coarser: boolean }>> = {
	isCommand: { type: 2, coarser: false },
	isChatInputCommand: { type: 2, coarser: true },
	isContextMenuCommand: { type: 2, coarser: true },
	isUserContextMenuCommand: { type: 2, coarser: true },
	isMessageContextMenuCommand: { type: 2, coarser: true },
	isMessageComponent: { type: 3, coarser: false },
	isButton: { type: 3, coarser: true },
	isSelectMenu: { type: 3, coarser: true },
	isStringSelectMenu: { type: 3, coarser: true },
	isAnySelectMenu: { type: 3, coarser: true },
	isUserSelectMenu: { type: 3, coarser: true },
	isRoleSelectMenu: { type: 3, coarser: true },
	isChannelSelectMenu: { type: 3, coarser: true },
	isMentionableSelectMenu: { type: 3, coarser: true },
	isAutocomplete: { type: 4, coarser: false },
	isModalSubmit: { type: 5, coarser: false },
};

const SENDS = new Set(['reply', 'send', 'edit', 'followUp', 'editReply', 'update']);

/** Parameter names of `interactionCreate` listeners. */
function listenerParameters(file: SourceFile): Set<string> {
	const names = new Set<string>();
	for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
		const [event, listener] = call.getArguments();
		if (!Node.isStringLiteral(event) || event.getLiteralValue() !== 'interactionCreate') continue;
		if (Node.isArrowFunction(listener) || Node.isFunctionExpression(listener)) {
			const [parameter] = listener.getParameters();
			if (parameter !== undefined) names.add(parameter.getName());
		}
	}
	return names;
}

/**
 * `interaction.fields.getTextInputValue('id')` → `(interaction.field('id') ?? '')`: the view
 * reads a modal submit's values with `field()`, which gives undefined (discord.js throws)
 * for a field the submission lacks.
 */
function modalField(call: CallExpression, fields: PropertyAccessExpression): void {
	if (fields.getName() !== 'fields') return;
	const text = `${fields.getExpression().getText()}.field(${call.getArguments()[0]?.getText() ?? ''}) ?? ''`;
	const parent = call.getParent();
	const bare =
		Node.isVariableDeclaration(parent) ||
		Node.isReturnStatement(parent) ||
		Node.isExpressionStatement(parent) ||
		Node.isTemplateSpan(parent) ||
		Node.isPropertyAssignment(parent) ||
		(Node.isCallExpression(parent) && parent.getExpression() !== call);
	call.replaceWithText(bare ? text : `(${text})`);
}

/** `interaction.options` getters the OvenJS Interaction view has, with discord.js's signatures. */
const SAME_OPTION_GETTERS = new Set(['getString', 'getInteger', 'getNumber', 'getBoolean', 'getSubcommand', 'getSubcommandGroup']);

/** discord.js getters that return an object where OvenJS's `options.id(name)` gives its id. */
const ID_OPTION_GETTERS = new Set(['getUser', 'getMember', 'getChannel', 'getRole', 'getMentionable', 'getAttachment']);

/** Whether `receiver` names an interaction: a listener's parameter or a name like `interaction`. */
function isInteraction(receiver: string, parameters: ReadonlySet<string>): boolean {
	return parameters.has(receiver) || INTERACTION_NAME.test(receiver);
}

function snakeBodyKeys(body: ObjectLiteralExpression): void {
	for (const property of body.getProperties()) {
		if (!Node.isPropertyAssignment(property)) continue;
		const renamed = BODY_KEYS[property.getName()];
		const value = property.getInitializer();
		if (Node.isObjectLiteralExpression(value)) snakeBodyKeys(value);
		if (renamed !== undefined) property.getNameNode().replaceWithText(renamed);
	}
}

/** Takes `ephemeral` (or `flags: MessageFlags.Ephemeral`) and `fetchReply` out of a reply body; returns the ephemeral expression. */
function takeEphemeral(
	body: ObjectLiteralExpression,
	bindings: ReadonlyMap<string, string | null>,
	call: CallExpression,
	context: TransformContext,
): string | undefined {
	let ephemeral: string | undefined;
	for (const property of body.getProperties()) {
		if (!Node.isPropertyAssignment(property)) continue;
		const value = property.getInitializerOrThrow();
		const name = property.getName();
		if (name === 'ephemeral') {
			ephemeral = value.getText();
			property.remove();
		} else if (name === 'flags' && discordJsPath(value, bindings)?.join('.') === 'MessageFlags.Ephemeral') {
			ephemeral = 'true';
			property.remove();
		} else if (name === 'fetchReply') {
			property.remove();
			context.todo(
				call,
				'fetchReply removed: OvenJS replies resolve to nothing; read the reply from the messageCreate event or fetch it through the API.',
			);
		}
	}
	return ephemeral;
}

/**
 * Interaction answers: `reply({ …, ephemeral: true })` and `followUp` → `reply({ … }, { ephemeral: true })`
 * (the client's Interaction view takes it as an option), `deferReply` → `defer`,
 * `fields.getTextInputValue(id)` → `field(id) ?? ''`, type guards (`isChatInputCommand()`)
 * become `type === n`; message bodies get Discord's snake_case keys (`allowed_mentions`).
 * `editReply`, `followUp`, `update`, `deferUpdate`, `showModal` and a select's `values` are the view's own.
 */
export const interactionReplies: Transform = {
	name: 'interaction-replies',
	description: 'Interaction replies and defers take OvenJS shapes (ephemeral as an option, defer); message bodies get snake_case keys.',
	apply(file, context) {
		const bindings = discordJsBindings(file);
		const parameters = listenerParameters(file);
		for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
			if (call.wasForgotten()) continue;
			const callee = call.getExpression();
			if (!Node.isPropertyAccessExpression(callee)) continue;
			const method = callee.getName();
			const receiver = callee.getExpression().getText();
			const [first] = call.getArguments();
			if (SENDS.has(method) && Node.isObjectLiteralExpression(first)) snakeBodyKeys(first);
			const target = callee.getExpression();
			if (
				method === 'getTextInputValue' &&
				Node.isPropertyAccessExpression(target) &&
				isInteraction(target.getExpression().getText(), parameters)
			) {
				modalField(call, target);
				continue;
			}
			if (
				Node.isPropertyAccessExpression(target) &&
				target.getName() === 'options' &&
				/^get/.test(method) &&
				!SAME_OPTION_GETTERS.has(method) &&
				isInteraction(target.getExpression().getText(), parameters)
			) {
				const advice = ID_OPTION_GETTERS.has(method)
					? `options.id(name) gives the id it holds (the object is in ${target.getExpression().getText()}.raw.data.resolved)`
					: `read it from ${target.getExpression().getText()}.raw.data.options`;
				context.todo(
					call,
					`\`${excerpt(call)}\`: the Interaction view's options reader has no ${method}(); ${advice}, or move the handler into defineCommand's run, where ctx.options is typed.`,
				);
				continue;
			}
			if (!isInteraction(receiver, parameters)) continue;
			if ((method === 'reply' || method === 'followUp') && Node.isObjectLiteralExpression(first) && call.getArguments().length === 1) {
				const ephemeral = takeEphemeral(first, bindings, call, context);
				if (ephemeral !== undefined) call.addArgument(`{ ephemeral: ${ephemeral} }`);
			} else if (method === 'deferReply') {
				if (Node.isObjectLiteralExpression(first)) {
					const ephemeral = takeEphemeral(first, bindings, call, context);
					first.replaceWithText(ephemeral === undefined ? '{}' : `{ ephemeral: ${ephemeral} }`);
					if (ephemeral === undefined) call.removeArgument(0);
				}
				callee.getNameNode().replaceWithText('defer');
			} else if (GUARDS[method] !== undefined && call.getArguments().length === 0) {
				const guard = GUARDS[method];
				const parent = call.getParentOrThrow();
				const negated = Node.isPrefixUnaryExpression(parent) && parent.getOperatorToken() === SyntaxKind.ExclamationToken;
				const bare =
					Node.isIfStatement(parent) ||
					Node.isParenthesizedExpression(parent) ||
					Node.isReturnStatement(parent) ||
					Node.isVariableDeclaration(parent) ||
					Node.isExpressionStatement(parent);
				const replaced = negated
					? parent.replaceWithText(`${receiver}.type !== ${guard.type}`)
					: call.replaceWithText(bare ? `${receiver}.type === ${guard.type}` : `(${receiver}.type === ${guard.type})`);
				if (guard.coarser)
					context.todo(
						replaced,
						`${method}() became a test of the interaction type (${guard.type}), which is coarser; check interaction.raw.data for the exact kind.`,
					);
			}
		}
	},
};
