import { _timerDelay } from '../_timerDelay.js';

/**
 * Waits `ms` (at most a timer's range, about 24.8 days: a caller that must wait longer
 * loops), or rejects with the signal's reason as soon as it aborts.
 */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
	if (signal.aborted) return Promise.reject(signal.reason);
	return new Promise((resolve, reject) => {
		const onAbort = (): void => {
			clearTimeout(timer);
			reject(signal.reason);
		};
		const timer = setTimeout(() => {
			signal.removeEventListener('abort', onAbort);
			resolve();
		}, _timerDelay(ms));
		signal.addEventListener('abort', onAbort, { once: true });
	});
}
