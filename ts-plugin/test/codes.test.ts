import { CHECKS, EDITOR_CODES, PROJECT_CHECKS, UNKNOWN_FINDING_CODE, editorCode } from '@ovenjs/analysis';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { diagnosticCategory, registerSupportedCodes } from '../src/codes.js';

describe('diagnostic codes', () => {
	it('come from the registry: one number per finding code, never shared', () => {
		const findingCodes = [...CHECKS, ...PROJECT_CHECKS].flatMap((row) => Object.keys(row.messages));
		expect(new Set(findingCodes.map(editorCode)).size).toBe(findingCodes.length);
		expect(new Set(EDITOR_CODES).size).toBe(EDITOR_CODES.length);
		for (const code of EDITOR_CODES) expect(code).toBeGreaterThanOrEqual(UNKNOWN_FINDING_CODE);
		expect(editorCode('embed-text-too-long')).toBe(93001);
	});

	it('show findings with the check setting: default, changed or off', () => {
		expect(diagnosticCategory(ts, 'embed-text-too-long', {})).toBe(ts.DiagnosticCategory.Error);
		expect(diagnosticCategory(ts, 'embed-text-too-long', { 'embed-limits': 'warning' })).toBe(ts.DiagnosticCategory.Warning);
		expect(diagnosticCategory(ts, 'embed-text-too-long', { 'embed-limits': 'off' })).toBeUndefined();
	});

	it("are listed in TypeScript's global code-fix table, which VS Code asks without a file", () => {
		expect(ts.getSupportedCodeFixes()).not.toContain('93050');
		registerSupportedCodes(ts);
		registerSupportedCodes(ts);
		expect(ts.getSupportedCodeFixes()).toContain('93050');
	});
});
