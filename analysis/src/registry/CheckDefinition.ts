import type ts from 'typescript';
import type { Finding } from '../Finding.js';
import type { DiscordJsVersion } from './discordJsVersion.js';

/** How an editor shows a check's findings by default; users may change it per check (`ovenjs.checks.<id>`). */
export type CheckSeverity = 'error' | 'warning';

/** What a check is handed besides the file: optional facts the host knows about the project. */
export interface CheckContext {
	/** The type checker, when the host has one (tsserver, the language server, typed lint). */
	readonly checker?: ts.TypeChecker | undefined;
	/**
	 * The discord.js the file's project depends on (from the nearest `package.json`, see
	 * `discordJsFor`); undefined when it does not use discord.js or the host cannot tell.
	 */
	readonly discordJs?: DiscordJsVersion | undefined;
}

/**
 * One row of the registry of checks: everything the lint rules, the tsserver plugin and the
 * language server need to report a kind of problem. The hosts are adapters over these rows.
 */
export interface CheckDefinition<Id extends string = string, Code extends string = string> {
	/** The check's id: the lint rule's name (`ovenjs/<id>`) and the editor setting (`ovenjs.checks.<id>`). */
	readonly id: Id;
	/** One sentence ending in a period: what the check enforces (the rule's `meta.docs.description`). */
	readonly description: string;
	/** `problem` for code that fails or misbehaves, `suggestion` for code that works but could be better. */
	readonly kind: 'problem' | 'suggestion';
	/** Message templates by finding code; `{name}` marks a value of the finding's `data`. */
	readonly messages: Readonly<Record<Code, string>>;
	/** The editor code of each finding code (`ts(93001)`); stable, never reused. */
	readonly codes: Readonly<Record<Code, number>>;
	/** How editors show it by default. Discord rejects the request or data is wrong: error; runs but misbehaves: warning. */
	readonly severity: CheckSeverity;
	/** Whether it needs a type checker to run at all (typed lint only); checks that merely use one when given say false. */
	readonly needsTypes: boolean;
	/** Whether `recommended` (or `recommended-type-checked` when {@link needsTypes}) turns it on. */
	readonly recommended: boolean;
	/** The fixes its findings may carry: `autofix` for safe ones (lint `--fix`), `suggestions` for the others. */
	readonly fixes: { readonly autofix: boolean; readonly suggestions: boolean };
	/** Whether it runs on every file; the others only on files that {@link mentionsDiscord}. */
	readonly anyFile: boolean;
	/** Runs the check over one file. */
	readonly run: (t: typeof ts, file: ts.SourceFile, context: CheckContext) => readonly Finding<Code>[];
}

/**
 * A project-wide check of the language server: it needs every file of the project at once
 * (commands defined here and deployed there), so lint rules and tsserver do not run it.
 */
export interface ProjectCheckDefinition<Id extends string = string, Code extends string = string> extends Omit<
	CheckDefinition<Id, Code>,
	'run' | 'anyFile' | 'fixes' | 'needsTypes' | 'recommended'
> {
	/** Runs the check over the project's files. */
	readonly runProject: (t: typeof ts, files: readonly ts.SourceFile[], context: CheckContext) => readonly Finding<Code>[];
}

/** Identity, for inference: `defineCheck({...})` keeps the literal id and finding codes in the row's type. */
export function defineCheck<Id extends string, Code extends string>(row: CheckDefinition<Id, Code>): CheckDefinition<Id, Code> {
	return row;
}

/** Identity, for inference, for project-wide checks. */
export function defineProjectCheck<Id extends string, Code extends string>(
	row: ProjectCheckDefinition<Id, Code>,
): ProjectCheckDefinition<Id, Code> {
	return row;
}
