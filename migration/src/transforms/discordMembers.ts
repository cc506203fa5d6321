import { Node, SyntaxKind, ts, type CallExpression, type PropertyAccessExpression, type SourceFile } from 'ts-morph';
import type { DiscordJsEquivalent } from '../equivalents/DiscordJsEquivalent.js';
import type { Transform, TransformContext } from '../Transform.js';
import type { DiscordMember } from '../types/DiscordType.js';
import { excerpt, replaceNode, wrapperOf } from './_discordJs.js';
import { familyOf } from '../equivalents/createEquivalentsTable.js';
import { DISTINCTIVE_MEMBERS } from '../equivalents/distinctiveMembers.js';
import { OVENJS_EQUIVALENTS } from '../equivalents/index.js';
import { ovenjsHas, ovenjsKnows } from '../equivalents/ovenjsMembers.js';
import { lookupTable } from './_lookupTable.js';

/** Where discord.js declares a member first, then the receiver's own classes: the owners to look the member up under. */
function ownersOf(member: DiscordMember): string[] {
	return [...new Set([...member.declaredIn, ...member.classes])];
}

/** A match of the table: the row, the receiver its `$` stands for, and the receiver's discord.js classes. */
interface Match {
	readonly entry: DiscordJsEquivalent;
	readonly receiver: Node;
	readonly classes: readonly string[];
}

/**
 * The row for `access`, trying the longest chain of discord.js members first: for
 * `member.roles.cache.has`, `GuildMemberRoleManager.cache.has`, then `Collection.has`.
 */
function match(access: PropertyAccessExpression, context: TransformContext): Match | undefined {
	const chain: { access: PropertyAccessExpression; member: DiscordMember }[] = [];
	for (let current: Node = access; Node.isPropertyAccessExpression(current); current = current.getExpression()) {
		const member = context.types.member(current);
		if (member === undefined) break;
		chain.push({ access: current, member });
	}
	for (let depth = chain.length - 1; depth >= 0; depth--) {
		const level = chain[depth];
		if (level === undefined) continue;
		const names = chain
			.slice(0, depth + 1)
			.map((step) => step.access.getName())
			.reverse();
		const entry = context.equivalents.lookup(ownersOf(level.member), names);
		if (entry !== undefined) return { entry, receiver: level.access.getExpression(), classes: level.member.classes };
	}
	return undefined;
}

/** The call `access` is the callee of, if any. */
function callOf(access: PropertyAccessExpression): CallExpression | undefined {
	const parent = access.getParent();
	return Node.isCallExpression(parent) && parent.getExpression() === access ? parent : undefined;
}

/** Whether `text` has, outside parentheses and brackets, an operator that binds looser than `&&` (`||`, `??`, `?:`). */
function hasLooseOperator(text: string): boolean {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === '(' || char === '[' || char === '{') depth++;
		else if (char === ')' || char === ']' || char === '}') depth--;
		else if (depth === 0 && (char === '?' || (char === '|' && text[i + 1] === '|'))) return true;
	}
	return false;
}

/** Whether `text` (an expression written in place of `node`) needs no parentheses of its own there. */
function standsAlone(node: Node, text: string): boolean {
	const parent = node.getParent();
	if (Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken)
		return !hasLooseOperator(text);
	if ((Node.isCallExpression(parent) || Node.isNewExpression(parent)) && parent.getExpression() !== node) return true;
	return (
		Node.isTemplateSpan(parent) ||
		Node.isPropertyAssignment(parent) ||
		Node.isArrayLiteralExpression(parent) ||
		Node.isIfStatement(parent) ||
		Node.isWhileStatement(parent) ||
		Node.isParenthesizedExpression(parent) ||
		Node.isReturnStatement(parent) ||
		Node.isVariableDeclaration(parent) ||
		Node.isExpressionStatement(parent) ||
		Node.isArrowFunction(parent)
	);
}

/** The receiver's text, parenthesised when `$.x` would otherwise bind to part of it. */
function receiverText(receiver: Node): string {
	const text = receiver.getText();
	return Node.isIdentifier(receiver) ||
		Node.isPropertyAccessExpression(receiver) ||
		Node.isCallExpression(receiver) ||
		Node.isParenthesizedExpression(receiver) ||
		Node.isThisExpression(receiver) ||
		Node.isElementAccessExpression(receiver) ||
		Node.isNonNullExpression(receiver)
		? text
		: `(${text})`;
}

/** An expression with no call of its own (`$.defer`, `$.permissions?.has`) replaces the member only: a call keeps its arguments after it. */
const RENAME = /^[^()]*$/;

/**
 * Writes `oven` in place of `access`: a rename replaces the member (`x.deferReply(…)` →
 * `x.defer(…)`, keeping `?.`), any other expression replaces the whole call, `$args` standing
 * for its arguments (`x.isButton()` → a test of `x.raw`).
 */
function rewrite(access: PropertyAccessExpression, found: Match, oven: string, context: TransformContext): void {
	// Found before any edit: ancestors outlive the rewrite of what they hold.
	const next = found.entry.optional === true ? (callOf(access) ?? access).getParent() : undefined;
	rewriteMember(access, found, oven, context);
	if (Node.isPropertyAccessExpression(next) && !next.wasForgotten() && !next.hasQuestionDotToken()) next.setHasQuestionDotToken(true);
}

function rewriteMember(access: PropertyAccessExpression, found: Match, oven: string, context: TransformContext): void {
	const call = callOf(access);
	const rename = RENAME.test(oven);
	// A method's expression (`$args`, or a call with none: `$.login()`) means nothing where the member is read, not called.
	if (!rename && call === undefined && (/\$args|\$\d/.test(oven) || oven.endsWith('()'))) return;
	const target: Node = rename || call === undefined ? access : call;
	const args = call?.getArguments().map((arg) => arg.getText()) ?? [];
	const receiver = receiverText(found.receiver);
	const optional = access.hasQuestionDotToken() && found.receiver === access.getExpression();
	let text = oven
		.replace(/\$args/g, args.join(', '))
		.replace(/\$(\d)/g, (_, index: string) => args[Number(index) - 1] ?? 'undefined')
		.replace(/@\{(\w+)\}/g, (_, name: string) => context.ovenName(name))
		.replace(/\$(?![\w$])(\.)?/g, (_, dot: string | undefined) => `${receiver}${dot === undefined ? '' : optional ? '?.' : '.'}`);
	// A guard written in parentheses loses them where the expression stands alone (`if (…)`).
	if (text.startsWith('(') && text.endsWith(')') && balanced(text.slice(1, -1)) && standsAlone(target, text.slice(1, -1)))
		text = text.slice(1, -1);
	if (text === target.getText()) return;
	replaceNode(target, text);
}

/** Whether a call passes more arguments than `oven` (an expression using `$1`, `$2`… for them) places: rewriting would lose one. */
function dropsArguments(access: PropertyAccessExpression, oven: string): boolean {
	const call = callOf(access);
	if (call === undefined || RENAME.test(oven) || oven.includes('$args')) return false;
	const used = Math.max(0, ...[...oven.matchAll(/\$(\d)/g)].map((match) => Number(match[1])));
	return call.getArguments().length > used;
}

/** The member a rename (`$.has`) writes. */
function renamedTo(oven: string): string {
	return /^\$(?:\?)?\.(\w+)$/.exec(oven)?.[1] ?? oven;
}

/**
 * The OvenJS class that lacks the member a rename writes, when the receiver's discord.js class has an
 * OvenJS counterpart whose typings say so (`guild.members.cache.has(id)`: OvenJS's GuildMembers has no
 * `has`): the rename would not type-check, so the line stays for a person.
 */
function missingInOvenjs(found: Match, oven: string): string | undefined {
	if (!RENAME.test(oven) || !/^\$\??\.\w+$/.test(oven)) return undefined;
	const name = renamedTo(oven);
	const counterparts = found.classes.map((cls) => OVENJS_EQUIVALENTS[cls]);
	// A union (`interaction` before it is narrowed) is fine when one of its classes has it: the code narrows first.
	if (counterparts.some((counterpart) => counterpart === undefined || !ovenjsKnows(counterpart) || ovenjsHas(counterpart, name)))
		return undefined;
	return counterparts[0];
}

/** Whether `text`'s parentheses pair up, so outer ones can go. */
function balanced(text: string): boolean {
	let depth = 0;
	for (const char of text) {
		if (char === '(') depth++;
		else if (char === ')' && --depth < 0) return false;
	}
	return depth === 0;
}

/** Where OvenJS keeps what a discord.js family's members read, for members the table has no row for. */
const FALLBACK: Readonly<Record<string, string>> = lookupTable({
	Interaction: "the Interaction view keeps Discord's payload in interaction.raw, and client.api.interactions answers it",
	Message: "the Message view keeps Discord's payload in message.raw, and client.api.channels has the message endpoints",
	Channel: "the Channel view keeps Discord's payload in channel.raw, and client.api.channels has its endpoints",
	GuildMember: "the Member view keeps Discord's payload in member.raw, and client.api.guilds has the member endpoints",
	User: "the User view keeps Discord's payload in user.raw, and client.api.users has its endpoints",
	InteractionOptions: 'the options are in interaction.raw.data.options as Discord sent them',
});

/** What to write instead of a member the table has no row for, by the OvenJS view it lands on. */
function fallbackAdvice(member: DiscordMember): string {
	for (const name of [...member.declaredIn, ...member.classes]) {
		const advice = FALLBACK[familyOf(name) ?? name];
		if (advice !== undefined) return advice;
	}
	return "client.api has every endpoint of Discord's HTTP API, and each OvenJS view keeps its payload in .raw";
}

/**
 * Values whose members other transforms own: builders (rewritten whole by `components`, `embeds`
 * and `slash-commands`, which mark what they cannot), v13's builder classes, the REST client
 * (`command-deploys`), the ShardingManager and its shards (`sharding-manager`), collectors and
 * WebhookClient (marked where they are made), and Collection, which stays (it is @discordjs/collection's).
 */
const OWNED_ELSEWHERE =
	/Builder$|^(?:MessageEmbed|MessageActionRow|MessageButton|MessageSelectMenu|Modal|TextInputComponent|MessageAttachment|Collection|REST|SlashCommand\w*Option|ContextMenuCommandBuilder|ShardingManager|Shard|\w*Collector|WebhookClient)$/;

function ownedElsewhere(member: DiscordMember): boolean {
	return (member.package !== undefined && member.package !== 'discord.js') || member.classes.some((name) => OWNED_ELSEWHERE.test(name));
}

/** What becomes of one member access. */
type Verdict =
	| { readonly kind: 'rewrite'; readonly found: Match; readonly oven: string }
	/** `found` when a row matched a chain (`guild.members.cache.has`): its inner members are part of this todo. */
	| { readonly kind: 'todo'; readonly message: string; readonly found?: Match }
	/** Part of a chain whose first unknown member is marked already. */
	| { readonly kind: 'covered' };

function judge(
	access: PropertyAccessExpression,
	member: DiscordMember,
	context: TransformContext,
	verdictOf: (access: Node) => Verdict | undefined,
): Verdict {
	const found = match(access, context);
	const entry = found?.entry;
	// The bot's own member on its own class extending a discord.js one (`client.commands` of `class Bot extends Client`),
	// or one of the language's (`Map.get` under a Collection), that no chain of the table reads.
	if (found === undefined && member.package === undefined && member.declaredIn.length > 0) return { kind: 'covered' };
	// Builders, collectors, Collection…: their transforms rewrite them and mark what they cannot do (a chain
	// through them the table has a row for, `guild.members.cache.get`, is this transform's).
	if (ownedElsewhere(member) && (entry === undefined || entry.member.split('.').length < 3)) return { kind: 'covered' };
	const fits = entry?.use === undefined || (entry.use === 'call') === (callOf(access) !== undefined);
	const missing = found === undefined || entry?.oven === undefined ? undefined : missingInOvenjs(found, entry.oven);
	if (found !== undefined && entry?.oven !== undefined && missing !== undefined) {
		const has = ['get', 'list', 'fetch'].filter((name) => ovenjsHas(missing, name));
		return {
			kind: 'todo',
			found,
			message: `\`${excerpt(access)}\`: not rewritten, OvenJS's ${missing} has no ${renamedTo(entry.oven)}${has.length === 0 ? `; ${fallbackAdvice(member)}` : `: write it with its ${has.map((name) => `${name}()`).join(', ')}`}.`,
		};
	}
	if (found !== undefined && entry?.oven !== undefined && fits && !dropsArguments(access, entry.oven))
		return { kind: 'rewrite', found, oven: entry.oven };
	if (entry?.oven !== undefined && fits)
		return {
			kind: 'todo',
			message: `\`${excerpt(access)}\`: not rewritten, it is called with more than ${entry.member} takes in OvenJS (${entry.oven}); ${entry.note ?? 'adapt the call'}`,
		};
	if (entry?.example !== undefined)
		return {
			kind: 'todo',
			message: `\`${excerpt(access)}\`: ${entry.member} is written otherwise in OvenJS: \`${entry.example}\`${entry.note === undefined ? '' : ` (${entry.note})`}.`,
		};
	if (found !== undefined)
		return {
			kind: 'todo',
			message: `\`${excerpt(access)}\`: ${found.entry.member} has no OvenJS equivalent; ${found.entry.note ?? fallbackAdvice(member)}`,
		};
	const inner = verdictOf(access.getExpression());
	if (inner !== undefined && inner.kind !== 'rewrite') return { kind: 'covered' };
	if (member.declaredIn.length === 0) return { kind: 'covered' };
	// Not in the table, but OvenJS's class has it by discord.js's name (`isUserContextMenuCommand()`): it stays.
	if (
		[...member.declaredIn, ...member.classes].some(
			(name) => OVENJS_EQUIVALENTS[name] !== undefined && ovenjsHas(OVENJS_EQUIVALENTS[name], access.getName()),
		)
	)
		return { kind: 'covered' };
	return {
		kind: 'todo',
		message: `\`${excerpt(access)}\`: discord.js's ${member.declaredIn[0]}.${access.getName()} has no OvenJS equivalent in the table; ${fallbackAdvice(member)}.`,
	};
}

/**
 * Members read or called on discord.js values (as the type checker sees them: a receiver is
 * rewritten only when it holds a discord.js value, never because of its name) become their OvenJS
 * equivalents from the equivalents table (`user.tag` → `user.username`, `interaction.isButton()`
 * → a test of the payload); those with no equivalent are marked with the table's note, once per
 * chain (`guild.members.cache.get(id)` is marked at `members.cache`).
 */
export const discordMembers: Transform = {
	name: 'discord-members',
	description: "Members of discord.js values become OvenJS's, following the equivalents table; the others are marked with what to write.",
	apply(file, context) {
		const verdicts = new Map<Node, Verdict>();
		const verdictOf = (node: Node): Verdict | undefined => {
			if (!Node.isPropertyAccessExpression(node)) return undefined;
			const known = verdicts.get(node);
			if (known !== undefined) return known;
			const member = context.types.member(node);
			if (member === undefined) return undefined;
			const verdict = judge(node, member, context, verdictOf);
			verdicts.set(node, verdict);
			return verdict;
		};
		const accesses = context.types
			.accesses()
			.filter(
				(access): access is PropertyAccessExpression =>
					!access.wasForgotten() && Node.isPropertyAccessExpression(access) && context.types.member(access) !== undefined,
			);
		for (const access of accesses) verdictOf(access);
		// A chain rewritten whole (`interaction.fields.getTextInputValue(…)`) takes its inner members with it.
		for (const [access, verdict] of verdicts) {
			if (verdict.kind === 'covered' || verdict.found === undefined) continue;
			for (
				let inner = (access as PropertyAccessExpression).getExpression();
				inner !== verdict.found.receiver && Node.isPropertyAccessExpression(inner);
				inner = inner.getExpression()
			)
				verdicts.set(inner, { kind: 'covered' });
		}
		// A member renamed where the code goes on reading discord.js's members from it (`client.application?.commands.set`,
		// marked): the OvenJS value has none of those, so the line stays as it is for the person the todo speaks to.
		for (const [access, verdict] of verdicts) {
			if (verdict.kind !== 'rewrite' || !RENAME.test(verdict.oven)) continue;
			const call = callOf(access as PropertyAccessExpression);
			const outer = (call ?? access).getParent();
			if (outer !== undefined && verdicts.get(outer)?.kind === 'todo') verdicts.set(access, { kind: 'covered' });
		}
		// Todos first: their anchors are statements, which survive the rewrites inside them.
		for (const access of accesses) {
			const verdict = verdicts.get(access);
			if (verdict?.kind === 'todo') context.todo(access, verdict.message);
		}
		for (const access of accesses) {
			const verdict = verdicts.get(access);
			if (verdict?.kind === 'rewrite' && !access.wasForgotten()) rewrite(access, verdict.found, verdict.oven, context);
		}
		flagUntyped(file, context);
	},
};

/**
 * Calls of members only discord.js has (`collector`s, `deferReply`, type guards) on values the
 * checker could not type (an untyped parameter no handler module explains): marked with what to
 * write if it is discord.js's, and left as they are.
 */
function flagUntyped(file: SourceFile, context: TransformContext): void {
	const text = file.getFullText();
	if (!Object.keys(DISTINCTIVE_MEMBERS).some((name) => text.includes(name))) return;
	// Found on the compiler's tree, so that only the calls marked get a wrapper.
	const candidates: ts.CallExpression[] = [];
	const visit = (node: ts.Node): void => {
		if (
			ts.isCallExpression(node) &&
			ts.isPropertyAccessExpression(node.expression) &&
			Object.hasOwn(DISTINCTIVE_MEMBERS, node.expression.name.text)
		)
			candidates.push(node);
		ts.forEachChild(node, visit);
	};
	visit(file.compilerNode);
	for (const candidate of candidates) {
		const call = wrapperOf(file, candidate);
		const callee = Node.isCallExpression(call) ? call.getExpression() : undefined;
		if (!Node.isCallExpression(call) || !Node.isPropertyAccessExpression(callee) || context.types.receiver(callee) !== undefined) continue;
		const member = DISTINCTIVE_MEMBERS[callee.getName()];
		const [owner = '', name = ''] = member?.split('.') ?? [];
		const entry = member === undefined ? undefined : context.equivalents.lookup([owner], [name]);
		if (entry === undefined) continue;
		const example = entry.example ?? entry.oven?.replace(/\$/g, callee.getExpression().getText());
		const advice =
			example === undefined ? entry.note : `OvenJS writes it \`${example}\`${entry.note === undefined ? '' : ` (${entry.note})`}`;
		context.todo(
			call,
			`\`${excerpt(call)}\`: the type of ${excerpt(callee.getExpression(), 30)} is unknown here, so it was left as it is; if it is discord.js's ${member}: ${advice}`,
		);
	}
}
