/**
 * Discord's naming rule for application command and option names. The length bounds are
 * `CommandLimits.name` (1–32); this file adds the characters and the case rule.
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
 */
import { CommandLimits } from './limits.js';

const namingDoc =
	'https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming';

/** The naming rule of chat-input (slash) command and option names. */
export interface CommandNamingRule {
	/** A regex character class (flag `u`) of the characters a name may use. */
	readonly characters: string;
	/** Whether letters that have a lower-case form must be written lower case. */
	readonly lowercase: boolean;
	/** The doc that states it. */
	readonly doc: string;
}

/**
 * Chat-input command and option names: letters and digits of any script (plus the
 * Devanagari and Thai combining marks), `-`, `_` and `'`; lower case where the letter has
 * a lower-case form. User and message commands are not held to this rule.
 */
export const CommandNaming = {
	characters: String.raw`[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]`,
	lowercase: true,
	doc: namingDoc,
} as const satisfies CommandNamingRule;

/**
 * The full pattern of a chat-input command or option name: `CommandNaming.characters`,
 * `CommandLimits.name.min` to `CommandLimits.name.max` of them. It does not check case;
 * {@link chatInputNameProblem} does.
 */
export const CHAT_INPUT_NAME_PATTERN: RegExp = new RegExp(
	`^${CommandNaming.characters}{${CommandLimits.name.min},${CommandLimits.name.max}}$`,
	'u',
);

/** Why a chat-input command or option name is rejected, or undefined when it is valid. */
export function chatInputNameProblem(name: string): 'pattern' | 'uppercase' | undefined {
	if (!CHAT_INPUT_NAME_PATTERN.test(name)) return 'pattern';
	if (CommandNaming.lowercase && name !== name.toLowerCase()) return 'uppercase';
	return undefined;
}
