import { afterEach, describe, expect, it } from 'vitest';
import { createMockDiscord, DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';
import { type ClientCache, createCache, InMemoryIdentifyThrottler, Shard } from 'ovenjs';

/** GUILDS | GUILD_MEMBERS | GUILD_MESSAGES | MESSAGE_CONTENT. */
const INTENTS = 1 | (1 << 1) | (1 << 9) | (1 << 15);

async function until(check: () => boolean, ms = 10_000): Promise<void> {
	const deadline = Date.now() + ms;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

let mock: MockDiscord | undefined;
let shard: Shard | undefined;
let cache: ClientCache | undefined;
afterEach(async () => {
	cache?.destroy();
	await shard?.destroy();
	await mock?.close();
	mock = shard = cache = undefined;
});

describe('cache fed by a real gateway stream', () => {
	it('caches the mock world from GUILD_CREATE and a MESSAGE_CREATE through a Shard', async () => {
		mock = await createMockDiscord({ gateway: { heartbeatInterval: 500, identifyWindow: 0 } });
		const liveCache = createCache();
		cache = liveCache;
		shard = new Shard({
			token: mock.token,
			intents: INTENTS,
			gatewayUrl: mock.gateway,
			compression: 'zlib-stream',
			identifyThrottler: new InMemoryIdentifyThrottler({ windowMs: 0 }),
			helloTimeout: 5000,
			readyTimeout: 5000,
		});
		shard.on('dispatch', (payload) => liveCache.apply(payload));
		await shard.connect();
		await until(() => liveCache.guilds.get(DefaultIds.guild)?.unavailable === false);

		expect(liveCache.guilds.get(DefaultIds.guild)?.name).toBe('Oven Test Guild');
		expect(liveCache.channels.get(DefaultIds.general)).toMatchObject({ guild_id: DefaultIds.guild, name: 'general' });
		expect(liveCache.channels.get(DefaultIds.thread)?.parent_id).toBe(DefaultIds.general);
		expect(liveCache.roles.get(DefaultIds.moderatorRole)?.guild_id).toBe(DefaultIds.guild);
		expect(liveCache.members.get(DefaultIds.guild, DefaultIds.bob)?.roles).toContain(DefaultIds.moderatorRole);
		expect(liveCache.users.get(DefaultIds.alice)?.username).toBe('alice');
		expect(liveCache.users.get(DefaultIds.bot)?.bot).toBe(true);

		const sent = await mock.sendMessage({ author_id: DefaultIds.carol, channel_id: DefaultIds.general, content: 'hello cache' });
		await until(() => liveCache.messages.has(DefaultIds.general, sent.id));
		expect(liveCache.messages.get(DefaultIds.general, sent.id)).toMatchObject({
			author_id: DefaultIds.carol,
			content: 'hello cache',
			guild_id: DefaultIds.guild,
		});
		expect(liveCache.members.get(DefaultIds.guild, DefaultIds.carol)).toBeDefined();

		await mock.addUser({ username: 'dave' }).then((dave) => mock?.addMember({ guild_id: DefaultIds.guild, user_id: dave.id, nick: 'D' }));
		await until(() => [...liveCache.members.forGuild(DefaultIds.guild)].some((m) => m.nick === 'D'));
	});
});
