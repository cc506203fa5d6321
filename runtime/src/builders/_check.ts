import type { DiscordLimit } from '../knowledge/DiscordLimit.js';
import type { LimitViolation } from '../knowledge/payloadViolations.js';
import { BuilderLimitError } from './BuilderLimitError.js';

/** Throws if the string at `path` is longer (or shorter) than `limit` allows; absent values pass. */
export function checkLength(path: string, value: string | null | undefined, limit: DiscordLimit): void {
	if (value == null) return;
	if (value.length > limit.max || (limit.min !== undefined && value.length < limit.min))
		throw new BuilderLimitError(path, limit, value.length, 'characters');
}

/** Throws if the list at `path` has more (or fewer) items than `limit` allows; absent lists pass. */
export function checkCount(path: string, value: readonly unknown[] | null | undefined, limit: DiscordLimit): void {
	if (value == null) return;
	if (value.length > limit.max || (limit.min !== undefined && value.length < limit.min))
		throw new BuilderLimitError(path, limit, value.length, 'items');
}

/** Throws if the number at `path` is outside `limit`; absent numbers pass. */
export function checkValue(path: string, value: number | null | undefined, limit: DiscordLimit): void {
	if (value == null) return;
	if (value > limit.max || (limit.min !== undefined && value < limit.min)) throw new BuilderLimitError(path, limit, value, 'value');
}

/** Throws the first of `violations` (from `ovenjs/knowledge`'s payload checks, which the editor tools run too). */
export function throwFirst(violations: readonly LimitViolation[]): void {
	const [first] = violations;
	if (first !== undefined) throw BuilderLimitError.from(first);
}
