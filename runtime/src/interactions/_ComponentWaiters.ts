import type { MessageComponentInteraction } from '../client/views/ComponentInteraction.js';
import { ComponentAwaitTimeoutError } from './ComponentAwaitTimeoutError.js';
import type { AwaitComponentOptions, CollectComponentsOptions, ComponentFilterOptions } from './ComponentAwaitOptions.js';
import { InteractionError } from './InteractionError.js';

/** One pending waiter. @internal */
interface Waiter {
	/** Whether it wants the interaction; if so, it sees it (the router sees it too). */
	offer(interaction: MessageComponentInteraction): boolean;
	abort(error: InteractionError): void;
}

function matches(options: ComponentFilterOptions, interaction: MessageComponentInteraction): boolean {
	if (options.customId !== undefined && interaction.customId !== options.customId) return false;
	if (options.messageId !== undefined && interaction.raw.message.id !== options.messageId) return false;
	if (options.userId !== undefined && interaction.user.id !== options.userId) return false;
	return options.filter?.(interaction) ?? true;
}

const aborted = (): InteractionError =>
	new InteractionError(
		'INTERACTION_COMPONENT_AWAIT_ABORTED',
		'Stopped waiting for a component: the signal fired or the handler was destroyed.',
	);

/**
 * Component interactions shown to waiters alongside the router, as discord.js's collectors see
 * them: every waiter that wants one sees it, and the router still runs. @internal
 */
export class ComponentWaiters {
	readonly #waiters = new Set<Waiter>();
	readonly #onError: (error: unknown, interaction: MessageComponentInteraction) => void;

	/** @param onError Gets what an `onCollect` threw or rejected with. */
	constructor(onError: (error: unknown, interaction: MessageComponentInteraction) => void) {
		this.#onError = onError;
	}

	/** Shows `interaction` to every waiter that wants it; true if at least one did. */
	offer(interaction: MessageComponentInteraction): boolean {
		let seen = false;
		for (const waiter of [...this.#waiters]) if (waiter.offer(interaction)) seen = true;
		return seen;
	}

	/** Rejects every waiter with `INTERACTION_COMPONENT_AWAIT_ABORTED`. */
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
	awaitComponent(options: AwaitComponentOptions): Promise<MessageComponentInteraction> {
		return new Promise((resolve, reject) => {
			this.#register(
				options,
				(done) => ({
					offer: (interaction) => (matches(options, interaction) ? (done(), resolve(interaction), true) : false),
					abort: (error) => (done(), reject(error)),
				}),
				() => reject(new ComponentAwaitTimeoutError(options.timeoutMs)),
				options.timeoutMs,
			);
		});
	}

	/** Every matching component interaction until `timeoutMs` passes or `max` arrived. */
	collectComponents(options: CollectComponentsOptions): Promise<MessageComponentInteraction[]> {
		const collected: MessageComponentInteraction[] = [];
		return new Promise((resolve, reject) => {
			this.#register(
				options,
				(done) => ({
					offer: (interaction) => {
						if (!matches(options, interaction)) return false;
						collected.push(interaction);
						try {
							Promise.resolve(options.onCollect?.(interaction)).catch((error: unknown) => this.#onError(error, interaction));
						} catch (error) {
							this.#onError(error, interaction);
						}
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
