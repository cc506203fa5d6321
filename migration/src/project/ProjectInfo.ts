import type { DiscordJsVersion } from '../Transform.js';
import type { ClientAllowedMentions } from './clientAllowedMentions.js';
import type { DiscordJsFramework } from './frameworks.js';

/** A framework found in the bot, and where. */
export interface FoundFramework {
	readonly packageName: string;
	readonly framework: DiscordJsFramework;
	/** `package.json`, or the first file that imports it (relative to the root). */
	readonly evidence: string;
}

/** What the migration knows about the bot as a whole, read before any file is rewritten. */
export interface ProjectInfo {
	/** The discord.js major the bot is written for: the installed one, else the package.json range, else `v14`. */
	readonly from: DiscordJsVersion;
	/** The discord.js version installed under node_modules, if any (its typings are what receivers are resolved against). */
	readonly installedDiscordJs: string | undefined;
	/** `package.json`'s `type`: `.js` files are CommonJS unless it is `module`. */
	readonly moduleType: 'module' | 'commonjs';
	/** `engines.node` of the bot, if it says. */
	readonly nodeEngine: string | undefined;
	/** Frameworks built on discord.js that the bot uses (the migration refuses them unless forced). */
	readonly frameworks: readonly FoundFramework[];
	/** The discord.js client's `allowedMentions`, which the migration carries to every message body. */
	readonly allowedMentions?: ClientAllowedMentions;
}
