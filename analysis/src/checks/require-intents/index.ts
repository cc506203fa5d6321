import { findMissingIntents, IntentMessages } from '../../checkIntents.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** `require-intents`: Require the gateway intent of every listener in the client's intents. */
export default defineCheck({
	id: 'require-intents',
	description: "Require the gateway intent of every listener in the client's intents.",
	kind: 'problem',
	messages: IntentMessages,
	codes: { 'missing-intent': 93040, 'missing-message-content-intent': 93041 },
	severity: 'warning',
	needsTypes: false,
	recommended: true,
	fixes: { autofix: false, suggestions: true },
	anyFile: false,
	run: (t, file) => findMissingIntents(t, file),
});
