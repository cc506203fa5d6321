import { PermissionAliases, PermissionFlags, type PermissionName } from 'ovenjs/knowledge';
import { Node, SyntaxKind, type Expression } from 'ts-morph';
import type { Transform } from '../Transform.js';
import { discordJsBindings, discordJsPath, excerpt, replaceNode } from './_discordJs.js';
import { lookupTable } from './_lookupTable.js';

/** v13 `Permissions.FLAGS` names that are not just the old name without underscores. */
const LEGACY_PERMISSIONS: Readonly<Record<string, PermissionName>> = lookupTable({
	USE_PUBLIC_THREADS: 'CreatePublicThreads',
	USE_PRIVATE_THREADS: 'CreatePrivateThreads',
	MANAGE_EMOJIS: 'ManageGuildExpressions',
	MANAGE_EMOJIS_AND_STICKERS: 'ManageGuildExpressions',
	START_EMBEDDED_ACTIVITIES: 'UseEmbeddedActivities',
});

const BY_FOLDED = new Map<string, PermissionName>(
	(Object.keys(PermissionFlags) as PermissionName[]).map((name) => [name.toLowerCase(), name]),
);

/** OvenJS's name for a discord.js flag name (`BanMembers`, v13 `BAN_MEMBERS`, `SEND_TTS_MESSAGES`), or undefined. */
export function permissionName(written: string): PermissionName | undefined {
	const legacy = LEGACY_PERMISSIONS[written];
	if (legacy !== undefined) return legacy;
	const alias = (PermissionAliases as Readonly<Record<string, PermissionName>>)[written];
	if (alias !== undefined) return alias;
	return BY_FOLDED.get(written.replace(/_/g, '').toLowerCase());
}

/** The flag name a property chain stands for: `PermissionFlagsBits.X`, `PermissionsBitField.Flags.X`, v13 `Permissions.FLAGS.X`. */
function flagOf(
	node: Node,
	bindings: ReadonlyMap<string, string | null>,
): { written: string; name: PermissionName | undefined } | undefined {
	if (!Node.isPropertyAccessExpression(node)) return undefined;
	const path = discordJsPath(node, bindings);
	if (path === undefined) return undefined;
	const [root, second, third] = path;
	let written: string | undefined;
	if (root === 'PermissionFlagsBits' && path.length === 2) written = second;
	else if ((root === 'PermissionsBitField' && second === 'Flags') || (root === 'Permissions' && second === 'FLAGS'))
		written = path.length === 3 ? third : undefined;
	return written === undefined ? undefined : { written, name: permissionName(written) };
}

/** The flags of an `a | b | c` chain of flags, or undefined when any leaf is not a known flag. */
function orChain(node: Node, bindings: ReadonlyMap<string, string | null>): PermissionName[] | undefined {
	if (Node.isParenthesizedExpression(node)) return orChain(node.getExpression(), bindings);
	if (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.BarToken) {
		const left = orChain(node.getLeft(), bindings);
		const right = orChain(node.getRight(), bindings);
		return left === undefined || right === undefined ? undefined : [...left, ...right];
	}
	const flag = flagOf(node, bindings);
	return flag?.name === undefined ? undefined : [flag.name];
}

/** Whether the value of `node` is used as a number (so a name cannot stand in for it). */
function usedAsBits(node: Node): boolean {
	const parent = node.getParent();
	if (Node.isParenthesizedExpression(parent)) return usedAsBits(parent);
	if (Node.isBinaryExpression(parent)) return parent.getOperatorToken().getKind() !== SyntaxKind.EqualsToken;
	return Node.isPrefixUnaryExpression(parent);
}

/**
 * Permission flags become OvenJS permission names: `PermissionFlagsBits.BanMembers`,
 * `PermissionsBitField.Flags.BanMembers` and v13 `Permissions.FLAGS.BAN_MEMBERS` →
 * `'BanMembers'`; `a | b` → `['A', 'B']`; `new PermissionsBitField(x)` → `Permissions.from(x)`;
 * `PermissionsBitField.resolve(x)` → `Permissions.from(x).bits`.
 */
export const permissions: Transform = {
	name: 'permissions',
	description: 'Permission flags become OvenJS permission names; PermissionsBitField becomes Permissions.',
	apply(file, context) {
		const bindings = discordJsBindings(file);
		for (const binary of file.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
			if (binary.wasForgotten() || binary.getOperatorToken().getKind() !== SyntaxKind.BarToken) continue;
			const names = orChain(binary, bindings);
			if (names === undefined || usedAsBits(binary)) continue;
			replaceNode(binary, `[${names.map((n) => `'${n}'`).join(', ')}]`);
		}
		for (const access of file.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)) {
			if (access.wasForgotten()) continue;
			const flag = flagOf(access, bindings);
			if (flag === undefined) continue;
			if (flag.name === undefined)
				context.todo(access, `permission flag ${flag.written} is unknown to OvenJS; use a name from PermissionFlags in ovenjs/knowledge.`);
			else if (usedAsBits(access))
				context.todo(
					access,
					`\`${excerpt(access)}\` is used as a number; OvenJS takes permission names ('${flag.name}') or Permissions.from('${flag.name}').bits.`,
				);
			else replaceNode(access, `'${flag.name}'`);
		}
		// `PermissionsBitField.resolve(x)`: the bits as a bigint, as discord.js's resolve gives them.
		for (const call of file.getFullText().includes('.resolve(') ? file.getDescendantsOfKind(SyntaxKind.CallExpression) : []) {
			if (call.wasForgotten()) continue;
			const path = discordJsPath(call.getExpression(), bindings)?.join('.');
			const [input, ...more] = call.getArguments();
			if ((path !== 'PermissionsBitField.resolve' && path !== 'Permissions.resolve') || input === undefined || more.length > 0) continue;
			replaceNode(call, `${context.ovenName('Permissions')}.from(${input.getText()}).bits`);
		}
		for (const expression of file.getDescendantsOfKind(SyntaxKind.NewExpression)) {
			if (expression.wasForgotten()) continue;
			const path = discordJsPath(expression.getExpression(), bindings)?.join('.');
			if (path !== 'PermissionsBitField' && path !== 'Permissions') continue;
			const args = expression.getArguments().map((a) => (a as Expression).getText());
			replaceNode(expression, `${context.ovenName('Permissions')}.from(${args[0] ?? '0n'})`);
		}
	},
};
