import { findCommandMapProblems, readCommandMap, type CommandMap, type Finding } from '@ovenjs/analysis';
import type ts from 'typescript';
import { readCustomIdMap, type CustomIdHandler } from './customIdMap.js';

/** What the whole project says about its commands and components, and the findings that follow. */
export interface ProjectAnalysis {
	readonly commands: CommandMap;
	/** Code that handles component interactions by custom_id. */
	readonly customIdHandlers: readonly CustomIdHandler[];
	/** Project-wide findings, each on a node of the file it belongs to. */
	readonly findings: readonly Finding[];
}

/**
 * Runs the project-wide checks over `files`: commands defined but not deployed or not
 * handled, custom_ids produced but handled nowhere, and handlers for custom_ids nothing
 * produces.
 */
export function analyseProject(t: typeof ts, files: readonly ts.SourceFile[], checker: ts.TypeChecker | undefined): ProjectAnalysis {
	const commands = readCommandMap(t, files, checker);
	const customIds = readCustomIdMap(t, files);
	return {
		commands,
		customIdHandlers: customIds.handlers,
		findings: [...findCommandMapProblems(commands), ...customIds.findings],
	};
}
