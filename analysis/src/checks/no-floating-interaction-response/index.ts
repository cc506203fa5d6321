import { findFloatingResponses, FloatingResponseMessages } from '../../checkFloatingResponse.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** `no-floating-interaction-response`: Require interaction responses to be awaited or returned. */
export default defineCheck({
	id: 'no-floating-interaction-response',
	description: 'Require interaction responses to be awaited or returned.',
	kind: 'problem',
	messages: FloatingResponseMessages,
	codes: { 'floating-interaction-response': 93051 },
	severity: 'warning',
	needsTypes: true,
	recommended: true,
	fixes: { autofix: false, suggestions: true },
	anyFile: false,
	run: (t, file, context) => findFloatingResponses(t, file, context.checker),
});
