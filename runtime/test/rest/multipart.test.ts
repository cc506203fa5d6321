import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Routes } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { REST } from '../../src/index.js';
import { DefaultIds, startHarness, type Harness } from './_mock.js';

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

let harness: Harness | undefined;
let dir: string | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
	if (dir !== undefined) await rm(dir, { recursive: true, force: true });
	dir = undefined;
});

describe('multipart uploads', () => {
	it('sends a Buffer, a stream and a path as files[n] with payload_json, received intact', async () => {
		harness = await startHarness();
		const { rest, mock } = harness;
		dir = await mkdtemp(join(tmpdir(), 'oven-rest-'));
		const onDisk = Buffer.alloc(70_000, 7);
		const path = join(dir, 'disk.bin');
		await writeFile(path, onDisk);
		const inMemory = Buffer.from('hello from memory');
		const streamed = Buffer.alloc(50_000, 3);

		const message = await rest.post(Routes.channelMessages(DefaultIds.general), {
			body: { content: 'three files' },
			files: [
				{ name: 'memory.txt', data: inMemory, contentType: 'text/plain' },
				{ name: 'stream.bin', stream: Readable.from([streamed.subarray(0, 20_000), streamed.subarray(20_000)]) },
				{ name: 'disk.bin', path },
			],
		});
		expect(message.content).toBe('three files');
		expect(message.attachments.map((a) => [a.filename, a.size])).toEqual([
			['memory.txt', inMemory.length],
			['stream.bin', streamed.length],
			['disk.bin', onDisk.length],
		]);
		expect(message.attachments[0]?.content_type).toBe('text/plain');
		const logged = (await mock.requests()).at(-1);
		expect(logged?.body).toMatchObject({ content: 'three files' });
	});

	it('resends the same files on a retry', async () => {
		harness = await startHarness({ rest: { retryNonIdempotent: true } });
		const { rest, mock } = harness;
		await mock.fault({ kind: 'server_error', route: 'POST /channels/{channel_id}/messages', status: 502, count: 1 });
		const message = await rest.post(Routes.channelMessages(DefaultIds.general), {
			body: { content: 'retried' },
			files: [{ name: 's.bin', stream: Readable.from([Buffer.alloc(1234, 1)]) }],
		});
		expect(message.attachments[0]?.size).toBe(1234);
	});

	it('delivers every byte: a loopback server hashes what it parsed', async () => {
		const server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (c: Buffer) => chunks.push(c));
			req.on('end', () => {
				void (async () => {
					const form = await new Response(Buffer.concat(chunks), {
						headers: { 'content-type': req.headers['content-type'] ?? '' },
					}).formData();
					const files: [string, string, string][] = [];
					for (const [key, value] of form) {
						if (typeof value !== 'string') files.push([key, value.name, sha(new Uint8Array(await value.arrayBuffer()))]);
					}
					res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ files, payload: form.get('payload_json') }));
				})();
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		const rest = new REST({ api: `http://127.0.0.1:${port}/api`, token: 't' });
		try {
			const a = Buffer.from(Array.from({ length: 100_000 }, (_, i) => i % 251));
			const b = Buffer.from('second file');
			const result = (await rest.post('/channels/1/messages', {
				body: { content: 'hashes' },
				files: [
					{ name: 'a.bin', stream: Readable.from([a.subarray(0, 33_333), a.subarray(33_333)]) },
					{ name: 'b.txt', data: b },
				],
			})) as unknown as { files: [string, string, string][]; payload: string };
			expect(result.files).toEqual([
				['files[0]', 'a.bin', sha(a)],
				['files[1]', 'b.txt', sha(b)],
			]);
			expect(JSON.parse(result.payload)).toEqual({ content: 'hashes' });
		} finally {
			await rest.destroy();
			await new Promise((resolve) => server.close(resolve));
		}
	});
});
