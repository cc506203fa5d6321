/**
 * Worker: connects `shards` WebSocket sessions to the mock's gateway as shards [i, total]
 * and counts the dispatches they receive until `expected` have arrived.
 */
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

export interface GatewayLoadInput {
	readonly url: string;
	readonly token: string;
	readonly shards: number;
	readonly intents: number;
}

const input = workerData as GatewayLoadInput;
let dispatches = 0;
let expected = Number.POSITIVE_INFINITY;
let readyCount = 0;

function connect(shard: number): WebSocket {
	const socket = new WebSocket(`${input.url}?v=10&encoding=json`);
	socket.on('message', (raw: Buffer) => {
		const packet = JSON.parse(raw.toString()) as { op: number; t?: string };
		if (packet.op === 10) {
			socket.send(
				JSON.stringify({
					op: 2,
					d: {
						token: input.token,
						intents: input.intents,
						shard: [shard, input.shards],
						properties: { os: 'linux', browser: 'bench', device: 'bench' },
					},
				}),
			);
		} else if (packet.op === 0 && packet.t === 'READY') {
			if (++readyCount === input.shards) parentPort?.postMessage({ ready: true });
		} else if (packet.op === 0 && packet.t === 'MESSAGE_CREATE') {
			if (++dispatches === expected) parentPort?.postMessage({ done: dispatches });
		}
	});
	return socket;
}

const sockets = Array.from({ length: input.shards }, (_, shard) => connect(shard));
parentPort?.on('message', (message: { expect?: number; close?: boolean }) => {
	if (message.expect !== undefined) {
		expected = dispatches + message.expect;
		if (dispatches >= expected) parentPort?.postMessage({ done: dispatches });
	}
	if (message.close) {
		for (const socket of sockets) socket.close(1000);
		parentPort?.close();
	}
});
