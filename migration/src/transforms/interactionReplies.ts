import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression } from 'ts-morph';
import { familyOf } from '../equivalents/createEquivalentsTable.js';
import type { Transform, TransformContext } from '../Transform.js';
import { discordJsBindings, discordJsPath, replaceNode } from './_discordJs.js';
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
