import type { GatewaySendPayload } from 'discord-api-types/v10';
import { GatewayError, type GatewayErrorCode } from './GatewayError.js';
import { GatewayFatalError } from './GatewayFatalError.js';
import type { ShardEventMap } from './ShardEvents.js';
import type { ShardDestroyOptions, ShardOptions } from './ShardOptions.js';

/**
 * The {@link ShardOptions} that can cross a thread boundary: no functions, no class
 * instances. Transport, encoding, timing functions and the throttler stay defaults in the
 * worker; identify pacing is done by the main thread.
 */
export type WorkerShardOptions = Pick<
	ShardOptions,
	| 'token'
	| 'intents'
	| 'gatewayUrl'
	| 'compression'
	| 'identifyProperties'
	| 'presence'
	| 'largeThreshold'
	| 'helloTimeout'
	| 'readyTimeout'
	| 'sendLimit'
	| 'sendWindow'
	| 'heartbeatReserve'
	| 'backoffResetAfter'
>;

const CLONEABLE_KEYS = [
	'token',
	'intents',
	'gatewayUrl',
	'compression',
	'identifyProperties',
	'presence',
	'largeThreshold',
	'helloTimeout',
	'readyTimeout',
	'sendLimit',
	'sendWindow',
	'heartbeatReserve',
	'backoffResetAfter',
] as const satisfies readonly (keyof WorkerShardOptions)[];

/** Copies only the cloneable options (callers may spread in more than the type shows). */
export function pickWorkerShardOptions(options: WorkerShardOptions): WorkerShardOptions {
	const picked: Record<string, unknown> = {};
	for (const key of CLONEABLE_KEYS) if (options[key] !== undefined) picked[key] = options[key];
	return picked as unknown as WorkerShardOptions;
}

/** `workerData` of a shard worker. Holds the token: never log it. */
export interface ShardWorkerData {
	readonly shardIds: readonly number[];
	readonly shardCount: number;
	readonly options: WorkerShardOptions;
	/** Whether to forward `raw` packets from the start. */
	readonly raw: boolean;
}

/** A {@link GatewayError} flattened for `postMessage`. */
export interface SerializedGatewayError {
	readonly code: GatewayErrorCode;
	readonly message: string;
	readonly closeCode?: number;
	readonly reason?: string;
}

/** Flattens an error for the wire. */
export function serializeError(error: unknown): SerializedGatewayError {
	if (error instanceof GatewayFatalError)
		return { code: error.code, message: error.message, closeCode: error.closeCode, reason: error.reason };
	if (error instanceof GatewayError) return { code: error.code, message: error.message };
	return { code: 'GATEWAY_WORKER_EXITED', message: error instanceof Error ? error.message : String(error) };
}

/** Rebuilds the error on the main thread (same class, code, close code). */
export function deserializeError(shardId: number, error: SerializedGatewayError): GatewayError {
	if (error.code === 'GATEWAY_FATAL' && error.closeCode !== undefined)
		return new GatewayFatalError(shardId, error.closeCode, error.reason ?? '');
	return new GatewayError(error.code, error.message);
}

/** The shard events a worker forwards. `error` is carried serialized. */
export type ForwardedShardEvent = {
	[K in Exclude<keyof ShardEventMap, 'error'>]: {
		readonly op: 'event';
		readonly shardId: number;
		readonly event: K;
		readonly args: ShardEventMap[K];
	};
}[Exclude<keyof ShardEventMap, 'error'>];

/** Worker → main. */
export type WorkerToMain =
	| ForwardedShardEvent
	| { readonly op: 'error'; readonly shardId: number; readonly error: SerializedGatewayError }
	| { readonly op: 'identify'; readonly shardId: number; readonly nonce: number }
	| { readonly op: 'identifyCancel'; readonly nonce: number }
	| { readonly op: 'connected'; readonly shardId: number }
	| { readonly op: 'connectFailed'; readonly shardId: number; readonly error: SerializedGatewayError }
	| { readonly op: 'destroyed' };

/** Main → worker. */
export type MainToWorker =
	| { readonly op: 'connect' }
	| { readonly op: 'send'; readonly shardId: number; readonly payload: GatewaySendPayload }
	| { readonly op: 'identifyGranted'; readonly nonce: number }
	| { readonly op: 'raw'; readonly enabled: boolean }
	| { readonly op: 'destroy'; readonly options: ShardDestroyOptions };
