import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DefaultIds as D, type MockDiscord } from '../src/index.js';
import { TestGatewayClient } from './_gatewayClient.js';
import { control, expectError, expectSpecResponse, rest } from './_helpers.js';
import { startMock } from './_helpers.js';

describe('interactions', () => {
	let mock: MockDiscord;
	let gw: TestGatewayClient;
	beforeAll(async () => {
		// A generous deadline: these tests check behaviour, not timing, and the machine may be busy.
		mock = await startMock({ interactions: { callbackDeadlineMs: 60_000 } });
		gw = await TestGatewayClient.connect(mock.gateway, mock.token);
		await rest(mock, 'PUT', `/applications/${mock.applicationId}/commands`, [
			{ name: 'ping', description: 'Replies' },
			{ name: 'search', description: 'Searches', options: [{ type: 3, name: 'q', description: 'query', autocomplete: true }] },
		]);
	});
	afterAll(async () => {
		gw.close();
		await mock.close();
	});

	const runPing = () =>
		control(mock, 'POST', '/interactions', {
			type: 'application_command',
			user_id: D.carol,
			guild_id: D.guild,
			channel_id: D.general,
			name: 'ping',
		});

	it('rejects a command the bot never registered, saying so', async () => {
		const answer = await control(mock, 'POST', '/interactions', {
			type: 'application_command',
			user_id: D.carol,
			channel_id: D.general,
			name: 'nope',
		});
		expect(answer.status).toBe(400);
		expect(answer.body.message).toContain('has not registered a command named "nope"');
	});

	it('dispatches a full INTERACTION_CREATE and takes one reply; a second is 40060', async () => {
		const { body } = await runPing();
		const payload = await gw.next('INTERACTION_CREATE', (d) => d.id === body.id);
		expect(payload).toMatchObject({
			application_id: mock.applicationId,
			type: 2,
			guild_id: D.guild,
			channel_id: D.general,
			token: body.token,
			version: 1,
			channel: { id: D.general, type: 0 },
			data: { name: 'ping', type: 1 },
			locale: 'en-US',
			entitlements: [],
			context: 0,
			authorizing_integration_owners: { '0': D.guild },
			member: { user: { id: D.carol }, roles: [] },
		});
		expect(typeof payload.member.permissions).toBe('string');
		expect(typeof payload.app_permissions).toBe('string');
		const first = await rest(
			mock,
			'POST',
			`/interactions/${body.id}/${body.token}/callback`,
			{ type: 4, data: { content: 'pong' } },
			{ auth: null },
		);
		expect(first.status).toBe(204);
		const created = await gw.next('MESSAGE_CREATE', (d) => d.content === 'pong');
		expect(created.interaction_metadata.id).toBe(body.id);
		const second = await rest(
			mock,
			'POST',
			`/interactions/${body.id}/${body.token}/callback`,
			{ type: 4, data: { content: 'again' } },
			{ auth: null },
		);
		expect(second.body).toEqual({ message: 'Interaction has already been acknowledged.', code: 40060 });
		const report = await control(mock, 'GET', `/interactions/${body.id}`);
		expect(report.body.responses).toEqual([{ type: 4, data: { content: 'pong' } }]);
	});

	it('resolves the target of user and message commands', async () => {
		await rest(mock, 'POST', `/applications/${mock.applicationId}/commands`, { name: 'Report user', type: 2 });
		await rest(mock, 'POST', `/applications/${mock.applicationId}/commands`, { name: 'Quote', type: 3 });
		const posted = await rest(mock, 'POST', `/channels/${D.general}/messages`, { content: 'quote me' });
		const user = await control(mock, 'POST', '/interactions', {
			type: 'application_command',
			command_type: 2,
			user_id: D.carol,
			guild_id: D.guild,
			channel_id: D.general,
			name: 'Report user',
			target_id: D.bob,
		});
		const userPayload = await gw.next('INTERACTION_CREATE', (d) => d.id === user.body.id);
		expect(userPayload.data).toMatchObject({
			type: 2,
			target_id: D.bob,
			resolved: { users: { [D.bob]: { id: D.bob } }, members: { [D.bob]: { roles: expect.any(Array) } } },
		});
		const message = await control(mock, 'POST', '/interactions', {
			type: 'application_command',
			command_type: 3,
			user_id: D.carol,
			guild_id: D.guild,
			channel_id: D.general,
			name: 'Quote',
			target_id: posted.body.id,
		});
		const messagePayload = await gw.next('INTERACTION_CREATE', (d) => d.id === message.body.id);
		expect(messagePayload.data).toMatchObject({
			type: 3,
			target_id: posted.body.id,
			resolved: { messages: { [posted.body.id]: { content: 'quote me' } } },
		});
		const missing = await control(mock, 'POST', '/interactions', {
			type: 'application_command',
			command_type: 3,
			user_id: D.carol,
			channel_id: D.general,
			name: 'Quote',
			target_id: '1',
		});
		expect(missing.status).toBe(400);
		expect(missing.body.message).toContain('No message 1 in channel');
	});

	it('answers 10062 after the callback deadline', async () => {
		// Its own mock with a 200 ms deadline, so the other tests never race it on a busy machine.
		const strict = await startMock({ interactions: { callbackDeadlineMs: 200 } });
		try {
			await rest(strict, 'PUT', `/applications/${strict.applicationId}/commands`, [{ name: 'ping', description: 'Replies' }]);
			const { body } = await control(strict, 'POST', '/interactions', {
				type: 'application_command',
				user_id: D.carol,
				channel_id: D.general,
				name: 'ping',
			});
			await delay(300);
			expectError(
				await rest(
					strict,
					'POST',
					`/interactions/${body.id}/${body.token}/callback`,
					{ type: 4, data: { content: 'late' } },
					{ auth: null },
				),
				404,
				10062,
			);
		} finally {
			await strict.close();
		}
	});

	it('defers, edits @original, follows up; returns the callback response with with_response', async () => {
		const { body } = await runPing();
		const deferred = await rest(
			mock,
			'POST',
			`/interactions/${body.id}/${body.token}/callback?with_response=true`,
			{ type: 5 },
			{ auth: null },
		);
		expect(deferred.status).toBe(200);
		expect(deferred.body.interaction).toMatchObject({ id: body.id, type: 2, response_message_loading: true });
		expectSpecResponse('POST', '/interactions/{interaction_id}/{interaction_token}/callback', deferred);
		const edited = await rest(
			mock,
			'PATCH',
			`/webhooks/${mock.applicationId}/${body.token}/messages/@original`,
			{ content: 'done' },
			{ auth: null },
		);
		expect(edited.body.content).toBe('done');
		expectSpecResponse('PATCH', '/webhooks/{webhook_id}/{webhook_token}/messages/@original', edited);
		const got = await rest(mock, 'GET', `/webhooks/${mock.applicationId}/${body.token}/messages/@original`, undefined, { auth: null });
		expectSpecResponse('GET', '/webhooks/{webhook_id}/{webhook_token}/messages/@original', got);
		const followUp = await rest(
			mock,
			'POST',
			`/webhooks/${mock.applicationId}/${body.token}`,
			{ content: 'secret', flags: 64 },
			{ auth: null },
		);
		expect(followUp.status).toBe(200);
		expectSpecResponse('POST', '/webhooks/{webhook_id}/{webhook_token}', followUp);
		const byId = await rest(
			mock,
			'PATCH',
			`/webhooks/${mock.applicationId}/${body.token}/messages/${followUp.body.id}`,
			{ content: 'still secret' },
			{ auth: null },
		);
		expectSpecResponse('PATCH', '/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}', byId);
		const fetched = await rest(mock, 'GET', `/webhooks/${mock.applicationId}/${body.token}/messages/${followUp.body.id}`, undefined, {
			auth: null,
		});
		expectSpecResponse('GET', '/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}', fetched);
		// Ephemeral: kept with the interaction, never in the channel.
		const listing = await rest(mock, 'GET', `/channels/${D.general}/messages`);
		expect(listing.body.map((m: { id: string }) => m.id)).not.toContain(followUp.body.id);
		const report = await control(mock, 'GET', `/interactions/${body.id}`);
		expect(report.body.followups[0].content).toBe('still secret');
		expect(
			(await rest(mock, 'DELETE', `/webhooks/${mock.applicationId}/${body.token}/messages/${followUp.body.id}`, undefined, { auth: null }))
				.status,
		).toBe(204);
		expect(
			(await rest(mock, 'DELETE', `/webhooks/${mock.applicationId}/${body.token}/messages/@original`, undefined, { auth: null })).status,
		).toBe(204);
	});

	it('handles components (update message), autocomplete and modal submits', async () => {
		const message = await rest(mock, 'POST', `/channels/${D.general}/messages`, {
			content: 'pick',
			components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'go', label: 'Go' }] }],
		});
		const click = await control(mock, 'POST', '/interactions', {
			type: 'message_component',
			user_id: D.bob,
			channel_id: D.general,
			message_id: message.body.id,
			custom_id: 'go',
		});
		const clickPayload = await gw.next('INTERACTION_CREATE', (d) => d.id === click.body.id);
		expect(clickPayload.data).toEqual({ custom_id: 'go', component_type: 2 });
		expect(clickPayload.message.id).toBe(message.body.id);
		expect(
			(
				await rest(
					mock,
					'POST',
					`/interactions/${click.body.id}/${click.body.token}/callback`,
					{ type: 7, data: { content: 'went' } },
					{ auth: null },
				)
			).status,
		).toBe(204);
		expect((await gw.next('MESSAGE_UPDATE', (d) => d.id === message.body.id)).content).toBe('went');

		const auto = await control(mock, 'POST', '/interactions', {
			type: 'autocomplete',
			user_id: D.bob,
			channel_id: D.general,
			name: 'search',
			options: [{ type: 3, name: 'q', value: 'ov', focused: true }],
		});
		expect(
			(
				await rest(
					mock,
					'POST',
					`/interactions/${auto.body.id}/${auto.body.token}/callback`,
					{ type: 8, data: { choices: [{ name: 'oven', value: 'oven' }] } },
					{ auth: null },
				)
			).status,
		).toBe(204);

		const modal = await control(mock, 'POST', '/interactions', {
			type: 'modal_submit',
			user_id: D.bob,
			channel_id: D.general,
			custom_id: 'form',
			components: [{ type: 1, components: [{ type: 4, custom_id: 'name', value: 'Bob' }] }],
		});
		const wrong = await rest(
			mock,
			'POST',
			`/interactions/${modal.body.id}/${modal.body.token}/callback`,
			{ type: 9, data: { custom_id: 'x', title: 'x', components: [] } },
			{ auth: null },
		);
		expectError(wrong, 400, 50035);
		expect(
			(
				await rest(
					mock,
					'POST',
					`/interactions/${modal.body.id}/${modal.body.token}/callback`,
					{ type: 4, data: { content: 'thanks', flags: 64 } },
					{ auth: null },
				)
			).status,
		).toBe(204);
	});
});

describe('select menu interactions', () => {
	it('carry resolved users, members, roles and channels for user, role, mentionable and channel selects; none for string selects', async () => {
		const mock = await startMock();
		const gw = await TestGatewayClient.connect(mock.gateway, mock.token);
		try {
			const message = await rest(mock, 'POST', `/channels/${D.general}/messages`, { content: 'pick' });
			const pick = async (componentType: number, values: string[]) => {
				const { body } = await control(mock, 'POST', '/interactions', {
					type: 'message_component',
					user_id: D.bob,
					channel_id: D.general,
					message_id: message.body.id,
					custom_id: `s${componentType}`,
					component_type: componentType,
					values,
				});
				return (await gw.next('INTERACTION_CREATE', (d) => d.id === body.id)).data;
			};
			const users = await pick(5, [D.carol]);
			expect(users).toMatchObject({
				component_type: 5,
				values: [D.carol],
				resolved: { users: { [D.carol]: { id: D.carol } }, members: { [D.carol]: { roles: expect.any(Array) } } },
			});
			expect(users.resolved.members[D.carol].user).toBeUndefined();
			expect((await pick(6, [D.moderatorRole])).resolved).toEqual({
				roles: { [D.moderatorRole]: expect.objectContaining({ id: D.moderatorRole, name: 'Moderator' }) },
			});
			expect(Object.keys((await pick(7, [D.moderatorRole, D.bob])).resolved).sort()).toEqual(['members', 'roles', 'users']);
			expect((await pick(8, [D.general])).resolved).toEqual({
				channels: { [D.general]: expect.objectContaining({ id: D.general, type: 0 }) },
			});
			expect(await pick(3, ['a'])).toEqual({ custom_id: 's3', component_type: 3, values: ['a'] });
		} finally {
			gw.close();
			await mock.close();
		}
	});
});

describe('interaction details', () => {
	it('resolves user options and lets users click buttons on ephemeral messages', async () => {
		const mock = await startMock();
		try {
			await rest(mock, 'PUT', `/applications/${mock.applicationId}/commands`, [
				{ name: 'warn', description: 'Warns', options: [{ type: 6, name: 'who', description: 'user', required: true }] },
			]);
			const gw = await TestGatewayClient.connect(mock.gateway, mock.token);
			const run = await control(mock, 'POST', '/interactions', {
				type: 'application_command',
				user_id: D.bob,
				channel_id: D.general,
				name: 'warn',
				options: [{ type: 6, name: 'who', value: D.carol }],
			});
			const payload = await gw.next('INTERACTION_CREATE', (d) => d.id === run.body.id);
			expect(payload.data.resolved.users[D.carol].username).toBe('carol');
			expect(payload.data.resolved.members[D.carol]).toMatchObject({ nick: 'caz', roles: [] });
			const reply = await rest(
				mock,
				'POST',
				`/interactions/${run.body.id}/${run.body.token}/callback?with_response=true`,
				{
					type: 4,
					data: {
						content: 'sure?',
						flags: 64,
						components: [{ type: 1, components: [{ type: 2, style: 4, custom_id: 'confirm', label: 'Yes' }] }],
					},
				},
				{ auth: null },
			);
			const messageId = reply.body.resource.message.id;
			const click = await control(mock, 'POST', '/interactions', {
				type: 'message_component',
				user_id: D.bob,
				channel_id: D.general,
				message_id: messageId,
				custom_id: 'confirm',
			});
			expect(click.status).toBe(201);
			expect(
				(
					await rest(
						mock,
						'POST',
						`/interactions/${click.body.id}/${click.body.token}/callback`,
						{ type: 7, data: { content: 'warned', components: [] } },
						{ auth: null },
					)
				).status,
			).toBe(204);
			expect((await control(mock, 'GET', `/interactions/${run.body.id}`)).body.original.content).toBe('warned');
			gw.close();
		} finally {
			await mock.close();
		}
	});
});

describe('interactions in DMs', () => {
	it('sends user instead of member, and context 1', async () => {
		const mock = await startMock();
		try {
			await rest(mock, 'PUT', `/applications/${mock.applicationId}/commands`, [{ name: 'ping', description: 'Replies' }]);
			const dm = await rest(mock, 'POST', '/users/@me/channels', { recipient_id: D.alice });
			const gw = await TestGatewayClient.connect(mock.gateway, mock.token);
			const { body } = await control(mock, 'POST', '/interactions', {
				type: 'application_command',
				user_id: D.alice,
				channel_id: dm.body.id,
				name: 'ping',
			});
			const payload = await gw.next('INTERACTION_CREATE', (d) => d.id === body.id);
			gw.close();
			expect(payload).toMatchObject({
				user: { id: D.alice },
				context: 1,
				authorizing_integration_owners: { '1': D.alice },
				channel: { id: dm.body.id, type: 1 },
			});
			expect(payload.member).toBeUndefined();
			expect(payload.guild_id).toBeUndefined();
		} finally {
			await mock.close();
		}
	});
});
