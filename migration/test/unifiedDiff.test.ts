import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '@ovenjs/migrate';

/** GNU diff's answer, with the file header lines normalised. */
async function gnuDiff(before: string, after: string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'oven-diff-'));
	await writeFile(join(dir, 'a'), before);
	await writeFile(join(dir, 'b'), after);
	try {
		await promisify(execFile)('diff', ['-u', 'a', 'b'], { cwd: dir });
		return '';
	} catch (error) {
		return (error as { stdout: string }).stdout.split('\n').slice(2).join('\n');
	}
}

/** Applies a unified diff's hunks to `before`: proves the diff is right without matching GNU's choices. */
function apply(before: string, diff: string): string {
	const out: string[] = [];
	const source = before.split('\n').slice(0, -1);
	let at = 0;
	for (const line of diff.split('\n').slice(2)) {
		const hunk = /^@@ -(\d+),(\d+) /.exec(line);
		if (hunk !== null) {
			const start = Number(hunk[2]) === 0 ? Number(hunk[1]) : Number(hunk[1]) - 1;
			while (at < start) out.push(source[at++] as string);
		} else if (line.startsWith(' ')) {
			out.push(line.slice(1));
			at += 1;
		} else if (line.startsWith('-')) at += 1;
		else if (line.startsWith('+')) out.push(line.slice(1));
	}
	while (at < source.length) out.push(source[at++] as string);
	return out.map((line) => `${line}\n`).join('');
}

describe('unifiedDiff', () => {
	it('is empty for equal texts', () => {
		expect(unifiedDiff('x.ts', 'a\nb\n', 'a\nb\n')).toBe('');
	});

	it('matches GNU diff -u on a typical edit', async () => {
		const before = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n') + '\n';
		const after = before.replace('line 3\n', 'line three\n').replace('line 15\n', '').replace('line 17\n', 'line 17\nnew line\n');
		const ours = unifiedDiff('bot.ts', before, after).split('\n').slice(2).join('\n');
		expect(ours).toBe(await gnuDiff(before, after));
	});

	it('marks a missing newline at the end as GNU diff does', async () => {
		const ours = unifiedDiff('bot.ts', 'a\nb\n', 'a\nb').split('\n').slice(2).join('\n');
		expect(ours).toBe(await gnuDiff('a\nb\n', 'a\nb'));
	});

	it('turns any text into any other (property)', () => {
		const text = fc
			.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 30 })
			.map((lines) => lines.map((line) => `${line}\n`).join(''));
		fc.assert(
			fc.property(text, text, (before, after) => before === after || apply(before, unifiedDiff('f', before, after)) === after),
			{ numRuns: 300 },
		);
	});
});
