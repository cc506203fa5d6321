import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType, ComponentType, InteractionResponseType, MessageFlags, TextInputStyle } from 'discord-api-types/v10';
import { DefaultIds, startAPI, type APIHarness } from './_harness.js';

let h: APIHarness;
let app: string;
beforeAll(async () => {
	h = await startAPI();
	app = h.mock.applicationId;
	await h.rest.request('PUT', `/applications/${app}/commands`, {
		body: [
			{ name: 'ping', description: 'pong' },
			{
				name: 'search',
				description: 'find',
				options: [{ type: ApplicationCommandOptionType.String, name: 'q', description: 'query', autocomplete: true }],
			},
		],
	});
});
afterAll(async () => {
	await h?.close();
});

const command = (name = 'ping') =>
	h.mock.interact({
		type: 'application_command',
		user_id: DefaultIds.alice,
		channel_id: DefaultIds.general,
		guild_id: DefaultIds.guild,
		name,
	});

describe('InteractionsAPI', () => {
	it('replies (type 4), then edits, reads and deletes the original response', async () => {
		const { id, token } = await command();
		await h.api.interactions.reply(id, token, { content: 'pong' });
		const report = await h.mock.interaction(id);
		expect(report.responses).toEqual([{ type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'pong' } }]);
		expect((await h.mock.messages(DefaultIds.general))[0]?.content).toBe('pong');
		const edited = await h.api.interactions.editReply(app, token, { content: 'pong!' });
		expect(edited.content).toBe('pong!');
		expect((await h.api.interactions.getOriginalResponse(app, token)).content).toBe('pong!');
		await h.api.interactions.deleteReply(app, token);
		expect((await h.mock.messages(DefaultIds.general)).some((m) => m.id === edited.id)).toBe(false);
	});

	it('defers ephemerally (type 5 with flag 64) and answers with editReply', async () => {
		const { id, token } = await command();
		await h.api.interactions.defer(id, token, { ephemeral: true });
		expect((await h.mock.interaction(id)).responses).toEqual([
			{ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } },
		]);
		await h.api.interactions.editReply(app, token, { content: 'secret' });
		const report = await h.mock.interaction(id);
		expect(report.original?.content).toBe('secret');
		expect((await h.mock.messages(DefaultIds.general)).some((m) => m.content === 'secret')).toBe(false);
	});

	it('sends, edits and deletes follow-ups', async () => {
		const { id, token } = await command();
		await h.api.interactions.defer(id, token);
		const follow = await h.api.interactions.followUp(app, token, { content: 'more' });
		expect((await h.mock.interaction(id)).followups.map((m) => m.id)).toEqual([follow.id]);
		const edited = await h.api.interactions.editFollowUp(app, token, follow.id, { content: 'more!' });
		expect(edited.content).toBe('more!');
		await h.api.interactions.deleteFollowUp(app, token, follow.id);
		expect((await h.mock.messages(DefaultIds.general)).some((m) => m.id === follow.id)).toBe(false);
	});

	it('createCallback with withResponse resolves to the callback response', async () => {
		const { id, token } = await command();
		const response = await h.api.interactions.createCallback(
			id,
			token,
			{ type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'with' } },
			{ withResponse: true },
		);
		expect(response.interaction.id).toBe(id);
		expect(response.resource?.message?.content).toBe('with');
		const second = await command();
		await expect(
			h.api.interactions.createCallback(second.id, second.token, { type: InteractionResponseType.DeferredChannelMessageWithSource }),
		).resolves.toBeUndefined();
	});

	it('answers components with deferUpdate (6) and update (7)', async () => {
		const msg = await h.api.channels.createMessage(DefaultIds.general, {
			content: 'click',
			components: [{ type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: 1, custom_id: 'go', label: 'Go' }] }],
		});
		const a = await h.mock.interact({
			type: 'message_component',
			user_id: DefaultIds.alice,
			channel_id: DefaultIds.general,
			message_id: msg.id,
			custom_id: 'go',
		});
		await h.api.interactions.deferUpdate(a.id, a.token);
		expect((await h.mock.interaction(a.id)).responses[0]?.type).toBe(InteractionResponseType.DeferredMessageUpdate);
		const b = await h.mock.interact({
			type: 'message_component',
			user_id: DefaultIds.alice,
			channel_id: DefaultIds.general,
			message_id: msg.id,
			custom_id: 'go',
		});
		await h.api.interactions.update(b.id, b.token, { content: 'clicked' });
		expect((await h.mock.messages(DefaultIds.general)).find((m) => m.id === msg.id)?.content).toBe('clicked');
	});

	it('answers autocomplete (8) and shows a modal (9)', async () => {
		const auto = await h.mock.interact({
			type: 'autocomplete',
			user_id: DefaultIds.alice,
			channel_id: DefaultIds.general,
			guild_id: DefaultIds.guild,
			name: 'search',
			options: [{ type: 3, name: 'q', value: 'ov', focused: true }],
		});
		await h.api.interactions.autocomplete(auto.id, auto.token, { choices: [{ name: 'oven', value: 'oven' }] });
		expect((await h.mock.interaction(auto.id)).responses).toEqual([
			{ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [{ name: 'oven', value: 'oven' }] } },
		]);
		const { id, token } = await command();
		await h.api.interactions.showModal(id, token, {
			custom_id: 'form',
			title: 'Form',
			components: [
				{
					type: ComponentType.ActionRow,
					components: [{ type: ComponentType.TextInput, custom_id: 'name', label: 'Name', style: TextInputStyle.Short }],
				},
			],
		});
		expect((await h.mock.interaction(id)).responses[0]?.type).toBe(InteractionResponseType.Modal);
	});

	it('a second answer is rejected with 40060', async () => {
		const { id, token } = await command();
		await h.api.interactions.reply(id, token, { content: 'once' });
		await expect(h.api.interactions.reply(id, token, { content: 'twice' })).rejects.toMatchObject({ rawCode: 40060 });
	});
});
