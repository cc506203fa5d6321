/**
 * OvenJS: a Discord bot runtime for TypeScript.
 * @packageDocumentation
 */
export * as knowledge from './knowledge/index.js';
export * from './gateway/index.js';
export * from './rest/index.js';
export * from './inspector/index.js';
export * from './metrics/index.js';
export * from './cluster/index.js';
export * from './permissions/index.js';
export * from './builders/index.js';
