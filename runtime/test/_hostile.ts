import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Parameters as FcParameters } from 'fast-check';

/**
 * fast-check parameters of a hostile suite: `runs` cases in CI, `HOSTILE_RUNS` by hand for a
 * longer run, `HOSTILE_SEED` (and `HOSTILE_PATH`) to replay a failure fast-check reported.
 * A failing case is reported as generated, not shrunk: every case drives real sockets, and
 * shrinking would replay hundreds of them.
 */
export function hostileParameters<T>(runs: number): FcParameters<T> {
	const seed = process.env.HOSTILE_SEED;
	const path = process.env.HOSTILE_PATH;
	return {
		numRuns: Number(process.env.HOSTILE_RUNS ?? '') || runs,
		endOnFailure: true,
		...(seed === undefined ? {} : { seed: Number(seed) }),
		...(path === undefined ? {} : { path }),
	};
}

/** How many cases a suite runs (for its vitest timeout). */
export function hostileRuns(runs: number): number {
	return Number(process.env.HOSTILE_RUNS ?? '') || runs;
}

/** What the process reported while a suite ran: uncaught exceptions, unhandled rejections, timer warnings. */
export interface ProcessWatch {
	readonly uncaught: unknown[];
	readonly unhandled: unknown[];
	readonly timerWarnings: Error[];
	/** Forgets what was seen so far (between cases). */
	reset(): void;
	stop(): void;
}

/** Starts recording what the process reports; vitest still sees (and fails on) the same errors. */
export function watchProcess(): ProcessWatch {
	const watch = { uncaught: [] as unknown[], unhandled: [] as unknown[], timerWarnings: [] as Error[] };
	const onUncaught = (error: unknown): void => void watch.uncaught.push(error);
	const onUnhandled = (reason: unknown): void => void watch.unhandled.push(reason);
	const onWarning = (warning: Error): void => void (warning.name === 'TimeoutOverflowWarning' && watch.timerWarnings.push(warning));
	process.on('uncaughtException', onUncaught);
	process.on('unhandledRejection', onUnhandled);
	process.on('warning', onWarning);
	return {
		...watch,
		reset: () => {
			watch.uncaught.length = 0;
			watch.unhandled.length = 0;
			watch.timerWarnings.length = 0;
		},
		stop: () => {
			process.off('uncaughtException', onUncaught);
			process.off('unhandledRejection', onUnhandled);
			process.off('warning', onWarning);
		},
	};
}

/** The heap in use after a full garbage collection, in bytes. */
export function heapAfterGc(): number {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc') as () => void;
	gc();
	gc();
	return process.memoryUsage().heapUsed;
}
