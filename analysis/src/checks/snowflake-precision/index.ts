import { findSnowflakePrecision, SnowflakeMessages } from '../../checkSnowflakePrecision.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** `snowflake-precision`: Disallow Discord ids written as numbers past 2^53, which lose precision. */
export default defineCheck({
	id: 'snowflake-precision',
	description: 'Disallow Discord ids written as numbers past 2^53, which lose precision.',
	kind: 'problem',
	messages: SnowflakeMessages,
	codes: { 'snowflake-precision': 93030 },
	severity: 'error',
	needsTypes: false,
	recommended: true,
	fixes: { autofix: true, suggestions: false },
	anyFile: true,
	run: (t, file) => findSnowflakePrecision(t, file),
});
