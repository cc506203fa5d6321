import { Writable } from 'node:stream';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { attachLogger, InProcessShardingStrategy, traced, traceREST } from 'ovenjs';
import { DefaultIds, type Harness as RestHarness, startHarness } from '../rest/_mock.js';
import { type Harness, startMock, TOKEN, until } from '../gateway/_harness.js';

const cleanup: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
	for (const step of cleanup.splice(0).reverse()) await step();
});

/** A real pino logger writing JSON lines into an array. */
function pinoLines(): { logger: pino.Logger; lines: Record<string, unknown>[] } {
	const lines: Record<string, unknown>[] = [];
	const sink = new Writable({
		write(chunk: Buffer, _encoding, done) {
			for (const line of chunk.toString().split('\n')) if (line !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
			done();
		},
	});
	return { logger: pino({ level: 'debug' }, sink), lines };
}

function tracer(): { tracer: ReturnType<BasicTracerProvider['getTracer']>; exporter: InMemorySpanExporter } {
	const exporter = new InMemorySpanExporter();
	const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
	return { tracer: provider.getTracer('test'), exporter };
}

describe('attachLogger (with pino)', () => {
	it('logs REST responses at debug and rate limits at warn, with fields and no token', async () => {
		const h: RestHarness = await startHarness();
		cleanup.push(() => h.close());
		const { logger, lines } = pinoLines();
		const stop = attachLogger(logger, { rest: h.rest });
		await h.rest.post(`/channels/${DefaultIds.general}/messages`, { body: { content: 'hi' } });
		await h.mock.fault({ kind: 'rate_limit', route: 'POST /channels/{channel_id}/messages', scope: 'user', count: 1 });
		await h.rest.post(`/channels/${DefaultIds.general}/messages`, { body: { content: 'after a 429' } });
		stop();
		expect(lines).toContainEqual(
			expect.objectContaining({ level: 20, msg: 'REST response', method: 'POST', route: '/channels/{channel_id}/messages', status: 200 }),
		);
		expect(lines).toContainEqual(
			expect.objectContaining({ level: 40, msg: 'REST rate limited', scope: 'user', route: '/channels/{channel_id}/messages' }),
		);
		expect(JSON.stringify(lines)).not.toContain(h.mock.token);
	});

	it('logs shard status changes at info and closes', async () => {
		const h: Harness = await startMock();
		cleanup.push(() => h.close());
		const { identifyThrottler: _, ...options } = h.shardOptions();
		const strategy = new InProcessShardingStrategy({ ...options, shardCount: 1, identifyWindow: 0 });
		cleanup.push(() => strategy.destroy());
		const { logger, lines } = pinoLines();
		attachLogger(logger, { gateway: strategy });
		await strategy.connect();
		h.gateway.fault({ kind: 'disconnect', shard: 0, code: 4000 });
		await until(
			() => lines.some((l) => l.msg === 'shard connection closed') && lines.filter((l) => l.status === 'ready').length === 2,
			5000,
		);
		expect(lines).toContainEqual(expect.objectContaining({ level: 30, msg: 'shard status', shardId: 0, status: 'ready' }));
		expect(lines).toContainEqual(expect.objectContaining({ level: 30, msg: 'shard connection closed', code: 4000, action: 'resume' }));
		expect(JSON.stringify(lines)).not.toContain(TOKEN);
	});
});

describe('tracing (OpenTelemetry SDK)', () => {
	it('makes one span per REST attempt with the route template and status; errors marked', async () => {
		const h: RestHarness = await startHarness();
		cleanup.push(() => h.close());
		const { tracer: t, exporter } = tracer();
		traceREST(h.rest, t);
		await h.rest.post(`/channels/${DefaultIds.general}/messages`, { body: { content: 'traced' } });
		await h.rest.get('/channels/1/messages').catch(() => undefined);
		const spans = exporter.getFinishedSpans();
		const create = spans.find((s) => s.name === 'discord.rest POST /channels/{channel_id}/messages');
		expect(create?.attributes).toMatchObject({
			'http.request.method': 'POST',
			'url.template': '/channels/{channel_id}/messages',
			'http.response.status_code': 200,
			'discord.major_parameter': DefaultIds.general,
		});
		expect(create?.status.code).not.toBe(2);
		const missing = spans.find((s) => s.name === 'discord.rest GET /channels/{channel_id}/messages');
		expect(missing?.attributes['http.response.status_code']).toBe(404);
		expect(missing?.status.code).toBe(2);
	});

	it('wraps handlers: a span per call, exceptions recorded, sync and async', async () => {
		const { tracer: t, exporter } = tracer();
		const ok = traced(t, 'messageCreate', (n: number) => n * 2);
		expect(ok(21)).toBe(42);
		const failing = traced(t, 'interactionCreate', async () => {
			throw new Error('boom');
		});
		await expect(failing()).rejects.toThrow('boom');
		const [first, second] = exporter.getFinishedSpans();
		expect(first?.name).toBe('messageCreate');
		expect(second).toMatchObject({ name: 'interactionCreate', status: { code: 2, message: 'boom' } });
		expect(second?.events.map((e) => e.name)).toEqual(['exception']);
	});
});
