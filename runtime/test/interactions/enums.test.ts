import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIRS = ['../../src/interactions/', '../../src/client/', '../../src/client/views/'].map(
	(dir) => new URL(dir, import.meta.url).pathname,
);

describe('interaction and option types are read by their enums', () => {
	it('no `type === 2` or `case 2:` on an interaction, component or option type: the subcommand path is walked once, with the enums', () => {
		const found: string[] = [];
		for (const dir of DIRS) {
			for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
				const lines = readFileSync(join(dir, name), 'utf8').split('\n');
				lines.forEach((line, i) => {
					if (/\btype\s*[!=]==\s*\d|\bcase\s+\d+\s*:/.test(line)) found.push(`${name}:${i + 1}: ${line.trim()}`);
				});
			}
		}
		expect(found).toEqual([]);
	});
});
