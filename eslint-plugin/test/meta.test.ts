import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin, { rules } from '@ovenjs/eslint-plugin';

const root = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
const readme = readFileSync(root('README.md'), 'utf8');

describe.each(Object.entries(rules))('rule %s', (id, rule) => {
	it('has docs, a doc page in its check folder and a README row', () => {
		expect(rule.meta.docs?.description).toMatch(/\.$/);
		expect(rule.meta.docs?.url).toBe(`https://github.com/ovenjs/ovenjs/blob/main/analysis/src/checks/${id}/README.md`);
		expect(existsSync(root(`../analysis/src/checks/${id}/README.md`)), `analysis/src/checks/${id}/README.md`).toBe(true);
		expect(readme).toContain(`[\`${id}\`](../analysis/src/checks/${id}/README.md)`);
	});

	it('is in the right config', () => {
		const typed = rule.meta.docs?.requiresTypeChecking === true;
		expect(plugin.configs['recommended-type-checked'].rules?.[`ovenjs/${id}`]).toBe('error');
		expect(plugin.configs.recommended.rules?.[`ovenjs/${id}`]).toBe(typed ? undefined : 'error');
	});

	it('declares fixes and suggestions it can make', () => {
		const messages = Object.keys(rule.meta.messages);
		if (rule.meta.hasSuggestions === true) expect(messages).toContain('suggestion');
		expect(messages.length).toBeGreaterThan(1);
	});
});

describe('plugin', () => {
	it('names itself and registers itself in its configs', () => {
		expect(plugin.meta.name).toBe('@ovenjs/eslint-plugin');
		expect(plugin.configs.recommended.plugins?.['ovenjs']).toBe(plugin);
	});
});
