/**
 * What the migration knows about the value an expression holds, as the TypeScript checker
 * sees it in the bot's project (against the bot's own discord.js typings), with the parameters
 * of handler modules typed from the bot's structure (see `handlerModuleParameters`).
 */
export type DiscordType =
	/** A discord.js value: the classes or interfaces of its type (several for a union). */
	| { readonly kind: 'discord'; readonly classes: readonly string[] }
	/** Typed, and not discord.js (a string, an array, the bot's own class, Node's EventEmitter…). */
	| { readonly kind: 'other'; readonly text: string };

/** A member read or called on a discord.js value (`interaction.reply`, `member.roles`). */
export interface DiscordMember {
	/** The receiver's classes (`ChatInputCommandInteraction`). */
	readonly classes: readonly string[];
	/** Where discord.js declares the member (`CommandInteraction` for `reply`); empty when it does not exist there. */
	readonly declaredIn: readonly string[];
	/** The package that declares it: `discord.js`, or one it is made of (`@discordjs/builders`, `@discordjs/collection`, …). */
	readonly package: string | undefined;
}
