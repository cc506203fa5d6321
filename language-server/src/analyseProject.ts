import {
	PROJECT_CHECKS,
	readCommandMap,
	readCustomIdMap,
	type CheckContext,
	type CommandMap,
	type CustomIdHandler,
	type Finding,
} from '@ovenjs/analysis';
import type ts from 'typescript';

/** What the whole project says about its commands and components, and the findings that follow. */
export interface ProjectAnalysis {
	readonly commands: CommandMap;
	/** Code that handles component interactions by custom_id. */
	readonly customIdHandlers: readonly CustomIdHandler[];
	/** Project-wide findings (the registry's project checks), each on a node of the file it belongs to. */
	readonly findings: readonly Finding[];
}

/**
 * Runs the registry's project-wide checks over `files` (commands defined but not deployed or
 * not handled, custom_ids handled nowhere, handlers nothing reaches) and keeps the maps the
 * outline shows. A check that throws is reported through `onError` and skipped.
 */
export function analyseProject(
	t: typeof ts,
	files: readonly ts.SourceFile[],
	context: CheckContext,
	onError: (check: string, error: unknown) => void = () => {},
): ProjectAnalysis {
	const findings: Finding[] = [];
	for (const check of PROJECT_CHECKS) {
		try {
			findings.push(...check.runProject(t, files, context));
		} catch (error) {
			onError(check.id, error);
		}
	}
	return {
		commands: readCommandMap(t, files, context.checker),
		customIdHandlers: readCustomIdMap(t, files).handlers,
		findings,
	};
}
