import type { Inspector } from 'ovenjs';
import type { GatewayReceivePayload, GatewaySendPayload } from 'discord-api-types/v10';
import type { DiscordJsClient, GatewayManagerLike, ShardLike } from './_discordJs.js';

/** A client being inspected, and the gateway manager it turned out to use. */
interface Watched {
	readonly client: DiscordJsClient;
	readonly inspector: Inspector;
	manager: unknown;
}

const watched = new Set<Watched>();
const patched = new WeakSet<object>();

const isPayload = (value: unknown): value is GatewayReceivePayload | GatewaySendPayload =>
	typeof value === 'object' && value !== null && typeof (value as { op?: unknown }).op === 'number';

/** The inspected client a shard belongs to (through its manager, which discord.js makes at login). */
function watcherOf(shard: ShardLike): Watched | undefined {
	const manager = shard.strategy?.manager;
	if (manager === undefined) return undefined;
	for (const entry of watched) {
		if (entry.manager === manager) return entry;
		if (entry.manager === undefined && (entry.client.ws as { _ws?: unknown })._ws === manager) {
			entry.manager = manager;
			follow(manager as GatewayManagerLike, entry.inspector);
			return entry;
		}
	}
	return undefined;
}

/** Shard status and heartbeat latency, from the manager's events. */
function follow(manager: GatewayManagerLike, inspector: Inspector): void {
	const latencies = new Map<number, number>();
	const statuses = new Map<number, string>();
	const publish = (shardId: number, status: string): void => {
		statuses.set(shardId, status);
		inspector.publish({ type: 'shard', shardId, status, latencyMs: latencies.get(shardId) ?? null, at: Date.now() });
	};
	manager.on('hello', ({ shardId }) => publish(shardId, 'identifying'));
	manager.on('ready', ({ shardId }) => publish(shardId, 'ready'));
	manager.on('resumed', ({ shardId }) => publish(shardId, 'ready'));
	manager.on('closed', ({ shardId }) => publish(shardId, 'reconnecting'));
	manager.on('heartbeat', ({ shardId, latency }) => {
		latencies.set(shardId, latency);
		publish(shardId, statuses.get(shardId) ?? 'ready');
	});
}

/**
 * Wraps @discordjs/ws's `WebSocketShard` (once per copy of the module) so that every payload a
 * shard decodes and every payload it sends reach the inspector of the client it belongs to:
 * HELLO, heartbeats and their ACKs, IDENTIFY (its token redacted by the inspector), dispatches.
 * Shards run in worker threads (`WorkerShardingStrategy`) are not seen.
 */
export function patchShards(shardClass: { readonly prototype: ShardLike }): void {
	const proto = shardClass.prototype;
	if (patched.has(proto)) return;
	patched.add(proto);
	const unpack = proto.unpackMessage;
	const send = proto.send;
	proto.unpackMessage = async function (this: ShardLike, data: unknown, isBinary: boolean): Promise<unknown> {
		const payload = await unpack.call(this, data, isBinary);
		if (isPayload(payload)) watcherOf(this)?.inspector.publishPacket(this.id, { direction: 'in', payload, at: Date.now() });
		return payload;
	};
	proto.send = function (this: ShardLike, payload: unknown): Promise<void> {
		if (isPayload(payload)) watcherOf(this)?.inspector.publishPacket(this.id, { direction: 'out', payload, at: Date.now() });
		return send.call(this, payload);
	};
}

/** Starts routing a client's shards to `inspector`; returns a function that stops it. */
export function watchGateway(client: DiscordJsClient, inspector: Inspector): () => void {
	const entry: Watched = { client, inspector, manager: undefined };
	watched.add(entry);
	return () => void watched.delete(entry);
}
