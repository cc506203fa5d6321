/** Something or a promise of it. @internal */
export type Awaitable<T> = T | PromiseLike<T>;
