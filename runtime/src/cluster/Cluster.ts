import { type ChildProcess, fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import type { ShardSession } from '../gateway/SessionState.js';
import { fetchGatewayBot } from '../gateway/fetchGatewayBot.js';
import { CLUSTER_ENV, CLUSTER_REDIS_ENV, type ClusterAssignment, isClusterMessage } from './_clusterProtocol.js';
import { ClusterError } from './ClusterError.js';
import type { ClusterEventMap, ClusterHealth, ClusterOptions, ClusterProcessStatus, ClusterShardStatus } from './ClusterOptions.js';
import { ClusterSessions } from './_ClusterSessions.js';
import { eventLag } from './eventLag.js';
import { agreeTopology } from './_clusterTopology.js';
import { type ClusterLease, ShardLeases } from './_ShardLeases.js';
import { _apiBase, DEFAULT_API } from '../rest/_apiBase.js';

/** Where the hosts' layout, leases and fences live in Redis. */
const LEASE_PREFIX = 'ovenjs:cluster';

interface Member {
	readonly index: number;
	readonly shardIds: readonly number[];
	child: ChildProcess | undefined;
	state: ClusterProcessStatus['state'];
	restarts: number;
	/** When it was last restarted, within the restart window. */
	readonly recentRestarts: number[];
	timer: NodeJS.Timeout | undefined;
	/** With hosts: this host's lease of the group, while it holds it. */
	lease: ClusterLease | undefined;
	/** Asked to hand its shards over (a rolling restart): its exit is not a crash. */
	handingOver: boolean;
}

/**
 * Runs a bot's shards in several processes on this machine: splits the shards into
 * contiguous ranges, starts one process per range, restarts a process that dies with the
 * sessions it last reported so its shards RESUME (nothing is lost: the gateway replays what
 * was sent in between), and exposes every shard's status. Rate limits and identify pacing
 * across processes are shared through Redis (`RedisRateLimitStore`, `RedisIdentifyThrottler`).
 */
export class Cluster extends EventEmitter<ClusterEventMap> {
	readonly #options: ClusterOptions;
	/** The REST API base, without a version (`https://discord.com/api`). */
	readonly #api: string;
	readonly #members: Member[] = [];
	#sessions = new Map<number, ShardSession>();
	/** Where the sessions outlive this supervisor, with `redis`. */
	readonly #sessionStore: ClusterSessions | undefined;
	readonly #shards = new Map<number, ClusterShardStatus>();
	#leases: ShardLeases | undefined;
	#shardCount = 0;
	#stopping: Promise<void> | undefined;

	public constructor(options: ClusterOptions) {
		super();
		if (!Number.isInteger(options.processes) || options.processes < 1)
			throw new ClusterError('CLUSTER_INVALID_OPTION', `processes must be an integer >= 1, got ${String(options.processes)}.`);
		if (options.shardCount !== 'auto' && (!Number.isInteger(options.shardCount) || options.shardCount < options.processes)) {
			throw new ClusterError(
				'CLUSTER_INVALID_OPTION',
				`shardCount must be 'auto' or an integer >= processes (${options.processes}), got ${String(options.shardCount)}.`,
			);
		}
		if (options.shardCount === 'auto' && options.token === undefined)
			throw new ClusterError('CLUSTER_INVALID_OPTION', "shardCount 'auto' needs the token, to ask GET /gateway/bot.");
		if (options.hosts !== undefined) {
			const { groups, leaseTtlMs = 15_000 } = options.hosts;
			if (options.redis === undefined) throw new ClusterError('CLUSTER_INVALID_OPTION', 'hosts needs redis (where the leases live).');
			if (!Number.isInteger(groups) || groups < 1 || (options.shardCount !== 'auto' && groups > options.shardCount))
				throw new ClusterError('CLUSTER_INVALID_OPTION', `hosts.groups must be an integer from 1 to shardCount, got ${String(groups)}.`);
			if (!(leaseTtlMs >= 300))
				throw new ClusterError('CLUSTER_INVALID_OPTION', `hosts.leaseTtlMs must be a number >= 300, got ${String(leaseTtlMs)}.`);
		}
		if (options.restartWindowMs !== undefined && !(options.restartWindowMs > 0))
			throw new ClusterError('CLUSTER_INVALID_OPTION', `restartWindowMs must be a number > 0, got ${String(options.restartWindowMs)}.`);
		const api = _apiBase(options.api);
		if (typeof api.value !== 'string' || !URL.canParse(api.value))
			throw new ClusterError(
				'CLUSTER_INVALID_OPTION',
				`${api.name} must be an absolute URL such as ${DEFAULT_API}, got ${JSON.stringify(api.value)}.`,
			);
		// A base with a version (`…/api/v10`, as this option once took) is read without it.
		this.#api = api.value.replace(/\/+$/, '').replace(/\/v\d+$/, '');
		this.#options = options;
		this.#sessionStore = options.redis === undefined ? undefined : new ClusterSessions(options.redis);
	}

	/** Resolves the shard count and starts every process. */
	public async start(): Promise<void> {
		if (this.#stopping !== undefined) throw new ClusterError('CLUSTER_STOPPED', 'This cluster was stopped; create a new one.');
		if (this.#members.length > 0) return;
		const { shardCount, token, hosts } = this.#options;
		const auto = async (): Promise<number> => (await fetchGatewayBot(`${this.#api}/v10`, token as string)).shards;
		// Hosts share one layout, stored in Redis by the first: leases are per layout.
		this.#shardCount =
			hosts !== undefined && this.#sessionStore !== undefined
				? (await agreeTopology(this.#sessionStore, LEASE_PREFIX, { shardCount, groups: hosts.groups }, auto)).shardCount
				: shardCount === 'auto'
					? await auto()
					: shardCount;
		// A supervisor that died left its sessions in Redis: its successor's shards RESUME them.
		if (this.#sessionStore !== undefined) this.#sessions = await this.#sessionStore.load(this.#shardCount);
		const processes = Math.min(hosts?.groups ?? this.#options.processes, this.#shardCount);
		const per = Math.ceil(this.#shardCount / processes);
		for (let index = 0; index * per < this.#shardCount; index += 1) {
			const shardIds = Array.from({ length: Math.min(per, this.#shardCount - index * per) }, (_, i) => index * per + i);
			const state = hosts === undefined ? 'running' : 'standby';
			const member: Member = {
				index,
				shardIds,
				child: undefined,
				state,
				restarts: 0,
				recentRestarts: [],
				timer: undefined,
				lease: undefined,
				handingOver: false,
			};
			this.#members.push(member);
			if (hosts === undefined) this.#spawn(member);
		}
		if (hosts === undefined || this.#sessionStore === undefined) return;
		const leaseOptions = {
			prefix: LEASE_PREFIX,
			shardCount: this.#shardCount,
			groups: this.#members.length,
			capacity: this.#options.processes,
		};
		this.#leases = new ShardLeases(
			this.#sessionStore,
			{ ...leaseOptions, ttlMs: hosts.leaseTtlMs ?? 15_000 },
			{
				acquired: (group, lease) => void this.#acquired(group, lease),
				lost: (group) => this.#lost(group),
			},
		);
		await this.#leases.start();
	}

	/** This host now holds a group: start its process with the sessions its last holder stored. */
	async #acquired(group: number, lease: ClusterLease): Promise<void> {
		const member = this.#members[group] as Member;
		member.lease = lease;
		member.recentRestarts.length = 0;
		const stored = (await this.#sessionStore?.load(this.#shardCount)) ?? new Map();
		for (const shardId of member.shardIds) {
			const session = stored.get(shardId);
			if (session === undefined) this.#sessions.delete(shardId);
			else this.#sessions.set(shardId, session);
		}
		if (member.lease === lease && this.#stopping === undefined) this.#spawn(member);
	}

	/** Starts a process again; with hosts, only once its lease is confirmed still this host's. */
	async #restart(member: Member): Promise<void> {
		if (this.#leases !== undefined && !(await this.#leases.confirm(member.index))) return;
		if (this.#stopping === undefined) this.#spawn(member);
	}

	/** This host lost a group: its process stops at once, its sessions left resumable for the new holder. */
	#lost(group: number): void {
		const member = this.#members[group] as Member;
		member.lease = undefined;
		member.state = 'standby';
		clearTimeout(member.timer);
		member.child?.kill('SIGKILL');
	}

	/** Each process and its shards, as last reported. */
	public status(): ClusterProcessStatus[] {
		return this.#members.map((m) => ({
			index: m.index,
			pid: m.child?.pid,
			state: m.state,
			restarts: m.restarts,
			shards: m.shardIds.map((shardId) => this.#shards.get(shardId) ?? { shardId, status: 'idle', latencyMs: null }),
		}));
	}

	/** The processes, how many shards are ready, and whether Redis answers. */
	public async health(): Promise<ClusterHealth> {
		const processes = this.status();
		// With hosts, this host answers for the groups it holds.
		const shards = processes.filter((p) => p.state !== 'standby').flatMap((p) => p.shards);
		const ready = shards.filter((s) => s.status === 'ready').length;
		const redis = this.#sessionStore === undefined ? 'unused' : (await this.#sessionStore.reachable()) ? 'up' : 'down';
		const events = redis === 'up' ? await eventLag(this.#sessionStore as ClusterSessions).catch(() => undefined) : undefined;
		return {
			ready: shards.length > 0 && ready === shards.length && redis !== 'down',
			shards: { ready, total: shards.length },
			redis,
			...(events === undefined ? {} : { events }),
			processes,
		};
	}

	/**
	 * Restarts the processes one at a time with no event lost: each closes its shards
	 * resumable and reports their last seqs, a new process RESUMEs them (the gateway replays
	 * what came meanwhile), and the next starts once its shards are ready. For a new version of
	 * the bot; `oven cluster` does it on SIGHUP. Resolves when every process has been replaced;
	 * rejects with `CLUSTER_RESTART_TIMEOUT` if a process's shards are not ready within
	 * `timeoutMs` (default 60 s), leaving the rest as they are.
	 */
	public async rollingRestart(timeoutMs = 60_000): Promise<void> {
		for (const member of this.#members) {
			const child = member.child;
			if (this.#stopping !== undefined) return;
			if (child === undefined || child.exitCode !== null || child.signalCode !== null || !child.connected) continue;
			member.handingOver = true;
			const deadline = Date.now() + timeoutMs;
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.send({ oven: 'cluster', kind: 'handover' });
			const kill = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
			await exited;
			clearTimeout(kill);
			await new Promise<void>((resolve, reject) => {
				const check = (): void => {
					const ready = member.child !== child && member.shardIds.every((id) => this.#shards.get(id)?.status === 'ready');
					if (ready || this.#stopping !== undefined) done(resolve);
					else if (Date.now() > deadline)
						done(() =>
							reject(
								new ClusterError(
									'CLUSTER_RESTART_TIMEOUT',
									`Process ${member.index}'s shards were not ready within ${timeoutMs} ms of its restart; the rolling restart stopped there.`,
								),
							),
						);
				};
				const timer = setInterval(check, 100);
				const done = (settle: () => void): void => {
					clearInterval(timer);
					this.off('shardStatus', check);
					settle();
				};
				this.on('shardStatus', check);
				check();
			});
		}
	}

	/** Sends a message of the bot's own to one process. */
	public send(index: number, message: unknown): void {
		const child = this.#members[index]?.child;
		if (child?.connected === true) child.send(message as object);
	}

	/** Asks every process to stop, kills those still running after `timeoutMs` (default 10 s). Idempotent. */
	public stop(timeoutMs = 10_000): Promise<void> {
		this.#stopping ??= Promise.all(
			this.#members.map(async (member) => {
				clearTimeout(member.timer);
				member.state = 'stopped';
				const child = member.child;
				if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
				const exited = new Promise((resolve) => child.once('exit', resolve));
				if (child.connected) child.send({ oven: 'cluster', kind: 'stop' });
				const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
				await exited;
				clearTimeout(timer);
			}),
		).then(async () => {
			// The processes closed their sessions: none is left to resume.
			if (this.#leases !== undefined) {
				const held = this.#members.filter((m) => this.#leases?.holds(m.index) === true);
				await this.#sessionStore?.clear(
					this.#shardCount,
					held.flatMap((m) => m.shardIds),
				);
				await this.#leases.stop();
			} else if (this.#members.length > 0) await this.#sessionStore?.clear(this.#shardCount);
			await this.#sessionStore?.close();
		});
		return this.#stopping;
	}

	#spawn(member: Member): void {
		const sessions: Record<number, ShardSession> = {};
		for (const shardId of member.shardIds) {
			const session = this.#sessions.get(shardId);
			if (session !== undefined) sessions[shardId] = session;
		}
		const assignment: ClusterAssignment = {
			index: member.index,
			shardIds: member.shardIds,
			shardCount: this.#shardCount,
			sessions,
			...(member.lease === undefined ? {} : { lease: member.lease }),
		};
		const child = fork(this.#options.script, [], {
			execArgv: [...(this.#options.execArgv ?? process.execArgv)],
			env: {
				...process.env,
				OVEN_API_URL: this.#api,
				...this.#options.env,
				[CLUSTER_ENV]: JSON.stringify(assignment),
				...(this.#options.redis === undefined ? {} : { [CLUSTER_REDIS_ENV]: this.#options.redis }),
			},
		});
		member.child = child;
		member.state = 'running';
		child.once('spawn', () => this.emit('processStart', member.index, child.pid as number));
		child.on('message', (message) => {
			if (!isClusterMessage(message)) {
				this.emit('message', member.index, message);
				return;
			}
			if (message.kind === 'session') {
				this.#sessions.set(message.shardId, message.session);
				this.#sessionStore?.save(this.#shardCount, message.shardId, message.session, member.lease);
			} else if (message.kind === 'status') {
				this.#shards.set(message.shardId, { shardId: message.shardId, status: message.status, latencyMs: message.latencyMs });
				this.emit('shardStatus', message.shardId, message.status);
			}
		});
		child.once('exit', (code, signal) => this.#onExit(member, child, code, signal));
	}

	#onExit(member: Member, child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
		if (member.child !== child) return;
		for (const shardId of member.shardIds) this.#shards.set(shardId, { shardId, status: 'reconnecting', latencyMs: null });
		const now = Date.now();
		const windowStart = now - (this.#options.restartWindowMs ?? 60_000);
		while ((member.recentRestarts[0] ?? now) < windowStart) member.recentRestarts.shift();
		const held = this.#leases === undefined || member.lease !== undefined;
		const handedOver = member.handingOver;
		member.handingOver = false;
		const restarting =
			this.#stopping === undefined && held && (handedOver || member.recentRestarts.length < (this.#options.maxRestarts ?? 10));
		this.emit('processExit', member.index, code, signal, restarting);
		if (this.#stopping !== undefined || !held) return;
		if (handedOver) {
			member.state = 'restarting';
			void this.#restart(member);
			return;
		}
		if (!restarting) {
			member.state = 'failed';
			const error = new ClusterError(
				'CLUSTER_PROCESS_FAILED',
				`Process ${member.index} (shards ${member.shardIds.join(', ')}) died ${member.recentRestarts.length + 1} times within ${this.#options.restartWindowMs ?? 60_000} ms; it is not restarted again (maxRestarts, restartWindowMs).`,
			);
			if (this.listenerCount('error') > 0) this.emit('error', error);
			return;
		}
		member.state = 'restarting';
		member.restarts += 1;
		member.recentRestarts.push(now);
		member.timer = setTimeout(() => void this.#restart(member), this.#options.restartDelayMs ?? 1000);
	}
}
