import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression } from 'ts-morph';
import { familyOf } from '../equivalents/createEquivalentsTable.js';
import type { Transform, TransformContext } from '../Transform.js';
import { addProperty, discordJsBindings, discordJsPath, excerpt, replaceNode } from './_discordJs.js';
import { lookupTable } from './_lookupTable.js';

/** Message-body keys discord.js spells in camelCase and Discord (so OvenJS) in snake_case. */
const BODY_KEYS: Readonly<Record<string, string>> = {
	allowedMentions: 'allowed_mentions',
	repliedUser: 'replied_user',
	messageReference: 'message_reference',
	failIfNotExists: 'fail_if_not_exists',
	messageId: 'message_id',
	channelId: 'channel_id',
	guildId: 'guild_id',
};

/** Methods that send a message body, by the family of the discord.js value they are called on. */
const SENDS: Readonly<Record<string, ReadonlySet<string>>> = lookupTable({
	Interaction: new Set(['reply', 'followUp', 'editReply', 'update', 'deferReply']),
	Message: new Set(['reply', 'edit']),
	Channel: new Set(['send']),
	User: new Set(['send']),
	GuildMember: new Set(['send']),
});

/** Sends that carry a message body, where discord.js applied the client's `allowedMentions` (not `deferReply`). */
const BODIES = new Set(['reply', 'followUp', 'editReply', 'update', 'send', 'edit']);

/** Interaction answers whose `ephemeral` becomes the view's option (`reply(body, { ephemeral })`). */
const EPHEMERAL = new Set(['reply', 'followUp', 'deferReply']);

/** Discord's ephemeral message flag. */
const EPHEMERAL_FLAG = 64;

function snakeBodyKeys(body: ObjectLiteralExpression): void {
	for (const property of body.getProperties()) {
		if (!Node.isPropertyAssignment(property)) continue;
		const name = property.getName();
		const renamed = Object.hasOwn(BODY_KEYS, name) ? BODY_KEYS[name] : undefined;
		const value = property.getInitializer();
		if (Node.isObjectLiteralExpression(value)) snakeBodyKeys(value);
		if (renamed !== undefined) replaceNode(property.getNameNode(), renamed);
	}
}

/** Whether a `flags` value is the ephemeral flag alone: `MessageFlags.Ephemeral`, `[MessageFlags.Ephemeral]`, `64`, `1 << 6`. */
function isEphemeralFlag(value: Node, bindings: ReadonlyMap<string, string | null>): boolean {
	if (Node.isArrayLiteralExpression(value)) {
		const [only, ...rest] = value.getElements();
		return only !== undefined && rest.length === 0 && isEphemeralFlag(only, bindings);
	}
	if (Node.isNumericLiteral(value)) return Number(value.getLiteralValue()) === EPHEMERAL_FLAG;
	if (Node.isBinaryExpression(value) && value.getOperatorToken().getKind() === SyntaxKind.LessThanLessThanToken)
		return value.getLeft().getText() === '1' && value.getRight().getText() === '6';
	const path = discordJsPath(value, bindings)?.join('.');
	return path === 'MessageFlags.Ephemeral' || path === 'MessageFlags.FLAGS.EPHEMERAL';
}

/** Takes `ephemeral` (or the ephemeral flag) and `fetchReply`/`withResponse` out of an answer's body; returns the ephemeral expression. */
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
		} else if (name === 'flags' && isEphemeralFlag(value, bindings)) {
			ephemeral = 'true';
			property.remove();
		} else if (name === 'fetchReply' || name === 'withResponse') {
			property.remove();
			context.todo(
				call,
				`${name} removed: OvenJS's reply() resolves to nothing; read the answer with editReply() (which resolves to the message) or client.api.interactions.getOriginalResponse(applicationId, token).`,
			);
		}
	}
	return ephemeral;
}

/** Methods of strings that give a string (arrays' `slice`/`concat` give an array, which no send takes as its body). */
const TEXT_METHODS = new Set([
	'slice',
	'substring',
	'trim',
	'trimStart',
	'trimEnd',
	'join',
	'toString',
	'replace',
	'replaceAll',
	'toUpperCase',
	'toLowerCase',
	'padStart',
	'padEnd',
	'repeat',
	'concat',
	'normalize',
]);

/** Whether a send's body is certainly a text (discord.js's `send('…')`), so that it can become `{ content }`. */
function isText(body: Node): boolean {
	if (Node.isStringLiteral(body) || Node.isNoSubstitutionTemplateLiteral(body) || Node.isTemplateExpression(body)) return true;
	if (Node.isParenthesizedExpression(body)) return isText(body.getExpression());
	if (Node.isBinaryExpression(body) && body.getOperatorToken().getKind() === SyntaxKind.PlusToken)
		return isText(body.getLeft()) || isText(body.getRight());
	const callee = Node.isCallExpression(body) ? body.getExpression() : undefined;
	return Node.isPropertyAccessExpression(callee) && TEXT_METHODS.has(callee.getName());
}

/**
 * The client's `allowedMentions` (discord.js applied it to every message without its own) added
 * to a body: to an object literal that has none, around a text (`{ content, allowed_mentions }`);
 * a body it cannot see into is marked.
 */
function carryAllowedMentions(call: CallExpression, mentions: string, context: TransformContext): void {
	const [body] = call.getArguments();
	if (body === undefined) return;
	if (Node.isObjectLiteralExpression(body)) {
		const named = (name: string): boolean => body.getProperty(name) !== undefined;
		if (!named('allowedMentions') && !named('allowed_mentions') && !body.getProperties().some((p) => Node.isSpreadAssignment(p)))
			addProperty(body, `allowed_mentions: ${mentions}`);
	} else if (isText(body)) {
		replaceNode(body, `{ content: ${body.getText()}, allowed_mentions: ${mentions} }`);
	} else
		context.todo(
			call,
			`the client's allowedMentions applied to every message in discord.js, and OvenJS's client has none: send allowed_mentions: ${mentions} with this body (\`${excerpt(body, 30)}\`).`,
		);
}

/** The family of the discord.js value a send is called on, or undefined when it is not one. */
function sendFamily(call: CallExpression, context: TransformContext): string | undefined {
	const callee = call.getExpression();
	if (!Node.isPropertyAccessExpression(callee)) return undefined;
	const member = context.types.member(callee);
	if (member === undefined) return undefined;
	for (const owner of [...member.declaredIn, ...member.classes]) {
		const family = familyOf(owner) ?? owner;
		if (SENDS[family]?.has(callee.getName()) === true) return family;
	}
	return undefined;
}

/**
 * The message bodies sent from discord.js values (interaction answers, `message.reply`,
 * `channel.send`, as the type checker sees them) get Discord's snake_case keys
 * (`allowedMentions` → `allowed_mentions`, kept, never dropped); an interaction answer's
 * `ephemeral: true` or ephemeral flag becomes the view's option: `reply({ … }, { ephemeral: true })`,
 * `deferReply({ ephemeral })` → `{ ephemeral }` (the equivalents table renames it `defer`).
 */
export const interactionReplies: Transform = {
	name: 'interaction-replies',
	description: 'Message bodies sent from discord.js values get Discord keys; ephemeral becomes the answer option of the Interaction view.',
	apply(file, context) {
		const bindings = discordJsBindings(file);
		for (const access of context.types.accesses()) {
			const call = access.wasForgotten() ? undefined : access.getParent();
			if (!Node.isCallExpression(call) || call.getExpression() !== access) continue;
			const callee = call.getExpression();
			const family = sendFamily(call, context);
			if (family === undefined || !Node.isPropertyAccessExpression(callee)) continue;
			const method = callee.getName();
			const mentions = context.project.allowedMentions;
			if (mentions?.kind === 'literal' && BODIES.has(method)) carryAllowedMentions(call, mentions.text, context);
			const [first] = call.getArguments();
			if (!Node.isObjectLiteralExpression(first)) continue;
			snakeBodyKeys(first);
			if (family !== 'Interaction' || !EPHEMERAL.has(method) || call.getArguments().length !== 1) continue;
			const ephemeral = takeEphemeral(first, bindings, call, context);
			if (method === 'deferReply') {
				if (ephemeral === undefined && first.getProperties().length === 0) call.removeArgument(0);
				else replaceNode(first, ephemeral === undefined ? '{}' : `{ ephemeral: ${ephemeral} }`);
			} else if (ephemeral !== undefined) call.addArgument(`{ ephemeral: ${ephemeral} }`);
		}
	},
};
