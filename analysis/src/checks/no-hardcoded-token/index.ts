import { findHardcodedSecrets, SecretMessages } from '../../checkHardcodedSecret.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** `no-hardcoded-token`: Disallow Discord bot tokens and webhook URLs written in the source. */
export default defineCheck({
	id: 'no-hardcoded-token',
	description: 'Disallow Discord bot tokens and webhook URLs written in the source.',
	kind: 'problem',
	messages: SecretMessages,
	codes: { 'hardcoded-secret': 93060 },
	severity: 'error',
	needsTypes: false,
	recommended: true,
	fixes: { autofix: false, suggestions: false },
	anyFile: true,
	run: (t, file) => findHardcodedSecrets(t, file),
});
