import { inspect } from 'node:util';

/**
 * Writes an error nobody listens for to stderr, with the event it came from: the client's
 * counterpart of Node's report of an unhandled `error` event, minus the crash. Tokens never
 * reach here: the client's errors do not carry them.
 * @internal
 */
export function _printUnhandled(error: Error, event: string | undefined, shardId?: number): void {
	const from = event === undefined ? 'the client' : `a "${event}" listener`;
	const shard = shardId === undefined ? '' : ` (shard ${shardId})`;
	process.stderr.write(
		`ovenjs: unhandled error from ${from}${shard}; listen to the client's 'error' event to handle it:\n${inspect(error)}\n`,
	);
}
