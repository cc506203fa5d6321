/**
 * OvenJS: a Discord bot runtime for TypeScript.
 * @packageDocumentation
 */
export * as knowledge from './knowledge/index.js';
export * from './errors/index.js';
export * from './gateway/index.js';
export * from './rest/index.js';
export * from './api/index.js';
export * from './cache/index.js';
export * from './client/index.js';
export * from './builders/index.js';
export * from './permissions/index.js';
export * from './interactions/index.js';
export * from './inspector/index.js';
export * from './metrics/index.js';
export * from './cluster/index.js';
export * from './restProxy/index.js';
export * from './observability/index.js';
export * from './node/index.js';
export * from './voice/index.js';
