import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The token a connection presents: `?token=` (what a browser can send) or `Authorization: Bearer`. */
function presented(request: IncomingMessage): string | undefined {
	const header = request.headers.authorization;
	if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length);
	return new URL(request.url ?? '/', 'http://localhost').searchParams.get('token') ?? undefined;
}

/** Whether the request carries `token`, compared in constant time. */
export function authorize(request: IncomingMessage, token: string): boolean {
	const given = presented(request);
	if (given === undefined) return false;
	const a = Buffer.from(given);
	const b = Buffer.from(token);
	return a.length === b.length && timingSafeEqual(a, b);
}
