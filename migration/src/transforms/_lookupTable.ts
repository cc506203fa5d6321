/**
 * A table keyed by names the bot's code spells (methods, properties, enum members), with no
 * prototype: `table['toString']` is undefined, where a plain object literal would hand back
 * `Object.prototype.toString` (and a todo saying `[object Undefined]`).
 */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
	return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
