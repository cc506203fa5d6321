import type { REST } from '../rest/REST.js';

/** The part of an OpenTelemetry `Span` OvenJS uses. */
export interface SpanLike {
	setAttribute(key: string, value: string | number | boolean): unknown;
	setStatus(status: { code: number; message?: string }): unknown;
	recordException(exception: Error): unknown;
	end(): void;
}

/** The part of an OpenTelemetry `Tracer` OvenJS uses: `trace.getTracer('my-bot')` from `@opentelemetry/api` fits. */
export interface TracerLike {
	startSpan(name: string, options?: { attributes?: Record<string, string | number | boolean> }): SpanLike;
}

/** OpenTelemetry's `SpanStatusCode`, without depending on the package. */
const ERROR = 2;

/**
 * One span per REST attempt (`discord.rest POST /channels/{channel_id}/messages`), with the
 * method, route template, major parameter, attempt and response status; 4xx/5xx mark the
 * span as an error. Returns a function that stops tracing.
 */
export function traceREST(rest: REST, tracer: TracerLike): () => void {
	const open = new Map<string, SpanLike>();
	const offRequest = rest.on('request', (e) => {
		open.set(
			`${e.id}:${e.attempt}`,
			tracer.startSpan(`discord.rest ${e.method} ${e.route}`, {
				attributes: {
					'http.request.method': e.method,
					'url.template': e.route,
					'discord.major_parameter': e.majorParameter,
					'discord.attempt': e.attempt,
				},
			}),
		);
	});
	const offResponse = rest.on('response', (e) => {
		const key = `${e.id}:${e.attempt}`;
		const span = open.get(key);
		if (span === undefined) return;
		open.delete(key);
		span.setAttribute('http.response.status_code', e.status);
		if (e.rateLimit !== undefined) span.setAttribute('discord.bucket', e.rateLimit.bucket);
		if (e.status >= 400) span.setStatus({ code: ERROR, message: `HTTP ${e.status}` });
		span.end();
	});
	return () => {
		offRequest();
		offResponse();
		for (const span of open.values()) span.end();
		open.clear();
	};
}

/**
 * Wraps an event handler so that each call runs in a span named `name`; a throw or a
 * rejection is recorded on the span and passed on. `client.on('messageCreate', traced(tracer, 'messageCreate', handler))`.
 */
export function traced<A extends unknown[], R>(tracer: TracerLike, name: string, handler: (...args: A) => R): (...args: A) => R {
	return (...args: A): R => {
		const span = tracer.startSpan(name);
		const fail = (error: unknown): never => {
			if (error instanceof Error) span.recordException(error);
			span.setStatus({ code: ERROR, message: error instanceof Error ? error.message : String(error) });
			span.end();
			throw error;
		};
		try {
			const result = handler(...args);
			if (result instanceof Promise) {
				return result.then((value: unknown) => {
					span.end();
					return value;
				}, fail) as R;
			}
			span.end();
			return result;
		} catch (error) {
			return fail(error);
		}
	};
}
