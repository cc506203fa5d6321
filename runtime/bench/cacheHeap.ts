// Heap used by the cache for the same gateway data in OvenJS and in discord.js v14:
// GUILDS guilds × MEMBERS members via GUILD_CREATE, then a MESSAGE_CREATE flood.
// Each side runs in its own child process so neither sees the other's garbage. Memory is
// heap used + ArrayBuffers after a full GC; CPU is that of the cache's `apply` (discord.js:
// `guilds._add` / `actions.MessageCreate`) alone, payloads parsed outside the timed part.
//   node --expose-gc --import tsx runtime/bench/cacheHeap.ts
// Env: GUILDS (1000), MEMBERS (100), MESSAGES per guild channel (50).
// OvenJS runs from the built runtime/dist (what users run), rebuilt first with `tsc -b`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const GUILDS = Number(process.env.GUILDS ?? 1000);
const MEMBERS = Number(process.env.MEMBERS ?? 100);
const MESSAGES = Number(process.env.MESSAGES ?? 50);
const CHANNELS = 10;
const ROLES = 5;

const id = (kind: number, n: number): string => String((BigInt(kind) << 50n) + BigInt(n) + 100_000_000_000_000_000n);

/** A GUILD_CREATE as JSON text, as it comes off the wire. */
function guildJson(g: number): string {
	const guildId = id(1, g);
	const roles = Array.from({ length: ROLES }, (_, r) => ({
		id: r === 0 ? guildId : id(2, g * ROLES + r),
		name: r === 0 ? '@everyone' : `role ${r}`,
		color: 0,
		colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
		hoist: false,
		icon: null,
		unicode_emoji: null,
		position: r,
		permissions: '1071698660929',
		managed: false,
		mentionable: false,
		flags: 0,
	}));
	const channels = Array.from({ length: CHANNELS }, (_, c) => ({
		id: id(3, g * CHANNELS + c),
		type: 0,
		name: `channel-${c}`,
		position: c,
		permission_overwrites: [],
		nsfw: false,
		parent_id: null,
		topic: null,
		last_message_id: null,
		rate_limit_per_user: 0,
		flags: 0,
	}));
	const members = Array.from({ length: MEMBERS }, (_, m) => ({
		user: {
			id: id(4, g * MEMBERS + m),
			username: `user${g}_${m}`,
			discriminator: '0',
			global_name: `User ${m}`,
			avatar: null,
			public_flags: 0,
			avatar_decoration_data: null,
			primary_guild: null,
			collectibles: null,
		},
		nick: m % 5 === 0 ? `nick${m}` : null,
		avatar: null,
		banner: null,
		roles: roles.slice(1, 1 + (m % 3)).map((r) => r.id),
		joined_at: '2024-01-01T00:00:00.000000+00:00',
		premium_since: null,
		deaf: false,
		mute: false,
		pending: false,
		flags: 0,
		communication_disabled_until: null,
	}));
	return JSON.stringify({
		op: 0,
		s: g + 2,
		t: 'GUILD_CREATE',
		d: {
			id: guildId,
			name: `Guild ${g}`,
			icon: null,
			splash: null,
			discovery_splash: null,
			owner_id: id(4, g * MEMBERS),
			afk_channel_id: null,
			afk_timeout: 300,
			verification_level: 1,
			default_message_notifications: 1,
			explicit_content_filter: 0,
			roles,
			emojis: [],
			features: ['COMMUNITY', 'NEWS'],
			mfa_level: 0,
			application_id: null,
			system_channel_id: channels[0]?.id,
			system_channel_flags: 0,
			rules_channel_id: null,
			vanity_url_code: null,
			description: null,
			banner: null,
			premium_tier: 0,
			premium_subscription_count: 0,
			preferred_locale: 'en-US',
			public_updates_channel_id: null,
			nsfw_level: 0,
			stickers: [],
			premium_progress_bar_enabled: false,
			joined_at: '2024-01-01T00:00:00.000000+00:00',
			large: false,
			unavailable: false,
			member_count: MEMBERS,
			voice_states: [],
			members,
			channels,
			threads: [],
			presences: [],
			stage_instances: [],
			guild_scheduled_events: [],
			soundboard_sounds: [],
			max_members: 500000,
			lazy: true,
		},
	});
}

function messageJson(g: number, n: number): string {
	const guildId = id(1, g);
	const author = g * MEMBERS + (n % MEMBERS);
	return JSON.stringify({
		op: 0,
		s: 1,
		t: 'MESSAGE_CREATE',
		d: {
			id: id(5, g * MESSAGES + n),
			channel_id: id(3, g * CHANNELS),
			guild_id: guildId,
			type: 0,
			content: `message number ${n} in guild ${g}`,
			tts: false,
			timestamp: '2024-01-01T00:00:00.000000+00:00',
			edited_timestamp: null,
			flags: 0,
			pinned: false,
			mention_everyone: false,
			mentions: [],
			mention_roles: [],
			attachments: [],
			embeds: [],
			components: [],
			author: {
				id: id(4, author),
				username: `user${g}_${n % MEMBERS}`,
				discriminator: '0',
				global_name: `User ${n % MEMBERS}`,
				avatar: null,
				public_flags: 0,
			},
			member: {
				roles: [],
				joined_at: '2024-01-01T00:00:00.000000+00:00',
				deaf: false,
				mute: false,
				flags: 0,
				premium_since: null,
				nick: null,
				avatar: null,
				banner: null,
				pending: false,
				communication_disabled_until: null,
			},
			nonce: String(n),
		},
	});
}

async function heap(): Promise<number> {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (gc === undefined) throw new Error('Run with node --expose-gc.');
	for (let i = 0; i < 3; i++) {
		gc();
		await new Promise((resolve) => setImmediate(resolve));
	}
	// Typed-array backing stores live outside the JS heap: count them too, on both sides.
	const usage = process.memoryUsage();
	return usage.heapUsed + usage.arrayBuffers;
}

/** CPU time (user + system) in µs spent inside `fn`. */
function cpu(fn: () => void): number {
	const start = process.cpuUsage();
	fn();
	const used = process.cpuUsage(start);
	return used.user + used.system;
}

type Sink = { guild(payload: { d: unknown }): void; message(payload: { d: unknown }): void; keep: unknown };

async function oven(): Promise<Sink> {
	// The package's entry without the `@ovenjs/source` condition: runtime/dist.
	const { createCache } = await import('ovenjs');
	const cache = createCache();
	return { keep: cache, guild: (p) => cache.apply(p as never), message: (p) => cache.apply(p as never) };
}

async function discordjs(): Promise<Sink> {
	const { Client, GatewayIntentBits } = await import('discord.js');
	const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers, GatewayIntentBits.GuildMessages] });
	// What the GUILD_CREATE handler and MESSAGE_CREATE action do with a payload, without a socket.
	const internal = client as unknown as {
		guilds: { _add(data: unknown): unknown };
		actions: { MessageCreate: { handle(data: unknown): unknown } };
	};
	return {
		keep: client,
		guild: (p) => internal.guilds._add({ ...(p.d as object), shardId: 0 }),
		message: (p) => internal.actions.MessageCreate.handle(p.d),
	};
}

async function child(mode: string): Promise<void> {
	const sink = mode === 'oven' ? await oven() : await discordjs();
	const base = await heap();
	// CPU of the cache alone: payloads are parsed outside the timed part.
	let guildCpu = 0;
	for (let g = 0; g < GUILDS; g++) {
		const payload = JSON.parse(guildJson(g)) as { d: unknown };
		guildCpu += cpu(() => sink.guild(payload));
	}
	const afterGuilds = await heap();
	const batch = Math.max(1, MESSAGES);
	let messageCpu = 0;
	for (let g = 0; g < GUILDS; g++) {
		const payloads = Array.from({ length: batch }, (_, n) => JSON.parse(messageJson(g, n)) as { d: unknown });
		messageCpu += cpu(() => {
			for (const payload of payloads) sink.message(payload);
		});
	}
	const afterMessages = await heap();
	process.stdout.write(
		JSON.stringify({
			mode,
			guilds: afterGuilds - base,
			messages: afterMessages - afterGuilds,
			total: afterMessages - base,
			guildCpu: guildCpu / Math.max(1, GUILDS),
			messageCpu: messageCpu / Math.max(1, GUILDS * MESSAGES),
			keep: sink.keep !== undefined,
		}),
	);
}

const mode = process.argv[2];
if (mode !== undefined) {
	await child(mode);
} else {
	const file = fileURLToPath(import.meta.url);
	const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
	const build = spawnSync(process.execPath, [tsc, '-b', fileURLToPath(new URL('..', import.meta.url))], { encoding: 'utf8' });
	if (build.status !== 0)
		throw new Error(
			`\`tsc -b runtime\` failed, so runtime/dist (what this bench runs) may be stale; fix the build first:\n${build.stdout}${build.stderr}`,
		);
	type Row = { guilds: number; messages: number; total: number; guildCpu: number; messageCpu: number };
	const run = (which: string): Row => {
		const result = spawnSync(process.execPath, [...process.execArgv, file, which], { encoding: 'utf8', maxBuffer: 1 << 20 });
		if (result.status !== 0) throw new Error(`${which} failed: ${result.stderr}`);
		return JSON.parse(result.stdout) as Row;
	};
	const members = GUILDS * MEMBERS;
	const messages = GUILDS * MESSAGES;
	const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
	const rows = ['oven', 'discordjs'].map((which) => ({ which, ...run(which) }));
	process.stdout.write('OvenJS from runtime/dist (built with tsc -b just now, as users run it)\n');
	process.stdout.write(
		`cache heap: ${GUILDS} guilds × ${MEMBERS} members (${CHANNELS} channels, ${ROLES} roles each), then ${messages} MESSAGE_CREATE (${MESSAGES} per guild)\n`,
	);
	for (const row of rows) {
		process.stdout.write(
			`${row.which.padEnd(10)} guilds ${mb(row.guilds).padStart(10)} (${Math.round(row.guilds / members)} B/member incl. guild share)` +
				`  messages ${mb(row.messages).padStart(10)} (${Math.round(row.messages / messages)} B/message)  total ${mb(row.total)}` +
				`  CPU ${row.guildCpu.toFixed(0)} µs/GUILD_CREATE, ${row.messageCpu.toFixed(2)} µs/MESSAGE_CREATE\n`,
		);
	}
	const [ovenRow, djsRow] = rows;
	if (ovenRow !== undefined && djsRow !== undefined)
		process.stdout.write(`oven / discord.js: ${((100 * ovenRow.total) / djsRow.total).toFixed(1)} % (goal ≤ 25 %)\n`);
}
