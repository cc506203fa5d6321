import { OvenError } from '../errors/OvenError.js';

/** Stable codes of {@link MetricsError}s. */
export type MetricsErrorCode =
	/** Metrics need `prom-client`, an optional peer dependency: install it. */
	| 'METRICS_PROM_CLIENT_MISSING'
	/** The `/metrics` server could not listen on its host and port. */
	| 'METRICS_LISTEN';

/** The base of every metrics error: a stable `code`, carried in `name` too (an {@link OvenError}). */
export class MetricsError<C extends MetricsErrorCode = MetricsErrorCode> extends OvenError<C> {}
