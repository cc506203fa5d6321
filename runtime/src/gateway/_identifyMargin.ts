/** The margin between two IDENTIFYs of one bucket when none is given: a tenth of the window. */
export function defaultIdentifyMargin(windowMs: number): number {
	return windowMs / 10;
}
