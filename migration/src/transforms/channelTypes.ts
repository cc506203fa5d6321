import { Node, SyntaxKind, type Expression } from 'ts-morph';
import type { Transform } from '../Transform.js';
import { CHANNEL_TYPES, V13_CHANNEL_TYPES } from './_discordEnums.js';
import { enumMemberAccesses } from './_enumMembers.js';
import { discordModuleBindings, mentionsAny } from './_discordModules.js';
import { stringValue } from './_builderChain.js';
import { replaceNode } from './_discordJs.js';

const COMPARISONS = new Set([
	SyntaxKind.EqualsEqualsEqualsToken,
	SyntaxKind.ExclamationEqualsEqualsToken,
	SyntaxKind.EqualsEqualsToken,
	SyntaxKind.ExclamationEqualsToken,
]);

/** `0 /* GuildText *\/`: Discord's number, which OvenJS's views and builders use, with the name kept for readers. */
function numberText(name: string): string | undefined {
	const value = CHANNEL_TYPES[name];
	return value === undefined ? undefined : `${value} /* ${name} */`;
}

/** Whether `node` reads a channel's type (`channel.type`, `x.channel.type`). */
function readsType(node: Node): boolean {
	return Node.isPropertyAccessExpression(node) && node.getName() === 'type';
}

/** A v13 string channel type (`'GUILD_TEXT'`) → its number text, when `literal` is one. */
function v13Text(literal: Expression): string | undefined {
	const written = stringValue(literal);
	const name = written === undefined ? undefined : V13_CHANNEL_TYPES[written];
	return name === undefined ? undefined : numberText(name);
}

/**
 * Channel types: discord.js's `ChannelType.GuildText` (v14), `Constants.ChannelTypes.GUILD_TEXT`
 * and v13's strings compared with a `.type` (`channel.type === 'GUILD_TEXT'`, `case 'GUILD_TEXT':`
 * in a `switch (x.type)`) → Discord's numbers, which OvenJS uses (`0 /* GuildText *\/`).
 */
export const channelTypes: Transform = {
	name: 'channel-types',
	description: "ChannelType members and v13 channel type strings become Discord's channel type numbers.",
	apply(file, context) {
		if (!mentionsAny(file, ['ChannelType', 'GUILD_', "'DM'", '"DM"'])) return;
		const bindings = discordModuleBindings(file);
		for (const { access, path, member } of enumMemberAccesses(file, bindings, 'ChannelType', 'ChannelTypes')) {
			const name = path[0] === 'Constants' ? V13_CHANNEL_TYPES[member] : member;
			if (name === undefined) continue;
			const text = numberText(name);
			if (text === undefined)
				context.todo(
					access,
					`channel type ${path.join('.')} is unknown to this tool; use Discord's number (https://discord.com/developers/docs/resources/channel#channel-object-channel-types).`,
				);
			else replaceNode(access, text);
		}
		for (const binary of file.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
			if (binary.wasForgotten() || !COMPARISONS.has(binary.getOperatorToken().getKind())) continue;
			const [typed, literal] = readsType(binary.getLeft()) ? [binary.getLeft(), binary.getRight()] : [binary.getRight(), binary.getLeft()];
			const text = readsType(typed) ? v13Text(literal) : undefined;
			if (text !== undefined) replaceNode(literal, text);
		}
		for (const statement of file.getDescendantsOfKind(SyntaxKind.SwitchStatement)) {
			if (!readsType(statement.getExpression())) continue;
			for (const clause of statement.getCaseBlock().getClauses()) {
				if (!Node.isCaseClause(clause)) continue;
				const text = v13Text(clause.getExpression());
				if (text !== undefined) replaceNode(clause.getExpression(), text);
			}
		}
	},
};
