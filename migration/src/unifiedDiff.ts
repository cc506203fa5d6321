/**
 * A unified diff of two texts (`diff -u` style, 3 lines of context), from a longest-common-
 * subsequence table over lines. Files here are source files; the quadratic table is fine up to
 * a few thousand lines, and larger files fall back to one hunk that replaces everything.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
	if (before === after) return '';
	const a = lines(before);
	const b = lines(after);
	const ops = a.length * b.length > 25_000_000 ? replaceAll(a, b) : lineOps(a, b);
	return [`--- a/${path}`, `+++ b/${path}`, ...hunks(ops)].join('\n') + '\n';
}

/** A last line without a newline carries this, so that it differs from the same text with one (as in GNU diff). */
const NO_EOL = '\u0000';

function lines(text: string): string[] {
	if (text === '') return [];
	const all = text.split('\n');
	if (all[all.length - 1] === '') all.pop();
	else all[all.length - 1] += NO_EOL;
	return all;
}

type Op = { readonly kind: ' ' | '-' | '+'; readonly text: string; readonly aLine: number; readonly bLine: number };

function replaceAll(a: string[], b: string[]): Op[] {
	return [
		...a.map((text, i) => ({ kind: '-' as const, text, aLine: i, bLine: 0 })),
		...b.map((text, i) => ({ kind: '+' as const, text, aLine: a.length, bLine: i })),
	];
}

function lineOps(a: string[], b: string[]): Op[] {
	const n = a.length;
	const m = b.length;
	// lcs[i][j]: length of the LCS of a[i..] and b[j..], as one flat array.
	const lcs = new Uint32Array((n + 1) * (m + 1));
	for (let i = n - 1; i >= 0; i -= 1) {
		for (let j = m - 1; j >= 0; j -= 1) {
			lcs[i * (m + 1) + j] =
				a[i] === b[j]
					? (lcs[(i + 1) * (m + 1) + j + 1] as number) + 1
					: Math.max(lcs[(i + 1) * (m + 1) + j] as number, lcs[i * (m + 1) + j + 1] as number);
		}
	}
	const ops: Op[] = [];
	let i = 0;
	let j = 0;
	while (i < n || j < m) {
		if (i < n && j < m && a[i] === b[j]) ops.push({ kind: ' ', text: a[i++] as string, aLine: i - 1, bLine: j++ });
		// Deletions before insertions, as GNU diff prints them.
		else if (i < n && (j === m || (lcs[(i + 1) * (m + 1) + j] as number) >= (lcs[i * (m + 1) + j + 1] as number)))
			ops.push({ kind: '-', text: a[i++] as string, aLine: i - 1, bLine: j });
		else ops.push({ kind: '+', text: b[j++] as string, aLine: i, bLine: j - 1 });
	}
	return ops;
}

function hunks(ops: Op[], context = 3): string[] {
	const lines: string[] = [];
	let k = 0;
	while (k < ops.length) {
		while (k < ops.length && ops[k]?.kind === ' ') k += 1;
		if (k >= ops.length) break;
		const start = Math.max(0, k - context);
		let end = k;
		// Extend while the next change is within 2 × context lines.
		for (let last = k; end < ops.length; end += 1) {
			if (ops[end]?.kind !== ' ') last = end;
			else if (end - last > 2 * context) break;
		}
		let stop = end;
		while (stop > k && ops[stop - 1]?.kind === ' ') stop -= 1;
		stop = Math.min(ops.length, stop + context);
		const slice = ops.slice(start, stop);
		const aCount = slice.filter((op) => op.kind !== '+').length;
		const bCount = slice.filter((op) => op.kind !== '-').length;
		const first = slice[0] as Op;
		lines.push(`@@ -${first.aLine + (aCount === 0 ? 0 : 1)},${aCount} +${first.bLine + (bCount === 0 ? 0 : 1)},${bCount} @@`);
		for (const op of slice) {
			if (op.text.endsWith(NO_EOL)) lines.push(`${op.kind}${op.text.slice(0, -1)}`, '\\ No newline at end of file');
			else lines.push(`${op.kind}${op.text}`);
		}
		k = stop;
	}
	return lines;
}
