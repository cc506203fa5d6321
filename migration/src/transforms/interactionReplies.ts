import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression, type SourceFile } from 'ts-morph';
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
	// A webhook's body.
	avatarURL: 'avatar_url',
	threadName: 'thread_name',
	appliedTags: 'applied_tags',
};

/** Methods that send a message body, by the family of the discord.js value they are called on. */
const SENDS: Readonly<Record<string, ReadonlySet<string>>> = lookupTable({
	Interaction: new Set(['reply', 'followUp', 'editReply', 'update', 'deferReply']),
	Message: new Set(['reply', 'edit']),
	Channel: new Set(['send']),
	User: new Set(['send']),
	GuildMember: new Set(['send']),
	Webhook: new Set(['send']),
});

/** Sends that carry a message body, where discord.js applied the client's `allowedMentions` (not `deferReply`). */
const BODIES = new Set(['reply', 'followUp', 'editReply', 'update', 'send', 'edit']);

/** Interaction answers, whose bodies may carry the ephemeral flag or `fetchReply`. */
const ANSWERS = new Set(['reply', 'followUp', 'deferReply', 'editReply', 'update']);

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

/**
 * An answer's body in OvenJS's shape, which is discord.js's (`{ content, ephemeral: true }`):
 * the ephemeral flag (discord.js's enum, which the migrated file no longer imports) becomes
 * `ephemeral: true`, and `fetchReply`/`withResponse` go: every OvenJS answer that Discord
 * answers with a message resolves to it.
 */
function answerBody(body: ObjectLiteralExpression, bindings: ReadonlyMap<string, string | null>): void {
	for (const property of body.getProperties()) {
		if (!Node.isPropertyAssignment(property)) continue;
		const name = property.getName();
		if (name === 'flags' && isEphemeralFlag(property.getInitializerOrThrow(), bindings)) replaceNode(property, 'ephemeral: true');
		else if (name === 'fetchReply' || name === 'withResponse') property.remove();
	}
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
 * (`allowedMentions` → `allowed_mentions`, kept, never dropped) and the client's
 * `allowedMentions`; interaction answers keep discord.js's shapes, which OvenJS's interactions
 * share (`reply({ …, ephemeral })`, `deferReply`, `editReply`, `followUp`, `update`), the
 * ephemeral flag written `ephemeral: true` and `fetchReply` dropped; `isSelectMenu()` takes
 * its v14 name.
 */
export const interactionReplies: Transform = {
	name: 'interaction-replies',
	description:
		"Message bodies sent from discord.js values get Discord's keys and the client's allowedMentions; answers keep discord.js's shapes.",
	apply(file, context) {
		const bindings = discordJsBindings(file);
		for (const access of context.types.accesses()) {
			const call = access.wasForgotten() ? undefined : access.getParent();
			if (!Node.isCallExpression(call) || call.getExpression() !== access) continue;
			const callee = call.getExpression();
			if (!Node.isPropertyAccessExpression(callee)) continue;
			if (callee.getName() === 'isSelectMenu' && isInteractionMember(callee, context)) {
				replaceNode(callee.getNameNode(), 'isStringSelectMenu');
				continue;
			}
			const family = sendFamily(call, context);
			if (family === undefined) continue;
			const method = callee.getName();
			const mentions = context.project.allowedMentions;
			if (mentions?.kind === 'literal' && BODIES.has(method)) carryAllowedMentions(call, mentions.text, context);
			const [first] = call.getArguments();
			if (!Node.isObjectLiteralExpression(first)) continue;
			snakeBodyKeys(first);
			if (family === 'Interaction' && ANSWERS.has(method)) answerBody(first, bindings);
		}
		const mentions = context.project.allowedMentions;
		if (mentions?.kind === 'literal') markUntypedSends(file, mentions.text, context);
	},
};

/**
 * Sends on values the checker could not type (an untyped handler parameter): if they are
 * discord.js's, the client's allowedMentions applied to them, so each is marked with what to add.
 */
function markUntypedSends(file: SourceFile, mentions: string, context: TransformContext): void {
	for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
		const callee = call.getExpression();
		if (call.wasForgotten() || !Node.isPropertyAccessExpression(callee) || !BODIES.has(callee.getName())) continue;
		if (context.types.receiver(callee) !== undefined) continue;
		const [body] = call.getArguments();
		if (body === undefined || !(Node.isObjectLiteralExpression(body) || isText(body))) continue;
		if (Node.isObjectLiteralExpression(body) && (body.getProperty('allowedMentions') ?? body.getProperty('allowed_mentions')) !== undefined)
			continue;
		context.todo(
			call,
			`if ${excerpt(callee.getExpression(), 30)} is discord.js's, the client's allowedMentions applied to this message, and OvenJS's client has none: send allowed_mentions: ${mentions} with it.`,
		);
	}
}

/** Whether `access` reads a member of a discord.js interaction. */
function isInteractionMember(access: Node, context: TransformContext): boolean {
	const member = context.types.member(access);
	return member !== undefined && [...member.declaredIn, ...member.classes].some((owner) => familyOf(owner) === 'Interaction');
}
