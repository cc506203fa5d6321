import { CommandLimits } from 'ovenjs/knowledge';

/**
 * Discord's naming rule for application command and option names. This belongs in
 * `ovenjs/knowledge` (the lead moves it). The length bounds come from `CommandLimits`.
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
 */
export const CommandNaming = {
	/** Characters a chat-input command or option name may use. */
	characters: String.raw`[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]`,
	/** Chat-input names must be lower case where the letter has a lower-case form. */
	lowercase: true,
	doc: 'https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming',
} as const;

/** The full name pattern of a chat-input command or option name. */
export const CHAT_INPUT_NAME_PATTERN: RegExp = new RegExp(
	`^${CommandNaming.characters}{${CommandLimits.name.min},${CommandLimits.name.max}}$`,
	'u',
);

/** Why a chat-input command or option name is rejected, or undefined when it is valid. */
export function chatInputNameProblem(name: string): 'pattern' | 'uppercase' | undefined {
	if (!CHAT_INPUT_NAME_PATTERN.test(name)) return 'pattern';
	if (name !== name.toLowerCase()) return 'uppercase';
	return undefined;
}
