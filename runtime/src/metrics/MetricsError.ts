/** Stable codes of {@link MetricsError}s. */
export type MetricsErrorCode = 'METRICS_PROM_CLIENT_MISSING' | 'METRICS_LISTEN';

/** The base of every metrics error: a stable `code`, carried in `name` too. */
export class MetricsError extends Error {
	/** A stable identifier; messages may change, codes do not. */
	public readonly code: MetricsErrorCode;

	public constructor(code: MetricsErrorCode, message: string, options?: ErrorOptions) {
		super(message, options);
		this.code = code;
		this.name = `${new.target.name}[${code}]`;
	}
}
