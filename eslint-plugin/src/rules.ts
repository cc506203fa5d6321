import componentLimits from './rules/component-limits.js';
import embedLimits from './rules/embed-limits.js';
import noDeprecatedDiscordApi from './rules/no-deprecated-discord-api.js';
import noFloatingInteractionResponse from './rules/no-floating-interaction-response.js';
import noHardcodedToken from './rules/no-hardcoded-token.js';
import noSlowWorkBeforeAcknowledge from './rules/no-slow-work-before-acknowledge.js';
import preferBulkOperations from './rules/prefer-bulk-operations.js';
import requireIntents from './rules/require-intents.js';
import snowflakePrecision from './rules/snowflake-precision.js';
import validCommand from './rules/valid-command.js';

/** Every rule of the plugin, by id. */
export const rules = {
	'component-limits': componentLimits,
	'embed-limits': embedLimits,
	'no-deprecated-discord-api': noDeprecatedDiscordApi,
	'no-floating-interaction-response': noFloatingInteractionResponse,
	'no-hardcoded-token': noHardcodedToken,
	'no-slow-work-before-acknowledge': noSlowWorkBeforeAcknowledge,
	'prefer-bulk-operations': preferBulkOperations,
	'require-intents': requireIntents,
	'snowflake-precision': snowflakePrecision,
	'valid-command': validCommand,
};

/** A rule id of the plugin. */
export type RuleId = keyof typeof rules;
