/**
 * The inspector: a token-guarded loopback WebSocket that streams a bot's gateway packets,
 * REST traffic, shard status and cache sizes to editors, and records them for replay;
 * {@link LocalAccess}, the rule every local server of OvenJS (the inspector, the metrics
 * endpoint, the mock) applies to browsers; and the stream's protocol (also on its own, pure,
 * as `ovenjs/inspector/protocol`).
 * @packageDocumentation
 */
export * from './Inspector.js';
export * from './InspectorError.js';
export * from './discovery.js';
export * from './LocalAccess.js';
export * from './SessionRecorder.js';
export * from './inspectorFromEnv.js';
export * from './protocol/index.js';
