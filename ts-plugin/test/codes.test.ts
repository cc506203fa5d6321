import {
	AcknowledgeMessages,
	BulkMessages,
	CommandMessages,
	ComponentMessages,
	DeprecatedMessages,
	EmbedMessages,
	FloatingResponseMessages,
	IntentMessages,
	SecretMessages,
	SnowflakeMessages,
} from '@ovenjs/analysis';
import { describe, expect, it } from 'vitest';
import { ALL_DIAGNOSTIC_CODES, DiagnosticCodes, UNKNOWN_FINDING_CODE } from '../src/codes.js';
import { CHECKS } from '../src/findings.js';

const findingCodes = Object.keys({
	...AcknowledgeMessages,
	...BulkMessages,
	...CommandMessages,
	...ComponentMessages,
	...DeprecatedMessages,
	...EmbedMessages,
	...FloatingResponseMessages,
	...IntentMessages,
	...SecretMessages,
	...SnowflakeMessages,
});

describe('diagnostic codes', () => {
	it('gives every finding code of the analysis core its own number', () => {
		expect(Object.keys(DiagnosticCodes).sort()).toEqual([...findingCodes].sort());
		expect(new Set(ALL_DIAGNOSTIC_CODES).size).toBe(ALL_DIAGNOSTIC_CODES.length);
		for (const code of ALL_DIAGNOSTIC_CODES) expect(code).toBeGreaterThanOrEqual(UNKNOWN_FINDING_CODE);
	});

	it('runs the same ten checks as the lint rules', () => {
		expect(CHECKS.map((c) => c.name).sort()).toEqual([
			'component-limits',
			'embed-limits',
			'no-deprecated-discord-api',
			'no-floating-interaction-response',
			'no-hardcoded-token',
			'no-slow-work-before-acknowledge',
			'prefer-bulk-operations',
			'require-intents',
			'snowflake-precision',
			'valid-command',
		]);
	});
});
