import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelType } from 'discord-api-types/v10';
import { DefaultIds, requestsTo, startAPI, type APIHarness } from './_harness.js';

let h: APIHarness;
let app: string;
beforeAll(async () => {
	h = await startAPI();
	app = h.mock.applicationId;
});
afterAll(async () => {
	await h?.close();
});

describe('ApplicationCommandsAPI', () => {
	it('creates, lists, overwrites and deletes global commands', async () => {
		const ping = await h.api.applicationCommands.createGlobal(app, { name: 'ping', description: 'pong' });
		expect((await h.api.applicationCommands.getGlobal(app)).map((c) => c.name)).toEqual(['ping']);
		const set = await h.api.applicationCommands.bulkOverwriteGlobal(app, [
			{ name: 'ping', description: 'pong' },
			{ name: 'bake', description: 'bake' },
		]);
		expect(set.map((c) => c.name).sort()).toEqual(['bake', 'ping']);
		expect(set.find((c) => c.name === 'ping')?.id).toBe(ping.id);
		const edited = await h.api.applicationCommands.editGlobal(app, ping.id, { description: 'pong!' });
		expect(edited.description).toBe('pong!');
		await h.api.applicationCommands.deleteGlobal(app, ping.id);
		expect((await h.api.applicationCommands.getGlobal(app)).map((c) => c.name)).toEqual(['bake']);
		// a registered command can now be run by a user
		await expect(
			h.mock.interact({ type: 'application_command', user_id: DefaultIds.alice, channel_id: DefaultIds.general, name: 'bake' }),
		).resolves.toHaveProperty('token');
	});

	it('creates, lists, overwrites and deletes guild commands', async () => {
		const one = await h.api.applicationCommands.createGuild(app, DefaultIds.guild, { name: 'mod', description: 'moderate' });
		expect((await h.api.applicationCommands.getGuild(app, DefaultIds.guild)).map((c) => c.id)).toEqual([one.id]);
		await h.api.applicationCommands.bulkOverwriteGuild(app, DefaultIds.guild, [
			{ name: 'mod', description: 'moderate' },
			{ name: 'warn', description: 'warn' },
		]);
		expect((await h.api.applicationCommands.getGuild(app, DefaultIds.guild)).map((c) => c.name).sort()).toEqual(['mod', 'warn']);
		await h.api.applicationCommands.deleteGuild(app, DefaultIds.guild, one.id);
		expect((await h.api.applicationCommands.getGuild(app, DefaultIds.guild)).map((c) => c.name)).toEqual(['warn']);
	});
});

describe('UsersAPI', () => {
	it('gets the bot and other users and opens a DM', async () => {
		expect((await h.api.users.getCurrent()).id).toBe(DefaultIds.bot);
		expect((await h.api.users.get(DefaultIds.alice)).username).toBe('alice');
		const dm = await h.api.users.createDM(DefaultIds.alice);
		expect(dm.type).toBe(ChannelType.DM);
		expect((await requestsTo(h.mock, 'POST', '/users/@me/channels'))[0]?.body).toEqual({ recipient_id: DefaultIds.alice });
		await h.api.channels.createMessage(dm.id, { content: 'hello' });
		expect((await h.mock.messages(dm.id))[0]?.content).toBe('hello');
	});
});

describe('WebhooksAPI', () => {
	it('executes and edits through an interaction webhook', async () => {
		await h.api.applicationCommands.bulkOverwriteGlobal(app, [{ name: 'ping', description: 'pong' }]);
		const { id, token } = await h.mock.interact({
			type: 'application_command',
			user_id: DefaultIds.alice,
			channel_id: DefaultIds.general,
			name: 'ping',
		});
		await h.api.interactions.defer(id, token);
		const sent = await h.api.webhooks.execute(app, token, { content: 'hook' });
		expect(sent.content).toBe('hook');
		const edited = await h.api.webhooks.editMessage(app, token, sent.id, { content: 'hook!' });
		expect(edited.content).toBe('hook!');
		expect((await h.mock.interaction(id)).followups.map((m) => m.content)).toEqual(['hook!']);
	});
});
