import { Node, SyntaxKind, type ObjectLiteralExpression, type SourceFile } from 'ts-morph';
import type { Transform } from '../Transform.js';
import { discordJsBindings, discordJsPath } from './_discordJs.js';

/** Receivers that name an interaction (`interaction`, `i`, `ctx`, `this.interaction`, …). */
const INTERACTION_NAME = /(^|\.)(interaction\w*|\w*Interaction|inter|int|i|ctx|itx)$/;

/** Message-body keys discord.js spells in camelCase and Discord (so OvenJS) in snake_case. */
const BODY_KEYS: Readonly<Record<string, string>> = {
	allowedMentions: 'allowed_mentions',
	repliedUser: 'replied_user',
	messageReference: 'message_reference',
};

/** discord.js guards OvenJS names differently: v13's `isSelectMenu` (a string select then), and v13's `isCommand` (a slash command then). */
const GUARD_RENAMES = { isSelectMenu: 'isStringSelectMenu' } as const;
const V13_GUARD_RENAMES = { ...GUARD_RENAMES, isCommand: 'isChatInputCommand' } as const;

const SENDS = new Set(['reply', 'send', 'edit', 'followUp', 'editReply', 'update']);
const ANSWERS = new Set(['reply', 'followUp', 'deferReply', 'editReply', 'update']);

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

/**
 * An answer's body in OvenJS's shape: `flags: MessageFlags.Ephemeral` (discord.js's enum, which
 * the migrated file no longer imports) becomes `ephemeral: true`, and `fetchReply` goes: every
 * OvenJS answer that Discord answers with a message resolves to it.
 */
function answerBody(body: ObjectLiteralExpression, bindings: ReadonlyMap<string, string | null>): void {
	for (const property of body.getProperties()) {
		if (!Node.isPropertyAssignment(property)) continue;
		const name = property.getName();
		if (name === 'flags' && discordJsPath(property.getInitializerOrThrow(), bindings)?.join('.') === 'MessageFlags.Ephemeral') {
			property.replaceWithText('ephemeral: true');
		} else if (name === 'fetchReply') {
			property.remove();
		}
	}
}

/**
 * Interaction answers keep discord.js's shapes, which OvenJS's interactions share (`reply({ …,
 * ephemeral })`, `deferReply`, `editReply`, `followUp`, `update`, `showModal`, the type guards,
 * `options.getUser()` and the other readers, `fields.getTextInputValue()`). What differs:
 * message bodies take Discord's snake_case keys (`allowed_mentions`), `flags: MessageFlags.Ephemeral`
 * is written `ephemeral: true`, `fetchReply` goes (answers resolve to their message), and v13's
 * `isSelectMenu()`/`isCommand()` take their v14 names.
 */
export const interactionReplies: Transform = {
	name: 'interaction-replies',
	description:
		"Interaction answers keep discord.js's shapes; message bodies get snake_case keys, ephemeral flags become `ephemeral: true`.",
	apply(file, context) {
		const bindings = discordJsBindings(file);
		const parameters = listenerParameters(file);
		const renames: Readonly<Record<string, string>> = context.from === 'v13' ? V13_GUARD_RENAMES : GUARD_RENAMES;
		for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
			if (call.wasForgotten()) continue;
			const callee = call.getExpression();
			if (!Node.isPropertyAccessExpression(callee)) continue;
			const method = callee.getName();
			const [first] = call.getArguments();
			if (SENDS.has(method) && Node.isObjectLiteralExpression(first)) snakeBodyKeys(first);
			if (!isInteraction(callee.getExpression().getText(), parameters)) continue;
			if (ANSWERS.has(method) && Node.isObjectLiteralExpression(first)) answerBody(first, bindings);
			const renamed = renames[method];
			if (renamed !== undefined && call.getArguments().length === 0) callee.getNameNode().replaceWithText(renamed);
		}
	},
};
