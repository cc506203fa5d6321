import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DefaultIds as D, type MockDiscord } from '../src/index.js';
import { TestGatewayClient } from './_gatewayClient.js';
import { expectError, rest, startMock } from './_helpers.js';

const G = D.guild;
const C = D.general;
const soon = () => new Date(Date.now() + 3_600_000).toISOString();

describe('auto-moderation, polls, events, voice and monetization', () => {
	let mock: MockDiscord;
	let gateway: TestGatewayClient;
	beforeAll(async () => {
		mock = await startMock({ polls: { hourMs: 300 } });
		// Every intent, polls included.
		gateway = await TestGatewayClient.connect(mock.gateway, mock.token, { intents: 3276799 | (1 << 24) | (1 << 25) });
	});
	afterAll(async () => {
		gateway.close();
		await mock.close();
	});

	it('blocks a keyword, alerts, times out, and tells the bot with AUTO_MODERATION_ACTION_EXECUTION', async () => {
		const rule = await rest(mock, 'POST', `/guilds/${G}/auto-moderation/rules`, {
			name: 'no selling',
			event_type: 1,
			trigger_type: 1,
			trigger_metadata: { keyword_filter: ['buy*'], allow_list: ['buying guide'] },
			actions: [
				{ type: 1, metadata: { custom_message: 'No selling here' } },
				{ type: 2, metadata: { channel_id: D.announcements } },
				{ type: 3, metadata: { duration_seconds: 60 } },
			],
			enabled: true,
			exempt_roles: [D.moderatorRole],
		});
		expect(await gateway.next('AUTO_MODERATION_RULE_CREATE', (d) => d.id === rule.body.id)).toMatchObject({ guild_id: G });
		const blocked = mock.sendMessage({ author_id: D.carol, channel_id: C, content: 'BUYING gold, cheap' });
		await expect(blocked).rejects.toMatchObject({ status: 400, discordCode: 200000, body: { message: 'No selling here' } });
		const execution = await gateway.next('AUTO_MODERATION_ACTION_EXECUTION', (d) => d.action.type === 1);
		expect(execution).toMatchObject({
			rule_id: rule.body.id,
			user_id: D.carol,
			channel_id: C,
			matched_keyword: 'buy*',
			matched_content: 'BUYING',
		});
		expect(execution.message_id).toBeUndefined();
		const alert = await gateway.next('AUTO_MODERATION_ACTION_EXECUTION', (d) => d.action.type === 2);
		expect((await mock.messages(D.announcements)).find((m) => m.id === alert.alert_system_message_id)?.type).toBe(24);
		await gateway.next('GUILD_MEMBER_UPDATE', (d) => d.user.id === D.carol && d.communication_disabled_until !== null);
		expect((await mock.messages(C)).some((m) => m.content.includes('BUYING'))).toBe(false);
		// Allowed phrases, exempt roles and the owner pass.
		await expect(mock.sendMessage({ author_id: D.carol, channel_id: C, content: 'read the buying guide' })).resolves.toMatchObject({
			content: 'read the buying guide',
		});
		await expect(mock.sendMessage({ author_id: D.bob, channel_id: C, content: 'buy now' })).resolves.toBeDefined();
		await expect(mock.sendMessage({ author_id: D.alice, channel_id: C, content: 'buy now' })).resolves.toBeDefined();
		const log = await rest(mock, 'GET', `/guilds/${G}/audit-logs?action_type=143`);
		expect(log.body.audit_log_entries[0]).toMatchObject({ target_id: D.carol, options: { auto_moderation_rule_name: 'no selling' } });
	});

	it('flags spam and mention spam, and limits rules per trigger type', async () => {
		await rest(mock, 'POST', `/guilds/${G}/auto-moderation/rules`, {
			name: 'spam',
			event_type: 1,
			trigger_type: 3,
			actions: [{ type: 2, metadata: { channel_id: D.announcements } }],
			enabled: true,
		});
		expectError(
			await rest(mock, 'POST', `/guilds/${G}/auto-moderation/rules`, {
				name: 'spam 2',
				event_type: 1,
				trigger_type: 3,
				actions: [{ type: 1 }],
				enabled: true,
			}),
			400,
			50035,
		);
		await rest(mock, 'POST', `/guilds/${G}/auto-moderation/rules`, {
			name: 'mentions',
			event_type: 1,
			trigger_type: 5,
			trigger_metadata: { mention_total_limit: 2 },
			actions: [{ type: 1 }],
			enabled: true,
		});
		const flagged = await mock.sendMessage({ author_id: D.carol, channel_id: C, content: 'free stuff', spam: true });
		expect(await gateway.next('AUTO_MODERATION_ACTION_EXECUTION', (d) => d.rule_trigger_type === 3)).toMatchObject({
			message_id: flagged.id,
		});
		await expect(
			mock.sendMessage({ author_id: D.carol, channel_id: C, content: `<@${D.alice}> <@${D.bob}> <@&${D.moderatorRole}>` }),
		).rejects.toMatchObject({ discordCode: 200000 });
	});

	it('takes poll votes from the control API and ends the poll on time with a result message', async () => {
		const poll = await rest(mock, 'POST', `/channels/${C}/messages`, {
			poll: {
				question: { text: 'Best bread?' },
				answers: [{ poll_media: { text: 'Rye' } }, { poll_media: { text: 'Sourdough' } }],
				duration: 1,
			},
		});
		await mock.vote({ user_id: D.alice, channel_id: C, message_id: poll.body.id, answer_ids: [2] });
		expect(await gateway.next('MESSAGE_POLL_VOTE_ADD', (d) => d.message_id === poll.body.id)).toMatchObject({
			user_id: D.alice,
			answer_id: 2,
			guild_id: G,
		});
		await mock.vote({ user_id: D.alice, channel_id: C, message_id: poll.body.id, answer_ids: [1] });
		await gateway.next('MESSAGE_POLL_VOTE_REMOVE', (d) => d.message_id === poll.body.id && d.answer_id === 2);
		await mock.vote({ user_id: D.bob, channel_id: C, message_id: poll.body.id, answer_ids: [1] });
		const ended = await gateway.next('MESSAGE_UPDATE', (d) => d.id === poll.body.id && d.poll?.results?.is_finalized === true);
		expect(ended.poll.results.answer_counts).toEqual([{ id: 1, count: 2, me_voted: false }]);
		const result = await gateway.next('MESSAGE_CREATE', (d) => d.type === 46 && d.message_reference?.message_id === poll.body.id);
		expect(result.embeds[0].fields).toContainEqual({ name: 'victor_answer_text', value: 'Rye', inline: false });
		await expect(mock.vote({ user_id: D.carol, channel_id: C, message_id: poll.body.id, answer_ids: [2] })).rejects.toMatchObject({
			discordCode: 520001,
		});
		expectError(await rest(mock, 'POST', `/channels/${C}/polls/${result.id}/expire`), 400, 520006);
	});

	it('runs scheduled events through their statuses and tracks interested users', async () => {
		const event = await rest(mock, 'POST', `/guilds/${G}/scheduled-events`, {
			name: 'Q&A',
			privacy_level: 2,
			scheduled_start_time: soon(),
			entity_type: 1,
			channel_id: D.stage,
		});
		expect(event.status).toBe(200);
		await gateway.next('GUILD_SCHEDULED_EVENT_CREATE', (d) => d.id === event.body.id);
		expectError(
			await rest(mock, 'POST', `/guilds/${G}/scheduled-events`, {
				name: 'x',
				privacy_level: 2,
				scheduled_start_time: soon(),
				entity_type: 1,
				channel_id: D.voice,
			}),
			400,
			50091,
		);
		expectError(
			await rest(mock, 'POST', `/guilds/${G}/scheduled-events`, {
				name: 'past',
				privacy_level: 2,
				scheduled_start_time: '2020-01-01T00:00:00Z',
				entity_type: 2,
				channel_id: D.voice,
			}),
			400,
			50035,
		);
		await mock.setEventInterest({ guild_id: G, event_id: event.body.id, user_id: D.carol, interested: true });
		expect(await gateway.next('GUILD_SCHEDULED_EVENT_USER_ADD', (d) => d.guild_scheduled_event_id === event.body.id)).toMatchObject({
			user_id: D.carol,
		});
		expect((await rest(mock, 'GET', `/guilds/${G}/scheduled-events/${event.body.id}?with_user_count=true`)).body.user_count).toBe(1);
		expectError(await rest(mock, 'PATCH', `/guilds/${G}/scheduled-events/${event.body.id}`, { status: 3 }), 400, 50035);
		expect((await rest(mock, 'PATCH', `/guilds/${G}/scheduled-events/${event.body.id}`, { status: 2 })).body.status).toBe(2);
		expect((await rest(mock, 'PATCH', `/guilds/${G}/scheduled-events/${event.body.id}`, { status: 3 })).body.status).toBe(3);
		expectError(await rest(mock, 'PATCH', `/guilds/${G}/scheduled-events/${event.body.id}`, { name: 'again' }), 400, 180000);
	});

	it('puts users and the bot (gateway opcode 4) in voice and opens one stage per channel', async () => {
		await mock.setVoiceChannel({ guild_id: G, user_id: D.carol, channel_id: D.voice });
		expect(await gateway.next('VOICE_STATE_UPDATE', (d) => d.user_id === D.carol)).toMatchObject({ channel_id: D.voice, guild_id: G });
		expect((await rest(mock, 'GET', `/guilds/${G}/voice-states/${D.carol}`)).body.channel_id).toBe(D.voice);
		gateway.send({ op: 4, d: { guild_id: G, channel_id: D.voice, self_mute: false, self_deaf: true } });
		expect(await gateway.next('VOICE_SERVER_UPDATE', (d) => d.guild_id === G)).toHaveProperty('endpoint');
		expect((await rest(mock, 'GET', `/guilds/${G}/voice-states/@me`)).body).toMatchObject({ channel_id: D.voice, self_deaf: true });
		// Moving a member needs them in voice; moving them out disconnects them.
		expect((await rest(mock, 'PATCH', `/guilds/${G}/members/${D.carol}`, { channel_id: null })).status).toBe(200);
		expectError(await rest(mock, 'GET', `/guilds/${G}/voice-states/${D.carol}`), 404, 10065);
		expectError(await rest(mock, 'PATCH', `/guilds/${G}/members/${D.carol}`, { channel_id: D.voice }), 400, 40032);
		await rest(mock, 'POST', '/stage-instances', { channel_id: D.stage, topic: 'First' });
		expect(await gateway.next('STAGE_INSTANCE_CREATE', (d) => d.channel_id === D.stage)).toMatchObject({ topic: 'First' });
		expectError(await rest(mock, 'POST', '/stage-instances', { channel_id: D.stage, topic: 'Second' }), 400, 150006);
		expectError(await rest(mock, 'POST', '/stage-instances', { channel_id: D.voice, topic: 'Not a stage' }), 400, 50024);
	});

	it('creates, consumes and deletes test entitlements, and subscriptions come with one', async () => {
		const coins = await rest(mock, 'POST', `/applications/${D.application}/entitlements`, {
			sku_id: D.coinsSku,
			owner_id: D.carol,
			owner_type: 2,
		});
		expect(coins.body).toMatchObject({ type: 4, user_id: D.carol, consumed: false });
		expect(await gateway.next('ENTITLEMENT_CREATE', (d) => d.id === coins.body.id)).toBeDefined();
		expect((await rest(mock, 'POST', `/applications/${D.application}/entitlements/${coins.body.id}/consume`)).status).toBe(204);
		expect((await rest(mock, 'GET', `/applications/${D.application}/entitlements/${coins.body.id}`)).body.consumed).toBe(true);
		const sub = await mock.subscribe({ sku_id: D.premiumSku, user_id: D.carol });
		await gateway.next('SUBSCRIPTION_CREATE', (d) => d.id === sub['id']);
		const entitlementId = (sub['entitlement_ids'] as string[])[0];
		expectError(await rest(mock, 'POST', `/applications/${D.application}/entitlements/${entitlementId}/consume`), 400, 40018);
		expectError(await rest(mock, 'DELETE', `/applications/${D.application}/entitlements/${entitlementId}`), 400, 40019);
		expect((await rest(mock, 'DELETE', `/applications/${D.application}/entitlements/${coins.body.id}`)).status).toBe(204);
		await gateway.next('ENTITLEMENT_DELETE', (d) => d.id === coins.body.id);
		const mine = await rest(mock, 'GET', `/applications/${D.application}/entitlements?user_id=${D.carol}`);
		expect(mine.body.map((e: { id: string }) => e.id)).toEqual([entitlementId]);
		expectError(
			await rest(mock, 'POST', `/applications/${D.application}/entitlements`, { sku_id: '1', owner_id: D.carol, owner_type: 2 }),
			404,
			10027,
		);
	});

	it('answers user-only (OAuth2) routes to a Bearer token only', async () => {
		expectError(await rest(mock, 'GET', `/users/@me/guilds/${G}/member`), 401, 0);
		const { access_token } = await mock.oauthToken({ user_id: D.carol, scopes: ['guilds.members.read'] });
		const member = await rest(mock, 'GET', `/users/@me/guilds/${G}/member`, undefined, { auth: `Bearer ${access_token}` });
		expect(member.body.user.id).toBe(D.carol);
		expectError(
			await rest(mock, 'PUT', `/applications/${D.application}/guilds/${G}/commands/${D.application}/permissions`, { permissions: [] }),
			401,
			0,
		);
	});
});
