/**
 * The inspector: a token-guarded loopback WebSocket that streams a bot's gateway packets,
 * REST traffic, shard status and cache sizes to editors.
 * @packageDocumentation
 */
export * from './Inspector.js';
export * from './InspectorError.js';
export * from './discovery.js';
export type * from './InspectorMessage.js';
