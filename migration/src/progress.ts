/** Reports progress over a long migration; the CLI draws a bar, tests collect the calls. */
export type ProgressListener = (done: number, total: number, file: string) => void;

/**
 * A progress bar on a terminal stream (`[#####-----] 120/400 src/commands/ban.ts`), redrawn in
 * place and at most every 50 ms; on a non-TTY stream, a line every 10 %.
 */
export function progressBar(stream: NodeJS.WriteStream, width = 30): ProgressListener {
	let last = 0;
	let lastTenth = -1;
	return (done, total, file) => {
		if (!stream.isTTY) {
			const tenth = Math.floor((done / total) * 10);
			if (tenth !== lastTenth || done === total) stream.write(`migrated ${done}/${total} files\n`);
			lastTenth = tenth;
			return;
		}
		const now = Date.now();
		if (done < total && now - last < 50) return;
		last = now;
		const filled = Math.round((done / total) * width);
		const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${file}`;
		stream.write(`\r${line.slice(0, (stream.columns ?? 80) - 1).padEnd((stream.columns ?? 80) - 1)}${done === total ? '\n' : ''}`);
	};
}
