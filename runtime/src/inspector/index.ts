/**
 * The inspector: a token-guarded loopback WebSocket that streams a bot's gateway packets,
 * REST traffic, shard status and cache sizes to editors; and {@link LocalAccess}, the rule
 * every local server of OvenJS (the inspector, the metrics endpoint, the mock) applies to
 * browsers.
 * @packageDocumentation
 */
export * from './Inspector.js';
export * from './InspectorError.js';
export * from './discovery.js';
export * from './LocalAccess.js';
export type * from './InspectorMessage.js';
