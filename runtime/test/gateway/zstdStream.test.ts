import type { Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockDiscord, DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';
import { InMemoryIdentifyThrottler, NODE_FEATURES, NodeVersionError, nodeSupports, Shard, ZstdStreamDecompressor } from 'ovenjs';

const supported = nodeSupports('zstdStream');
if (!supported)
	console.warn(
		`\n!!! zstd-stream: SKIPPED the decompression tests on Node.js ${process.versions.node} (needs ${NODE_FEATURES.zstdStream.minimum}: ${NODE_FEATURES.zstdStream.why}); only the Node-version error is tested. CI runs them on Node 24.\n`,
	);

/** GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT. */
const INTENTS = 1 | (1 << 9) | (1 << 15);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Compressor = Transform & { flush(kind: number, callback: () => void): void; close(): void };

/** Discord's side of zstd-stream: one context, ZSTD_e_flush (1) after each message. */
function zstdStream(): { compress(text: string): Promise<Buffer>; close(): void } {
	const stream = (zlib as unknown as { createZstdCompress(): Compressor }).createZstdCompress();
	let chunks: Buffer[] = [];
	stream.on('data', (chunk: Buffer) => chunks.push(chunk));
	return {
		compress: (text) =>
			new Promise((resolve) => {
				stream.write(text);
				stream.flush(1, () => {
					resolve(Buffer.concat(chunks));
					chunks = [];
				});
			}),
		close: () => stream.close(),
	};
}

let mock: MockDiscord | undefined;
let shard: Shard | undefined;
afterEach(async () => {
	await shard?.destroy();
	await mock?.close();
	mock = shard = undefined;
});

describe.runIf(!supported)('zstd-stream on a Node.js without zstd', () => {
	it('fails with the typed Node-version error, from the decompressor and from a shard asking for it', () => {
		const attempt = () =>
			new ZstdStreamDecompressor(
				() => {},
				() => {},
			);
		expect(attempt).toThrow(NodeVersionError);
		expect(attempt).toThrow(/zstdStream needs Node\.js 22\.15\.0 or newer/);
		let error: unknown;
		try {
			new Shard({ token: 'a.b.c', intents: INTENTS, gatewayUrl: 'ws://127.0.0.1:1', compression: 'zstd-stream' });
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(NodeVersionError);
		expect(error).toMatchObject({ code: 'NODE_VERSION_UNSUPPORTED', feature: 'zstdStream', required: '22.15.0' });
	});
});

describe.runIf(supported).each([
	{ mode: 'synchronous (default)', synchronous: undefined },
	{ mode: 'stream API (the fallback)', synchronous: false },
])('ZstdStreamDecompressor, $mode', ({ synchronous }) => {
	const options = synchronous === undefined ? {} : { synchronous };

	it('decompresses each frame to its message, in order, a message far past the 64 KiB buffer whole', async () => {
		const stream = zstdStream();
		const texts = [
			JSON.stringify({ op: 0, s: 1, d: { content: 'first' } }),
			JSON.stringify({ op: 0, s: 2, d: { pad: [...Array(40_000).keys()].join(',') } }),
			JSON.stringify({ op: 0, s: 3, d: { content: 'first' } }),
		];
		const frames: Buffer[] = [];
		for (const text of texts) frames.push(await stream.compress(text));
		// The shared context: the third message repeats the first and costs fewer bytes.
		expect((frames[2] as Buffer).length).toBeLessThan((frames[0] as Buffer).length);
		const out: string[] = [];
		const decompressor = new ZstdStreamDecompressor(
			(m) => out.push(m.toString('utf8')),
			(e) => out.push(`error ${e.message}`),
			options,
		);
		expect(decompressor.synchronous).toBe(synchronous !== false);
		for (const frame of frames) decompressor.push(frame);
		if (synchronous === false) await sleep(50);
		expect(out).toEqual(texts);
		decompressor.close();
		decompressor.close();
		stream.close();
	});

	it('reports a message past maxMessageBytes, and a corrupt stream, once each', async () => {
		const stream = zstdStream();
		const errors: string[] = [];
		const messages: Buffer[] = [];
		const big = new ZstdStreamDecompressor(
			(m) => messages.push(m),
			(e) => errors.push(e.message),
			{ ...options, maxMessageBytes: 100_000 },
		);
		const frame = await stream.compress(JSON.stringify({ op: 0, d: 'x'.repeat(300_000) }));
		expect(frame.length).toBeLessThan(2000);
		big.push(frame);
		big.push(frame);
		const corrupt = new ZstdStreamDecompressor(
			(m) => messages.push(m),
			(e) => errors.push(`corrupt: ${e.message}`),
			options,
		);
		corrupt.push(Buffer.from('not zstd at all'));
		corrupt.push(Buffer.from('not zstd at all'));
		await sleep(50);
		// Two decompressors: in the fallback their errors may come in either order.
		expect(errors).toHaveLength(2);
		expect(errors).toEqual(expect.arrayContaining([expect.stringContaining('maxMessageBytes'), expect.stringMatching(/^corrupt: /)]));
		expect(messages).toHaveLength(0);
		big.close();
		corrupt.close();
		stream.close();
	});
});

describe.runIf(supported)('a Shard with zstd-stream against the mock', () => {
	it('asks for compress=zstd-stream, gets READY and the guild, then a message sent through the mock', async () => {
		const log: string[] = [];
		mock = await createMockDiscord({ log: (line) => log.push(line) });
		const dispatched: string[] = [];
		let content: string | undefined;
		shard = new Shard({
			token: mock.token,
			intents: INTENTS,
			gatewayUrl: mock.gateway,
			compression: 'zstd-stream',
			identifyThrottler: new InMemoryIdentifyThrottler({ windowMs: 0 }),
			helloTimeout: 5000,
			readyTimeout: 5000,
		});
		shard.on('dispatch', (payload) => {
			dispatched.push(payload.t);
			if (payload.t === 'MESSAGE_CREATE') content = payload.d.content;
		});
		await shard.connect();
		const deadline = Date.now() + 10_000;
		while (!dispatched.includes('GUILD_CREATE') && Date.now() < deadline) await sleep(20);
		expect(dispatched.slice(0, 2)).toEqual(['READY', 'GUILD_CREATE']);
		await mock.sendMessage({ author_id: DefaultIds.carol, channel_id: DefaultIds.general, content: 'over zstd' });
		while (content === undefined && Date.now() < deadline) await sleep(20);
		expect(content).toBe('over zstd');
		expect(log).toContain('gateway connection opened (zstd-stream)');
	});
});
