import { createHash } from 'node:crypto';

/**
 * The `X-RateLimit-Bucket` value for a bucket key: opaque and stable across runs, like Discord's,
 * and the same for every major parameter ("non-inclusive of top-level resources in the path").
 * Computed once per route, never per request.
 */
export function bucketHash(key: string): string {
	return createHash('sha1').update(key).digest('hex').slice(0, 32);
}
