import { ScenarioError } from '../errors/ScenarioError.js';
import { ReplayError } from '../errors/ReplayError.js';
import type { Scenario, ScenarioChannel, ScenarioGuild, ScenarioUser } from '../world/Scenario.js';
import { validateScenario } from '../world/validateScenario.js';
import type { RecordedStart } from './readRecording.js';

type Json = Readonly<Record<string, unknown>>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: Json, key: string): string | undefined => (typeof o[key] === 'string' ? o[key] : undefined);
const list = (o: Json, key: string): Json[] => (Array.isArray(o[key]) ? (o[key] as unknown[]).filter(isRecord) : []);
/** `{ [key]: value }` when value is defined, else nothing (exactOptionalPropertyTypes). */
function only<K extends string>(key: K, value: string | undefined): { [P in K]: string } | Record<string, never> {
	return value === undefined ? {} : ({ [key]: value } as { [P in K]: string });
}
const CHANNEL_TYPES = new Set([0, 2, 4, 5, 10, 11, 12, 13, 15]);
const THREAD_TYPES = new Set([10, 11, 12]);

/** Every user object anywhere in `value` (members, authors, mentions, interaction users), by id. */
function collectUsers(value: unknown, into: Map<string, ScenarioUser>, depth = 0): void {
	if (depth > 12) return;
	if (Array.isArray(value)) {
		for (const item of value) collectUsers(item, into, depth + 1);
		return;
	}
	if (!isRecord(value)) return;
	const id = str(value, 'id');
	const username = str(value, 'username');
	if (id !== undefined && username !== undefined && username.length >= 2 && username.length <= 32 && /^\d{1,20}$/.test(id)) {
		const globalName = value['global_name'];
		into.set(id, {
			id,
			username,
			...(typeof globalName === 'string' || globalName === null ? { global_name: globalName } : {}),
			...(value['bot'] === true ? { bot: true } : {}),
		});
	}
	for (const item of Object.values(value)) if (typeof item === 'object') collectUsers(item, into, depth + 1);
}

function channelsOf(guild: Json): ScenarioChannel[] {
	const raw = [...list(guild, 'channels'), ...list(guild, 'threads')].filter((c) => CHANNEL_TYPES.has(c['type'] as number));
	const ids = new Set(raw.map((c) => str(c, 'id')));
	const channels: ScenarioChannel[] = [];
	for (const c of raw) {
		const parent = str(c, 'parent_id');
		const hasParent = parent !== undefined && ids.has(parent);
		if (THREAD_TYPES.has(c['type'] as number) && !hasParent) continue;
		const overwrites = list(c, 'permission_overwrites').map((o) => ({
			id: str(o, 'id') ?? '',
			type: o['type'] === 1 ? (1 as const) : (0 as const),
			allow: str(o, 'allow') ?? '0',
			deny: str(o, 'deny') ?? '0',
		}));
		channels.push({
			...only('id', str(c, 'id')),
			name: str(c, 'name') ?? 'channel',
			type: c['type'] as ScenarioChannel['type'],
			...(hasParent ? { parent_id: parent } : {}),
			...only('topic', str(c, 'topic')),
			...(typeof c['position'] === 'number' ? { position: c['position'] } : {}),
			...(c['nsfw'] === true ? { nsfw: true } : {}),
			...(overwrites.length === 0 ? {} : { permission_overwrites: overwrites }),
		});
	}
	return channels;
}

function guildOf(guild: Json, users: ReadonlyMap<string, ScenarioUser>): ScenarioGuild {
	const id = str(guild, 'id') as string;
	const roles = list(guild, 'roles');
	const everyone = roles.find((r) => r['id'] === id);
	const roleIds = new Set(roles.map((r) => str(r, 'id')));
	roleIds.add(id);
	const known = (o: { id: string; type: 0 | 1 }): boolean => (o.type === 0 ? roleIds.has(o.id) : users.has(o.id));
	const channels = channelsOf(guild).map((c) => {
		const overwrites = c.permission_overwrites?.filter(known);
		const { permission_overwrites: _, ...rest } = c;
		return overwrites === undefined || overwrites.length === 0 ? rest : { ...rest, permission_overwrites: overwrites };
	});
	const members = list(guild, 'members')
		.map((m) => ({ m, userId: isRecord(m['user']) ? str(m['user'], 'id') : undefined }))
		.filter((x): x is { m: Json; userId: string } => x.userId !== undefined && users.has(x.userId))
		.map(({ m, userId }) => ({
			user_id: userId,
			roles: (Array.isArray(m['roles']) ? m['roles'] : []).filter((r): r is string => typeof r === 'string' && roleIds.has(r)),
			...(typeof m['nick'] === 'string' || m['nick'] === null ? { nick: m['nick'] } : {}),
		}));
	const owner = str(guild, 'owner_id');
	const tier = guild['premium_tier'];
	return {
		id,
		name: (str(guild, 'name') ?? 'guild').padEnd(2, '_').slice(0, 100),
		...(owner !== undefined && users.has(owner) ? { owner_id: owner } : {}),
		...only('everyone_permissions', everyone === undefined ? undefined : str(everyone, 'permissions')),
		roles: roles
			.filter((r) => r['id'] !== id && str(r, 'permissions') !== undefined)
			.map((r) => ({
				...only('id', str(r, 'id')),
				name: str(r, 'name') || 'role',
				permissions: str(r, 'permissions') as string,
				...(typeof r['color'] === 'number' ? { color: r['color'] } : {}),
				...(typeof r['position'] === 'number' ? { position: r['position'] } : {}),
				...(r['hoist'] === true ? { hoist: true } : {}),
				...(r['mentionable'] === true ? { mentionable: true } : {}),
			})),
		channels,
		members,
		...(tier === 0 || tier === 1 || tier === 2 || tier === 3 ? { premium_tier: tier } : {}),
		emojis: list(guild, 'emojis')
			.filter((e) => /^[A-Za-z0-9_]{2,32}$/.test(str(e, 'name') ?? ''))
			.map((e) => ({ ...only('id', str(e, 'id')), name: str(e, 'name') as string, animated: e['animated'] === true })),
	};
}

/**
 * The world a recording saw, as a scenario: the bot and application of its READY, the guilds
 * of its GUILD_CREATEs (roles, channels and threads, members, emojis) and every user any
 * recorded payload names. What the scenario format cannot hold (a channel type it lacks, an
 * overwrite for a user never seen) is left out; REST calls about it are answered from the
 * recording or, when it has no answer, as the mock's world knows it.
 */
export function scenarioFromRecording(start: RecordedStart, everything: unknown, source: string): Scenario {
	const ready = start.ready;
	const bot = isRecord(ready['user']) ? ready['user'] : {};
	const botId = str(bot, 'id');
	const application = isRecord(ready['application']) ? str(ready['application'], 'id') : undefined;
	const users = new Map<string, ScenarioUser>();
	collectUsers([start.guilds, everything], users);
	if (botId !== undefined) users.delete(botId);
	const usersWithBot = new Map(users);
	if (botId !== undefined) usersWithBot.set(botId, { id: botId, username: str(bot, 'username') ?? 'bot' });
	const scenario = {
		...(application === undefined ? {} : { application: { id: application } }),
		bot: {
			...(botId === undefined ? {} : { id: botId }),
			...((str(bot, 'username')?.length ?? 0) >= 2 ? { username: str(bot, 'username') } : {}),
		},
		users: [...users.values()],
		guilds: start.guilds.filter((g) => str(g, 'id') !== undefined).map((g) => guildOf(g, usersWithBot)),
		gateway: { shards: start.shardCount },
	};
	try {
		return validateScenario(scenario, `the world recorded in ${source}`);
	} catch (error) {
		if (!(error instanceof ScenarioError)) throw error;
		throw new ReplayError('MOCK_REPLAY_INVALID', error.message, { cause: error });
	}
}
