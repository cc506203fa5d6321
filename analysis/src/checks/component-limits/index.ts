import { findComponentProblems, ComponentMessages } from '../../checkComponents.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** `component-limits`: Enforce Discord's component limits: custom_id, labels, placeholders, rows, options, modals. */
export default defineCheck({
	id: 'component-limits',
	description: "Enforce Discord's component limits: custom_id, labels, placeholders, rows, options, modals.",
	kind: 'problem',
	messages: ComponentMessages,
	codes: {
		'component-text-too-long': 93010,
		'component-text-empty': 93011,
		'row-too-many-components': 93012,
		'select-too-many-options': 93013,
		'modal-too-many-components': 93014,
		'message-too-many-rows': 93015,
		'message-too-many-components': 93016,
	},
	severity: 'error',
	needsTypes: false,
	recommended: true,
	fixes: { autofix: false, suggestions: false },
	anyFile: false,
	run: (t, file) => findComponentProblems(t, file),
});
