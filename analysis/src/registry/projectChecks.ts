import { findCommandMapProblems, readCommandMap, CommandMapMessages } from '../commandMap.js';
import { readCustomIdMap, CustomIdMessages } from '../customIdMap.js';
import { defineProjectCheck } from './CheckDefinition.js';

/** Commands defined but deployed nowhere or handled nowhere, across the project's files. */
export const commandMapCheck = defineProjectCheck({
	id: 'command-map',
	description: 'Report commands that are defined but never deployed or never handled.',
	kind: 'problem',
	messages: CommandMapMessages,
	codes: { 'command-not-registered': 93090, 'command-not-handled': 93091 },
	severity: 'warning',
	runProject: (t, files, context) => findCommandMapProblems(readCommandMap(t, files, context.checker)),
});

/** custom_ids produced but handled nowhere, and handlers no produced custom_id reaches. */
export const customIdMapCheck = defineProjectCheck({
	id: 'custom-id-map',
	description: 'Report custom_ids that nothing handles and handlers that no component reaches.',
	kind: 'problem',
	messages: CustomIdMessages,
	codes: { 'custom-id-not-handled': 93092, 'custom-id-not-produced': 93093 },
	severity: 'warning',
	runProject: (t, files) => readCustomIdMap(t, files).findings,
});

/** The project-wide checks of the registry, run by the language server. */
export const PROJECT_CHECKS = [commandMapCheck, customIdMapCheck] as const;
