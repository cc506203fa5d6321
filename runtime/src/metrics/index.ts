/**
 * Prometheus metrics through prom-client (an optional peer dependency), and a `/metrics` endpoint.
 * @packageDocumentation
 */
export * from './Metrics.js';
export * from './serveMetrics.js';
export * from './MetricsError.js';
