/**
 * The gateway: {@link Shard}, its swappable parts (transport, encoding, compression,
 * identify throttler) and sharding strategies.
 * @packageDocumentation
 */
export * from './Shard.js';
export type * from './ShardEvents.js';
export * from './ShardOptions.js';
export type * from './ShardingStrategy.js';
export type * from './ShardingOptions.js';
export * from './InProcessShardingStrategy.js';
export * from './WorkerShardingStrategy.js';
export * from './fetchGatewayBot.js';
export * from './GatewayBotError.js';
export type * from './IdentifyThrottler.js';
export * from './InMemoryIdentifyThrottler.js';
export * from './RedisIdentifyThrottler.js';
export type * from './GatewayTransport.js';
export * from './WebSocketTransport.js';
export type * from './GatewayEncoding.js';
export * from './JsonEncoding.js';
export * from './ZlibStreamDecompressor.js';
export * from './ZstdStreamDecompressor.js';
export * from './Heartbeater.js';
export * from './SendQueue.js';
export * from './SessionState.js';
export * from './GatewayError.js';
export * from './GatewayFatalError.js';
export * from './redactPayload.js';
