/**
 * The world of the gateway benchmark: GUILDS guilds, each with one text channel and
 * MEMBERS members who are distinct users (so no library can share a user between guilds),
 * and the MESSAGE_CREATE payloads of the flood, spread over every guild.
 */
import type { GatewayMessageCreateDispatchData } from 'discord-api-types/v10';
import type { Scenario } from '../../mock-discord/src/index.js';

const BASE = 1_000_000_000_000_000_000n;
export const BOT_ID = String(BASE + 1n);
const guildId = (g: number): string => String(BASE + 1_000_000n + BigInt(g) * 1_000n);
/** The text channel of guild `g`. */
export const channelId = (g: number): string => String(BASE + 1_000_000n + BigInt(g) * 1_000n + 1n);
const userId = (g: number, m: number): string => String(BASE + 10_000_000n + BigInt(g * 1_000 + m));

export interface WorldSize {
	readonly guilds: number;
	readonly members: number;
	/** `max_concurrency` the mock reports and enforces. Default 1. */
	readonly maxConcurrency?: number;
}

export function gatewayScenario({ guilds, members, maxConcurrency = 1 }: WorldSize): Scenario {
	const users = [];
	const guildList = [];
	for (let g = 0; g < guilds; g += 1) {
		const memberList = [];
		for (let m = 0; m < members; m += 1) {
			users.push({ id: userId(g, m), username: `user-${g}-${m}` });
			memberList.push({ user_id: userId(g, m) });
		}
		guildList.push({
			id: guildId(g),
			name: `guild ${g}`,
			owner_id: userId(g, 0),
			channels: [{ id: channelId(g), name: 'general', type: 0 }],
			members: memberList,
		});
	}
	return {
		bot: { id: BOT_ID, username: 'bench-bot' },
		application: { id: BOT_ID, name: 'bench' },
		users,
		guilds: guildList,
		gateway: { maxConcurrency },
	} as Scenario;
}

/**
 * The `n`-th message of the flood: in guild `n % guilds`, written by each of its members in
 * turn (`n % members` would give each guild one author whenever `members` divides `guilds`:
 * a few hundred users, always in the CPU cache, instead of every member).
 */
export function floodMessage(n: number, { guilds, members }: WorldSize): { data: GatewayMessageCreateDispatchData; guildId: string } {
	const g = n % guilds;
	const m = Math.floor(n / guilds) % members;
	const author = userId(g, m);
	const data = {
		id: String(BASE + 100_000_000n + BigInt(n)),
		channel_id: channelId(g),
		guild_id: guildId(g),
		author: { id: author, username: `user-${g}-${m}`, discriminator: '0', global_name: null, avatar: null },
		member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
		content: `message ${n} with a little text in it, like a real one`,
		timestamp: '2026-11-24T12:00:00.000Z',
		edited_timestamp: null,
		tts: false,
		mention_everyone: false,
		mentions: [],
		mention_roles: [],
		attachments: [],
		embeds: [],
		pinned: false,
		type: 0,
	} as unknown as GatewayMessageCreateDispatchData;
	return { data, guildId: guildId(g) };
}
