import { SyntaxKind, type PropertyAccessExpression, type SourceFile } from 'ts-morph';
import { discordJsPath } from './_discordJs.js';

/** One access to a member of a discord.js enum, by the member's name as written. */
export interface EnumMemberAccess {
	readonly access: PropertyAccessExpression;
	/** The discord.js path of the access, e.g. `['Constants', 'ChannelTypes', 'GUILD_TEXT']`. */
	readonly path: readonly string[];
	/** `GuildText` for `ChannelType.GuildText` (v14); `GUILD_TEXT` for `Constants.ChannelTypes.GUILD_TEXT` (v13). */
	readonly member: string;
}

/**
 * The accesses of `file` to v14's `<enumName>.<Member>` or v13's `Constants.<constantsName>.<MEMBER>`,
 * through the discord.js `bindings`. Taken from a snapshot, so a caller may replace each as it goes.
 */
export function* enumMemberAccesses(
	file: SourceFile,
	bindings: ReadonlyMap<string, string | null>,
	enumName: string,
	constantsName: string,
): Generator<EnumMemberAccess> {
	for (const access of file.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)) {
		if (access.wasForgotten()) continue;
		const path = discordJsPath(access, bindings);
		if (path === undefined) continue;
		const [root, second, third] = path;
		const member =
			root === enumName && path.length === 2
				? second
				: root === 'Constants' && second === constantsName && path.length === 3
					? third
					: undefined;
		if (member !== undefined) yield { access, path, member };
	}
}
