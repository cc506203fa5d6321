import type * as PromClient from 'prom-client';
import { MetricsError } from './MetricsError.js';

/** prom-client is an optional peer dependency: loaded only by bots that ask for metrics. */
export async function loadPromClient(): Promise<typeof PromClient> {
	try {
		return (await import('prom-client' as string)) as typeof PromClient;
	} catch (error) {
		throw new MetricsError(
			'METRICS_PROM_CLIENT_MISSING',
			'Metrics need the optional peer dependency prom-client: npm install prom-client.',
			{ cause: error },
		);
	}
}
