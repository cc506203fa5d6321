import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DefaultIds as D, defaultScenario, type MockDiscord } from '../src/index.js';
import { TestGatewayClient } from './_gatewayClient.js';
import { expectError, rest, startMock } from './_helpers.js';
import { PNG } from './rows/moderation.js';

const G = D.guild;

describe('what a moderation bot does', () => {
	let mock: MockDiscord;
	let gateway: TestGatewayClient;
	beforeAll(async () => {
		mock = await startMock();
		gateway = await TestGatewayClient.connect(mock.gateway, mock.token);
	});
	afterAll(async () => {
		gateway.close();
		await mock.close();
	});

	it('records its bans, kicks and role changes in the audit log with their reasons, and dispatches each entry', async () => {
		const reason = 'spamming links; 3rd warning';
		const headers = { 'x-audit-log-reason': encodeURIComponent(reason) };
		expect((await rest(mock, 'PUT', `/guilds/${G}/bans/${D.carol}`, {}, { headers })).status).toBe(204);
		const dispatched = await gateway.next('GUILD_AUDIT_LOG_ENTRY_CREATE', (d) => d.action_type === 22);
		expect(dispatched).toMatchObject({ guild_id: G, target_id: D.carol, user_id: mock.applicationId, reason });
		const log = await rest(mock, 'GET', `/guilds/${G}/audit-logs?action_type=22`);
		expect(log.body.audit_log_entries[0]).toMatchObject({ action_type: 22, target_id: D.carol, reason });
		expect(log.body.users.map((u: { id: string }) => u.id)).toContain(D.carol);
		expect((await rest(mock, 'GET', `/guilds/${G}/bans/${D.carol}`)).body.reason).toBe(reason);
		await rest(mock, 'DELETE', `/guilds/${G}/bans/${D.carol}`);
		const all = await rest(mock, 'GET', `/guilds/${G}/audit-logs?user_id=${mock.applicationId}&limit=2`);
		expect(all.body.audit_log_entries.map((e: { action_type: number }) => e.action_type)).toEqual([23, 22]);
	});

	it('refuses without the permission: 403 50013', async () => {
		const scenario = structuredClone(defaultScenario) as unknown as { guilds: { roles: { permissions: string }[] }[] };
		scenario.guilds[0]!.roles[1]!.permissions = '2048';
		const weak = await startMock({ scenario: scenario as unknown as typeof defaultScenario });
		try {
			expectError(await rest(weak, 'GET', `/guilds/${G}/audit-logs`), 403, 50013);
			expectError(await rest(weak, 'POST', `/channels/${D.general}/webhooks`, { name: 'x' }), 403, 50013);
			expectError(await rest(weak, 'POST', `/guilds/${G}/emojis`, { name: 'x_y', image: PNG }), 403, 50013);
			expectError(await rest(weak, 'POST', `/guilds/${G}/bulk-ban`, { user_ids: [D.carol] }), 403, 50013);
		} finally {
			await weak.close();
		}
	});

	it('keeps emoji slots by boost tier (50 static at tier 0) and dispatches GUILD_EMOJIS_UPDATE', async () => {
		const first = await rest(mock, 'POST', `/guilds/${G}/emojis`, { name: 'e0', image: PNG });
		expect(first.status).toBe(201);
		const update = await gateway.next('GUILD_EMOJIS_UPDATE', (d) => d.emojis.some((e: { id: string }) => e.id === first.body.id));
		expect(update.guild_id).toBe(G);
		for (let i = 1; i < 50; i += 1)
			expect((await rest(mock, 'POST', `/guilds/${G}/emojis`, { name: `e${i}`, image: PNG })).status).toBe(201);
		expectError(await rest(mock, 'POST', `/guilds/${G}/emojis`, { name: 'one_too_many', image: PNG }), 400, 30008);
		const bad = await rest(mock, 'DELETE', `/guilds/${G}/emojis/${first.body.id}`);
		expect(bad.status).toBe(204);
		expectError(await rest(mock, 'GET', `/guilds/${G}/emojis/${first.body.id}`), 404, 10014);
		expectError(await rest(mock, 'POST', `/guilds/${G}/emojis`, { name: 'broken', image: 'data:text/plain;base64,aGk=' }), 400, 50035);
	});

	it('announces invites (INVITE_CREATE, INVITE_DELETE) and forgets expired ones', async () => {
		const invite = await rest(mock, 'POST', `/channels/${D.general}/invites`, { max_age: 1, unique: true });
		expect(await gateway.next('INVITE_CREATE', (d) => d.code === invite.body.code)).toMatchObject({ channel_id: D.general, guild_id: G });
		const again = await rest(mock, 'POST', `/channels/${D.general}/invites`, { max_age: 1 });
		expect(again.body.code).toBe(invite.body.code);
		await new Promise((resolve) => setTimeout(resolve, 1100));
		expectError(await rest(mock, 'GET', `/invites/${invite.body.code}`), 404, 10006);
		const other = await rest(mock, 'POST', `/channels/${D.general}/invites`, { unique: true });
		await rest(mock, 'DELETE', `/invites/${other.body.code}`);
		expect(await gateway.next('INVITE_DELETE', (d) => d.code === other.body.code)).toMatchObject({ channel_id: D.general });
	});

	it('executes webhooks into threads, with overrides, as messages in the channel (WEBHOOKS_UPDATE on changes)', async () => {
		const hook = await rest(mock, 'POST', `/channels/${D.general}/webhooks`, { name: 'Relay' });
		await gateway.next('WEBHOOKS_UPDATE', (d) => d.channel_id === D.general);
		const path = `/webhooks/${hook.body.id}/${hook.body.token}`;
		expect((await rest(mock, 'POST', path, { content: 'no wait' }, { auth: null })).status).toBe(204);
		const inThread = await rest(
			mock,
			'POST',
			`${path}?wait=true&thread_id=${D.thread}`,
			{ content: 'in the thread', username: 'Relay Bot', avatar_url: 'https://example.com/a.png' },
			{ auth: null },
		);
		expect(inThread.body).toMatchObject({ channel_id: D.thread, webhook_id: hook.body.id, author: { username: 'Relay Bot' } });
		const created = await gateway.next('MESSAGE_CREATE', (d) => d.id === inThread.body.id);
		expect(created.webhook_id).toBe(hook.body.id);
		expect((await mock.messages(D.general)).some((m) => m.content === 'no wait' && m.webhook_id === hook.body.id)).toBe(true);
		expectError(await rest(mock, 'POST', `/webhooks/${hook.body.id}/wrong-token`, { content: 'x' }, { auth: null }), 401, 50027);
		expectError(await rest(mock, 'POST', `${path}?thread_id=${D.general}`, { content: 'x' }, { auth: null }), 404, 10003);
	});

	it('bulk-bans at most 200 users and prunes members without roles who have been quiet', async () => {
		const ids = Array.from({ length: 201 }, (_, i) => String(1300000000000000000n + BigInt(i)));
		expectError(await rest(mock, 'POST', `/guilds/${G}/bulk-ban`, { user_ids: ids }), 400, 50035);
		expectError(await rest(mock, 'POST', `/guilds/${G}/bulk-ban`, { user_ids: ['1'] }), 500, 500000);
		const quiet = await mock.addUser({ username: 'quiet' });
		await mock.addMember({ guild_id: G, user_id: quiet.id, joined_at: new Date(Date.now() - 10 * 86_400_000).toISOString() });
		expect((await rest(mock, 'GET', `/guilds/${G}/prune?days=7`)).body).toEqual({ pruned: 1 });
		expect((await rest(mock, 'POST', `/guilds/${G}/prune`, { days: 7 })).body).toEqual({ pruned: 1 });
		expect(await gateway.next('GUILD_MEMBER_REMOVE', (d) => d.user.id === quiet.id)).toBeDefined();
		const log = await rest(mock, 'GET', `/guilds/${G}/audit-logs?action_type=21`);
		expect(log.body.audit_log_entries[0].options).toEqual({ delete_member_days: '7', members_removed: '1' });
	});
});
