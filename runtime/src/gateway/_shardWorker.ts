/**
 * Entry point of a shard worker thread (started by {@link WorkerShardingStrategy}).
 * @internal
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ShardWorkerHost } from './_ShardWorkerHost.js';
import type { ShardWorkerData } from './_shardWorkerProtocol.js';

if (parentPort === null) throw new Error('ovenjs: _shardWorker is a worker_threads entry point; WorkerShardingStrategy starts it.');
new ShardWorkerHost(parentPort, workerData as ShardWorkerData);
