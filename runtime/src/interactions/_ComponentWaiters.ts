import type { ComponentContext } from './ComponentContext.js';
import { ComponentAwaitTimeoutError } from './ComponentAwaitTimeoutError.js';
import type { AwaitComponentOptions, CollectComponentsOptions, ComponentFilterOptions } from './ComponentAwaitOptions.js';
import { InteractionError } from './InteractionError.js';

/** One pending waiter. @internal */
interface Waiter {
	/** Whether it wants `ctx`; if so, it takes it. */
	offer(ctx: ComponentContext): boolean;
	abort(error: InteractionError): void;
}

function matches(options: ComponentFilterOptions, ctx: ComponentContext): boolean {
	if (options.customId !== undefined && ctx.customId !== options.customId) return false;
	if (options.messageId !== undefined && ctx.message.id !== options.messageId) return false;
	if (options.userId !== undefined && ctx.user.id !== options.userId) return false;
	return options.filter?.(ctx) ?? true;
}

const aborted = (): InteractionError =>
	new InteractionError('COMPONENT_AWAIT_ABORTED', 'Stopped waiting for a component: the signal fired or the handler was destroyed.');

/** Component interactions offered to waiters before the router sees them. @internal */
export class ComponentWaiters {
	readonly #waiters = new Set<Waiter>();

	/** Hands `ctx` to the first waiter that wants it; true if one took it. */
	offer(ctx: ComponentContext): boolean {
		for (const waiter of this.#waiters) if (waiter.offer(ctx)) return true;
		return false;
	}

	/** Rejects every waiter with `COMPONENT_AWAIT_ABORTED`. */
	abortAll(): void {
		for (const waiter of [...this.#waiters]) waiter.abort(aborted());
	}

	#register(options: ComponentFilterOptions, make: (done: () => void) => Waiter, onTimeout: () => void, timeoutMs: number): void {
		let waiter: Waiter | undefined;
		const done = (): void => {
			clearTimeout(timer);
			options.signal?.removeEventListener('abort', onAbort);
			if (waiter !== undefined) this.#waiters.delete(waiter);
		};
		const onAbort = (): void => waiter?.abort(aborted());
		const timer = setTimeout(() => {
			done();
			onTimeout();
		}, timeoutMs);
		timer.unref();
		waiter = make(done);
		this.#waiters.add(waiter);
		if (options.signal?.aborted === true) onAbort();
		else options.signal?.addEventListener('abort', onAbort, { once: true });
	}

	/** The next matching component interaction; rejects with {@link ComponentAwaitTimeoutError} after `timeoutMs`. */
	awaitComponent(options: AwaitComponentOptions): Promise<ComponentContext> {
		return new Promise((resolve, reject) => {
			this.#register(
				options,
				(done) => ({
					offer: (ctx) => (matches(options, ctx) ? (done(), resolve(ctx), true) : false),
					abort: (error) => (done(), reject(error)),
				}),
				() => reject(new ComponentAwaitTimeoutError(options.timeoutMs)),
				options.timeoutMs,
			);
		});
	}

	/** Every matching component interaction until `timeoutMs` passes or `max` arrived. */
	collectComponents(options: CollectComponentsOptions): Promise<ComponentContext[]> {
		const collected: ComponentContext[] = [];
		return new Promise((resolve, reject) => {
			this.#register(
				options,
				(done) => ({
					offer: (ctx) => {
						if (!matches(options, ctx)) return false;
						collected.push(ctx);
						options.onCollect?.(ctx);
						if (options.max !== undefined && collected.length >= options.max) {
							done();
							resolve(collected);
						}
						return true;
					},
					abort: (error) => (done(), reject(error)),
				}),
				() => resolve(collected),
				options.timeoutMs,
			);
		});
	}
}
