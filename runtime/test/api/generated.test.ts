import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_LOG_REASON_OPERATIONS, DOCUMENTED_OPERATIONS } from '../../scripts/_docsFacts.js';
import { readSpecOperations } from '../../scripts/_specOperations.js';
import { generate, OPERATIONS_FILE, README_FILE, README_MARKERS } from '../../scripts/generate-api.js';

const STALE = 'stale: run `npm run generate-api -w ovenjs` and commit the result';

describe('files generated from the OpenAPI description (runtime/scripts/generate-api.ts)', () => {
	const out = generate();

	it('runtime/src/api/_operations.ts is up to date', () => {
		expect(readFileSync(OPERATIONS_FILE, 'utf8'), STALE).toBe(out.operations);
	});

	it('the operation tables of runtime/src/api/README.md are up to date', () => {
		const readme = readFileSync(README_FILE, 'utf8');
		const section = readme.slice(readme.indexOf(README_MARKERS[0]), readme.indexOf(README_MARKERS[1]) + README_MARKERS[1].length);
		expect(section, STALE).toBe(out.readme);
	});

	it('the facts taken from the docs name operations of the description, and add only what it lacks', () => {
		const ids = new Set(readSpecOperations().operations.map((op) => op.id));
		expect(AUDIT_LOG_REASON_OPERATIONS.filter((id) => !ids.has(id))).toEqual([]);
		expect(new Set(AUDIT_LOG_REASON_OPERATIONS).size).toBe(AUDIT_LOG_REASON_OPERATIONS.length);
		expect(DOCUMENTED_OPERATIONS.filter((op) => ids.has(op.id))).toEqual([]);
	});
});
