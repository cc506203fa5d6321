import { afterEach, describe, expect, it } from 'vitest';
import { BOT_ID, GUILD_A, GUILD_B, GUILD_C, type Harness, startGateway } from './_harness.js';

let h: Harness;
afterEach(() => h.close());

const GUILDS = 1;
const GUILD_MESSAGES = 1 << 9;
const DIRECT_MESSAGES = 1 << 12;
const MESSAGE_CONTENT = 1 << 15;

function message(over: Record<string, unknown> = {}) {
	return {
		id: '900',
		channel_id: '800',
		guild_id: GUILD_A,
		author: { id: '5', username: 'alice' },
		content: 'secret',
		embeds: [{ title: 't' }],
		attachments: [{ id: '1' }],
		components: [{ type: 1, components: [] }],
		poll: { question: { text: 'q' } },
		mentions: [],
		...over,
	};
}

/** Sends a heartbeat and waits for its ACK, so every earlier dispatch has arrived. */
async function settle(c: Awaited<ReturnType<Harness['connect']>>): Promise<void> {
	const acks = c.messages.filter((m) => m.op === 11).length;
	c.send({ op: 1, d: null });
	await c.waitFor(() => c.messages.filter((m) => m.op === 11).length > acks);
}

describe('dispatch routing', () => {
	it('filters by intents: no MESSAGE_CREATE without GUILD_MESSAGES; events of no intent always', async () => {
		h = await startGateway();
		const without = await h.connect();
		await without.ready({ intents: GUILDS });
		const withIt = await h.connect();
		await withIt.ready({ intents: GUILDS | GUILD_MESSAGES });
		h.gateway.dispatch('MESSAGE_CREATE', message(), GUILD_A);
		h.gateway.dispatch('INTERACTION_CREATE', { id: '1' }, GUILD_A);
		await withIt.waitFor((m) => m.t === 'INTERACTION_CREATE');
		await without.waitFor((m) => m.t === 'INTERACTION_CREATE');
		expect(withIt.dispatches('MESSAGE_CREATE')).toHaveLength(1);
		expect(without.dispatches('MESSAGE_CREATE')).toHaveLength(0);
	});

	it('uses DIRECT_MESSAGES for DMs', async () => {
		h = await startGateway();
		const guildOnly = await h.connect();
		await guildOnly.ready({ intents: GUILD_MESSAGES });
		const dms = await h.connect();
		await dms.ready({ intents: DIRECT_MESSAGES });
		h.gateway.dispatch('MESSAGE_CREATE', message({ guild_id: undefined }));
		await dms.waitFor((m) => m.t === 'MESSAGE_CREATE');
		await settle(guildOnly);
		expect(guildOnly.dispatches('MESSAGE_CREATE')).toHaveLength(0);
	});

	it('masks content without MESSAGE_CONTENT, and not with it', async () => {
		h = await startGateway();
		const masked = await h.connect();
		await masked.ready({ intents: GUILD_MESSAGES });
		const full = await h.connect();
		await full.ready({ intents: GUILD_MESSAGES | MESSAGE_CONTENT });
		h.gateway.dispatch('MESSAGE_CREATE', message(), GUILD_A);
		const hidden = (await masked.waitFor((m) => m.t === 'MESSAGE_CREATE')).d;
		expect(hidden).toMatchObject({ id: '900', content: '', embeds: [], attachments: [], components: [] });
		expect(hidden).not.toHaveProperty('poll');
		expect((await full.waitFor((m) => m.t === 'MESSAGE_CREATE')).d).toEqual(message());
	});

	it("does not mask a message that mentions the bot, the bot's own, or a DM; masks MESSAGE_UPDATE", async () => {
		h = await startGateway();
		const c = await h.connect();
		await c.ready({ intents: GUILD_MESSAGES | DIRECT_MESSAGES });
		h.gateway.dispatch('MESSAGE_CREATE', message({ id: '1', mentions: [{ id: BOT_ID }] }), GUILD_A);
		h.gateway.dispatch('MESSAGE_CREATE', message({ id: '2', author: { id: BOT_ID } }), GUILD_A);
		h.gateway.dispatch('MESSAGE_CREATE', message({ id: '3', guild_id: undefined }));
		h.gateway.dispatch(
			'MESSAGE_UPDATE',
			{ id: '4', channel_id: '800', guild_id: GUILD_A, author: { id: '5' }, content: 'edited' },
			GUILD_A,
		);
		await c.waitFor((m) => m.t === 'MESSAGE_UPDATE');
		expect(c.dispatches('MESSAGE_CREATE').map((m) => m.d.content)).toEqual(['secret', 'secret', 'secret']);
		expect(c.dispatches('MESSAGE_UPDATE')[0]!.d).toEqual({
			id: '4',
			channel_id: '800',
			guild_id: GUILD_A,
			author: { id: '5' },
			content: '',
		});
	});

	it('routes guild events by (guild_id >> 22) % num_shards, DMs to shard 0', async () => {
		h = await startGateway();
		const s0 = await h.connect();
		const r0 = await s0.ready({ shard: [0, 2], intents: GUILDS | DIRECT_MESSAGES });
		const s1 = await h.connect();
		const r1 = await s1.ready({ shard: [1, 2], intents: GUILDS | DIRECT_MESSAGES });
		expect(r0.d.guilds.map((g: { id: string }) => g.id)).toEqual([GUILD_A, GUILD_C]);
		expect(r1.d.guilds.map((g: { id: string }) => g.id)).toEqual([GUILD_B]);
		for (const guild of [GUILD_A, GUILD_B, GUILD_C])
			h.gateway.dispatch('GUILD_ROLE_CREATE', { guild_id: guild, role: { id: guild } }, guild);
		h.gateway.dispatch('MESSAGE_CREATE', message({ guild_id: undefined }));
		await settle(s0);
		await settle(s1);
		expect(s0.dispatches('GUILD_ROLE_CREATE').map((m) => m.d.guild_id)).toEqual([GUILD_A, GUILD_C]);
		expect(s1.dispatches('GUILD_ROLE_CREATE').map((m) => m.d.guild_id)).toEqual([GUILD_B]);
		expect(s0.dispatches('MESSAGE_CREATE')).toHaveLength(1);
		expect(s1.dispatches('MESSAGE_CREATE')).toHaveLength(0);
		expect(s1.dispatches('GUILD_CREATE').map((m) => m.d.id)).toEqual([GUILD_B]);
	});

	it('filters a later GUILD_CREATE by intents, as at READY', async () => {
		h = await startGateway();
		const c = await h.connect();
		await c.ready({ intents: GUILDS });
		const guild = { id: GUILD_A, members: [{ user: { id: BOT_ID } }, { user: { id: '7' } }], presences: [{ user: { id: '7' } }] };
		h.gateway.dispatch('GUILD_CREATE', guild, GUILD_A);
		await c.waitFor((m) => m.t === 'GUILD_CREATE' && m.s === 5);
		const last = c.dispatches('GUILD_CREATE').at(-1)!.d;
		expect(last.members).toEqual([{ user: { id: BOT_ID } }]);
		expect(last.presences).toEqual([]);
	});
});
