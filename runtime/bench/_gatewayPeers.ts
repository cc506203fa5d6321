/**
 * The other fast libraries of the gateway benchmark, each as its users run it: discordeno 21
 * (`createBot`) and seyfert 5 (`Client`). Each reports GUILD_CREATEs and the fields every
 * consumer reads of each MESSAGE_CREATE.
 *
 * - discordeno keeps no cache (v21 has none) and builds only the `desiredProperties` asked for:
 *   here the message's id, content, author, channel and guild id, and the user's id. Its
 *   snowflakes are bigints, so the consumer reads `String(id)`. zlib-stream inflates on
 *   node:zlib's stream (asynchronous).
 * - seyfert keeps its default cache (MemoryAdapter: guilds, channels, roles, members, users,
 *   messages…) and runs its prefix-command handler on every message; it builds its `Message`
 *   for the listener. Its socket has no transport compression (only IDENTIFY's payload
 *   compression) and dials TLS on port 443 of the gateway's host: in this process its
 *   `https.request` is pointed at the bench feed's plain port, nothing else is changed.
 */
import http from 'node:http';
import https from 'node:https';
import type { BenchCompression } from './_gatewayFloor.js';

/** What a peer reports to the bench. */
export interface PeerSink {
	onGuild(): void;
	onMessage(id: string, content: string | undefined, authorId: string): void;
}

/** Where the peer connects. */
export interface PeerTarget {
	/** The feed's REST base, `http://127.0.0.1:PORT/api`. */
	readonly api: string;
	readonly token: string;
	readonly intents: number;
	readonly gatewayUrl: string;
	readonly compression: BenchCompression;
}

/** discordeno 21: `createBot`, `desiredProperties` of the fields read, its own REST for `/gateway/bot`. */
export async function connectDiscordeno(target: PeerTarget, sink: PeerSink): Promise<() => Promise<void>> {
	const { createBot } = await import('discordeno');
	const bot = createBot({
		token: target.token,
		intents: target.intents,
		rest: { token: target.token, proxy: { baseUrl: target.api, authorization: `Bot ${target.token}` } },
		gateway: {
			token: target.token,
			url: target.gatewayUrl,
			...(target.compression === 'zlib-stream' ? { transportCompression: 'zlib-stream' as never } : {}),
		},
		desiredProperties: {
			message: { id: true, content: true, author: true, channelId: true, guildId: true },
			user: { id: true },
			guild: { id: true },
		},
		events: {
			guildCreate: () => sink.onGuild(),
			messageCreate: (message) => sink.onMessage(String(message.id), message.content, String(message.author.id)),
		},
		loggerFactory: () => ({ debug() {}, info() {}, warn() {}, error: console.error, fatal: console.error }),
	});
	await bot.start();
	return () => bot.shutdown();
}

/** seyfert 5: `Client` with its default cache; events registered in code instead of an events folder. */
export async function connectSeyfert(target: PeerTarget, sink: PeerSink): Promise<() => Promise<void>> {
	if (target.compression !== 'none') throw new Error('seyfert has no transport compression');
	const gateway = new URL(target.gatewayUrl);
	const tlsRequest = https.request;
	// seyfert's SeyfertWebSocket calls https.request({ hostname, path, headers }) for the upgrade.
	https.request = ((options: http.RequestOptions) => http.request({ ...options, port: gateway.port })) as typeof https.request;
	const { ApiHandler, Client, createEvent } = await import('seyfert');
	const api = new URL(target.api);
	const client = new Client({
		getRC: async () => ({ token: target.token, intents: target.intents, locations: { base: '.' }, debug: false }) as never,
	});
	client.setServices({
		rest: new ApiHandler({ token: target.token, domain: api.origin, baseUrl: `${api.pathname.replace(/^\//, '')}/v10` }),
	});
	client.events.set([
		// The guilds of READY arrive as RAW_GUILD_CREATE (seyfert keeps GUILD_CREATE for guilds joined later).
		createEvent({ data: { name: 'rawGuildCreate' }, run: () => sink.onGuild() }),
		createEvent({ data: { name: 'guildCreate' }, run: () => sink.onGuild() }),
		createEvent({
			data: { name: 'messageCreate' },
			run: (message) => sink.onMessage(message.id, message.content, message.author.id),
		}),
	] as never);
	await client.start({ token: target.token, connection: { intents: target.intents } } as never);
	return async () => {
		client.gateway.disconnectAll();
		https.request = tlsRequest;
	};
}
