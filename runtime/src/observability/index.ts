/**
 * Observability: a structured logger (pino-compatible) and OpenTelemetry tracing hooks.
 * @packageDocumentation
 */
export type * from './Logger.js';
export * from './attachLogger.js';
export * from './tracing.js';
