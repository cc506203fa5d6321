import { findCommandProblems, CommandMessages } from '../../checkCommand.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** `valid-command`: Enforce Discord's rules for application command definitions. */
export default defineCheck({
	id: 'valid-command',
	description: "Enforce Discord's rules for application command definitions.",
	kind: 'problem',
	messages: CommandMessages,
	codes: {
		'command-name-invalid': 93020,
		'command-name-uppercase': 93021,
		'command-description-length': 93022,
		'command-too-many-options': 93023,
		'command-required-after-optional': 93024,
		'command-too-many-choices': 93025,
		'command-choices-with-autocomplete': 93026,
	},
	severity: 'error',
	needsTypes: false,
	recommended: true,
	fixes: { autofix: true, suggestions: false },
	anyFile: false,
	run: (t, file) => findCommandProblems(t, file),
});
