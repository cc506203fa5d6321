import type { RawFile } from '../rest/RequestOptions.js';
import { toDataURI } from './dataURI.js';

/** A copy of `body` with the {@link RawFile}s among `keys` read into data URIs, ready to send as JSON. */
export async function resolveFileFields<Body extends object>(body: Body, keys: readonly (keyof Body & string)[]): Promise<unknown> {
	const resolved = { ...body } as Record<string, unknown>;
	for (const key of keys) {
		const value = resolved[key];
		if (typeof value === 'object' && value !== null && 'name' in value) resolved[key] = await toDataURI(value as RawFile);
	}
	return resolved;
}
