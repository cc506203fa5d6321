/** A framework built on discord.js, which owns the bot's client, commands and listeners. */
export interface DiscordJsFramework {
	/** How people call it. */
	readonly name: string;
	/** What moving such a bot to OvenJS takes, for the refusal message. */
	readonly migration: string;
}

/**
 * Frameworks built on discord.js, by the npm package that brings them. Their bots subclass the
 * framework's classes (`extends Command`, `@Discord()` classes, plugins) and call the framework's
 * own objects with discord.js-like names (Sapphire's `ctx.deferReply()`), so a rewrite of the
 * discord.js calls alone would break the framework's contract instead of migrating the bot.
 */
export const DISCORD_JS_FRAMEWORKS: Readonly<Record<string, DiscordJsFramework>> = {
	'@sapphire/framework': {
		name: 'Sapphire',
		migration:
			"replacing Sapphire's stores (Command, Listener, Precondition, InteractionHandler classes) with OvenJS's defineCommand + createInteractionHandler (router, preconditions as checks) and createClient listeners",
	},
	discordx: {
		name: 'discordx',
		migration:
			"replacing discordx's decorated classes (@Discord, @Slash, @On, @ButtonComponent, guards) with OvenJS's defineCommand + createInteractionHandler routes and createClient listeners",
	},
	'discord-akairo': {
		name: 'Akairo',
		migration:
			"replacing Akairo's handlers (CommandHandler, ListenerHandler, InhibitorHandler and their module classes) with OvenJS's command definitions, createClient listeners and plain checks",
	},
	knub: {
		name: 'Knub',
		migration: "replacing Knub's plugins (commands, events, config and permission levels) with OvenJS commands and listeners",
	},
	vety: {
		name: 'Vety (Knub)',
		migration: "replacing Vety's plugins (commands, events, config and permission levels) with OvenJS commands and listeners",
	},
	'@eartharoid/dbf': {
		name: 'dbf (@eartharoid/dbf)',
		migration:
			"replacing dbf's FrameworkClient and its command, listener and menu classes with createClient, OvenJS's command definitions and createInteractionHandler",
	},
	'discord.js-commando': {
		name: 'Commando',
		migration: "replacing Commando's CommandoClient, registry and Command classes with createClient and OvenJS's command definitions",
	},
	'@iceprod/discord.js-commando': {
		name: 'Commando',
		migration: "replacing Commando's CommandoClient, registry and Command classes with createClient and OvenJS's command definitions",
	},
	wokcommands: {
		name: 'WOKCommands',
		migration: "replacing WOKCommands' command and feature folders with OvenJS's command definitions and createClient listeners",
	},
	commandkit: {
		name: 'CommandKit',
		migration: "replacing CommandKit's command and event handlers with OvenJS's command definitions and createClient listeners",
	},
};

/** The framework `specifier` (an import or a dependency name) belongs to, if any (`@sapphire/framework/dist/x` counts). */
export function frameworkOf(specifier: string): { readonly packageName: string; readonly framework: DiscordJsFramework } | undefined {
	for (const [packageName, framework] of Object.entries(DISCORD_JS_FRAMEWORKS))
		if (specifier === packageName || specifier.startsWith(`${packageName}/`)) return { packageName, framework };
	return undefined;
}
