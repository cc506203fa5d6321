/**
 * `OvenError`, the root of every OvenJS error (also exported by `ovenjs`; this entry point is
 * for packages that need nothing else from the runtime).
 * @packageDocumentation
 */
export * from './OvenError.js';
