import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelType } from 'discord-api-types/v10';
import { DiscordAPIError } from 'ovenjs';
import { DefaultIds, requestsTo, startAPI, type APIHarness } from './_harness.js';

let h: APIHarness;
beforeAll(async () => {
	h = await startAPI();
});
afterAll(async () => {
	await h?.close();
});

describe('ChannelsAPI', () => {
	it('gets and edits a channel, sending the audit-log reason', async () => {
		const channel = await h.api.channels.get(DefaultIds.general);
		expect(channel.id).toBe(DefaultIds.general);
		const edited = await h.api.channels.edit(DefaultIds.general, { topic: 'baking' }, { reason: 'tidy up' });
		expect('topic' in edited && edited.topic).toBe('baking');
		const [patch] = await requestsTo(h.mock, 'PATCH', `/channels/${DefaultIds.general}`);
		expect(patch?.body).toEqual({ topic: 'baking' });
	});

	it('creates, gets, lists, edits and deletes messages', async () => {
		const sent = await h.api.channels.createMessage(DefaultIds.general, { content: 'first' });
		expect(sent.content).toBe('first');
		expect((await h.mock.messages(DefaultIds.general))[0]?.id).toBe(sent.id);
		expect((await h.api.channels.getMessage(DefaultIds.general, sent.id)).content).toBe('first');
		const second = await h.api.channels.createMessage(DefaultIds.general, { content: 'second' });
		const listed = await h.api.channels.getMessages(DefaultIds.general, { limit: 1 });
		expect(listed.map((m) => m.id)).toEqual([second.id]);
		await h.api.channels.editMessage(DefaultIds.general, sent.id, { content: 'first, edited' });
		expect((await h.mock.messages(DefaultIds.general)).find((m) => m.id === sent.id)?.content).toBe('first, edited');
		await h.api.channels.deleteMessage(DefaultIds.general, second.id);
		expect((await h.mock.messages(DefaultIds.general)).some((m) => m.id === second.id)).toBe(false);
	});

	it('uploads files with createMessage', async () => {
		const sent = await h.api.channels.createMessage(
			DefaultIds.general,
			{ content: 'chart', attachments: [{ id: 0, filename: 'chart.txt' }] },
			{ files: [{ name: 'chart.txt', data: 'hello' }] },
		);
		expect(sent.attachments.map((a) => a.filename)).toEqual(['chart.txt']);
		expect((await h.mock.messages(DefaultIds.general))[0]?.attachments[0]?.filename).toBe('chart.txt');
	});

	it('bulk-deletes messages', async () => {
		const a = await h.api.channels.createMessage(DefaultIds.general, { content: 'a' });
		const b = await h.api.channels.createMessage(DefaultIds.general, { content: 'b' });
		await h.api.channels.bulkDeleteMessages(DefaultIds.general, [a.id, b.id]);
		const left = (await h.mock.messages(DefaultIds.general)).map((m) => m.id);
		expect(left).not.toContain(a.id);
		expect(left).not.toContain(b.id);
	});

	it('adds and removes its own reaction, custom-emoji syntax included', async () => {
		const msg = await h.api.channels.createMessage(DefaultIds.general, { content: 'react' });
		await h.api.channels.addReaction(DefaultIds.general, msg.id, '👍');
		const reacted = (await h.mock.messages(DefaultIds.general)).find((m) => m.id === msg.id);
		expect(reacted?.reactions?.[0]).toMatchObject({ count: 1, me: true, emoji: { name: '👍' } });
		await h.api.channels.deleteOwnReaction(DefaultIds.general, msg.id, '👍');
		expect((await h.mock.messages(DefaultIds.general)).find((m) => m.id === msg.id)?.reactions ?? []).toEqual([]);
		const [put] = await requestsTo(h.mock, 'PUT', '/@me');
		expect(put?.path).toContain(encodeURIComponent('👍'));
	});

	it('starts threads, with and without a message', async () => {
		const msg = await h.api.channels.createMessage(DefaultIds.general, { content: 'thread me' });
		const fromMessage = await h.api.channels.startThreadFromMessage(DefaultIds.general, msg.id, { name: 'from-message' });
		expect(fromMessage).toMatchObject({ name: 'from-message', parent_id: DefaultIds.general });
		const bare = await h.api.channels.createThread(DefaultIds.general, { name: 'bare', type: ChannelType.PublicThread });
		expect(bare).toMatchObject({ name: 'bare', type: ChannelType.PublicThread });
		expect((await h.api.channels.get(bare.id)).id).toBe(bare.id);
	});

	it('triggers typing and pins/unpins', async () => {
		await h.api.channels.triggerTyping(DefaultIds.general);
		expect((await requestsTo(h.mock, 'POST', `/channels/${DefaultIds.general}/typing`))[0]?.status).toBe(204);
		const msg = await h.api.channels.createMessage(DefaultIds.general, { content: 'pin me' });
		await h.api.channels.pinMessage(DefaultIds.general, msg.id, { reason: 'important' });
		const pins = await h.api.channels.getPins(DefaultIds.general);
		expect(pins.items.map((p) => p.message.id)).toContain(msg.id);
		await h.api.channels.unpinMessage(DefaultIds.general, msg.id);
		expect((await h.api.channels.getPins(DefaultIds.general)).items.map((p) => p.message.id)).not.toContain(msg.id);
	});

	it('rejects with DiscordAPIError where Discord would', async () => {
		await expect(h.api.channels.createMessage(DefaultIds.staff, { content: 'no' })).rejects.toBeInstanceOf(DiscordAPIError);
		await expect(h.api.channels.getMessage(DefaultIds.general, '1')).rejects.toMatchObject({ rawCode: 10008 });
	});

	it('deletes a channel', async () => {
		const thread = await h.api.channels.createThread(DefaultIds.general, { name: 'doomed', type: ChannelType.PublicThread });
		const deleted = await h.api.channels.delete(thread.id);
		expect(deleted.id).toBe(thread.id);
		await expect(h.api.channels.get(thread.id)).rejects.toMatchObject({ rawCode: 10003 });
	});
});
