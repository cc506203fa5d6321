const fanouts = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Runs `callback` when `signal` aborts; returns a function that unregisters it. One signal
 * shared by many requests gets a single listener from us (fanned out here), so a caller who
 * aborts a thousand requests with one controller sees no MaxListeners warning.
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
	let callbacks = fanouts.get(signal);
	if (callbacks === undefined) {
		const created = new Set<() => void>();
		callbacks = created;
		fanouts.set(signal, created);
		signal.addEventListener(
			'abort',
			() => {
				for (const fn of [...created]) fn();
				created.clear();
			},
			{ once: true },
		);
	}
	const set = callbacks;
	set.add(callback);
	return () => {
		set.delete(callback);
	};
}
