import { CreateOvenBotError } from './CreateOvenBotError.js';

/** The bots create-oven-bot can write, by the name `--template` takes. */
export const Templates = {
	minimal: {
		title: 'Minimal',
		summary: 'a bot that answers !ping with pong',
	},
	slash: {
		title: 'Slash commands',
		summary: '/ping and /echo, registered on start',
	},
	moderation: {
		title: 'Moderation',
		summary: '/timeout and /warn with confirm buttons and permission checks',
	},
} as const satisfies Record<string, { readonly title: string; readonly summary: string }>;

/** A template's name. */
export type TemplateName = keyof typeof Templates;

/** The languages a project can be written in, by the name `--language` takes. */
export const Languages = {
	ts: { title: 'TypeScript', extension: 'ts' },
	js: { title: 'JavaScript', extension: 'js' },
} as const satisfies Record<string, { readonly title: string; readonly extension: string }>;

/** A language's name. */
export type LanguageName = keyof typeof Languages;

/** `value` as a template name, or a `CREATE_INVALID_OPTION` error listing the names. */
export function templateName(value: string): TemplateName {
	if (Object.hasOwn(Templates, value)) return value as TemplateName;
	throw new CreateOvenBotError('CREATE_INVALID_OPTION', `Unknown template "${value}": use one of ${Object.keys(Templates).join(', ')}.`);
}

/** `value` (`ts`, `typescript`, `js`, `javascript`) as a language name, or a `CREATE_INVALID_OPTION` error. */
export function languageName(value: string): LanguageName {
	const key = value.toLowerCase();
	if (key === 'ts' || key === 'typescript') return 'ts';
	if (key === 'js' || key === 'javascript') return 'js';
	throw new CreateOvenBotError('CREATE_INVALID_OPTION', `Unknown language "${value}": use ts (TypeScript) or js (JavaScript).`);
}
