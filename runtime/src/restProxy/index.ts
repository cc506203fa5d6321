/**
 * The REST proxy: Discord's HTTP API for many clients, with their rate limits held in one place.
 * @packageDocumentation
 */
export * from './RestProxy.js';
export * from './RestProxyError.js';
export type * from './RestProxyOptions.js';
