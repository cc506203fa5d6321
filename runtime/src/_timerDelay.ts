/**
 * The longest delay Node's timers accept: 2^31 − 1 ms, about 24.8 days. A longer one fires
 * after 1 ms with a `TimeoutOverflowWarning`, which turns a long wait into a busy loop.
 */
export const MAX_TIMER_DELAY = 2_147_483_647;

/**
 * `ms` made safe for `setTimeout`/`setInterval`: NaN and negative values become 0, values
 * past {@link MAX_TIMER_DELAY} become it. Every timer the gateway and REST clients arm with
 * a delay that came from the network or from an option goes through here.
 * @internal
 */
export function _timerDelay(ms: number): number {
	return ms > 0 ? Math.min(ms, MAX_TIMER_DELAY) : 0;
}
