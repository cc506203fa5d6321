import { findSlowWorkBeforeAcknowledge, AcknowledgeMessages } from '../../checkAcknowledge.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** `no-slow-work-before-acknowledge`: Disallow awaiting other work before an interaction is answered or deferred. */
export default defineCheck({
	id: 'no-slow-work-before-acknowledge',
	description: 'Disallow awaiting other work before an interaction is answered or deferred.',
	kind: 'problem',
	messages: AcknowledgeMessages,
	codes: { 'slow-work-before-acknowledge': 93050 },
	severity: 'warning',
	needsTypes: false,
	recommended: true,
	fixes: { autofix: false, suggestions: true },
	anyFile: false,
	run: (t, file) => findSlowWorkBeforeAcknowledge(t, file),
});
