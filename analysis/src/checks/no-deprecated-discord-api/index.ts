import { findDeprecatedApi, DeprecatedMessages } from '../../checkDeprecated.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** `no-deprecated-discord-api`: Disallow deprecated Discord and discord.js APIs: ephemeral, v13 names and events. */
export default defineCheck({
	id: 'no-deprecated-discord-api',
	description: 'Disallow deprecated Discord and discord.js APIs: ephemeral, v13 names and events.',
	kind: 'suggestion',
	messages: DeprecatedMessages,
	codes: { 'ephemeral-option': 93070, 'v13-name': 93071, 'v13-message-event': 93072 },
	severity: 'warning',
	needsTypes: false,
	recommended: true,
	fixes: { autofix: true, suggestions: true },
	anyFile: false,
	run: (t, file, context) => findDeprecatedApi(t, file, context.discordJs, context.checker),
});
