import { describe, expect, it } from 'vitest';
import { readJsTemplates, renderJsTemplates } from '../scripts/jsTemplates.js';

describe('templates/js', () => {
	it('is what scripts/jsTemplates.ts generates from templates/ts (run `npm run generate -w create-oven-bot`)', async () => {
		const [rendered, committed] = await Promise.all([renderJsTemplates(), readJsTemplates()]);
		expect([...committed.keys()].sort()).toEqual([...rendered.keys()].sort());
		for (const [path, text] of rendered) expect(committed.get(path), path).toBe(text);
	});
});
