import { Routes, type APIMessage } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComponentAwaitTimeoutError, createInteractionHandler, createRouter, customId, type UnknownInteraction } from 'ovenjs';
import { DefaultIds, startHarness, type Harness } from './_harness.js';

let h: Harness;
let message: APIMessage;
const base = { user_id: DefaultIds.alice, channel_id: DefaultIds.general } as const;

beforeAll(async () => {
	h = await startHarness();
	message = (await h.rest.request('POST', Routes.channelMessages(DefaultIds.general), {
		body: {
			content: 'pick one',
			components: [
				{ type: 1, components: [{ type: 2, style: 1, label: 'Close', custom_id: customId('ticket:close:{id}', { id: '42' }) }] },
				{
					type: 1,
					components: [
						{
							type: 3,
							custom_id: 'color',
							options: [
								{ label: 'Red', value: 'red' },
								{ label: 'Blue', value: 'blue' },
							],
							max_values: 2,
						},
					],
				},
			],
		},
	})) as APIMessage;
}, 20_000);
afterAll(() => h.close());

describe('component router on the mock', () => {
	it('routes a button by custom_id pattern with its parameters, and updates the message', async () => {
		const got: unknown[] = [];
		const router = createRouter().button('ticket:close:{id}', async (ctx, params) => {
			got.push(params);
			await ctx.update({ content: `closed ${params.id}`, components: [] });
		});
		const handler = createInteractionHandler({ api: h.api, applicationId: h.applicationId, router, onError: (e) => got.push(e) });
		const i = await h.interact({ ...base, type: 'message_component', message_id: message.id, custom_id: 'ticket:close:42' });
		await handler.handle(i);
		expect(got).toEqual([{ id: '42' }]);
		const report = await h.mock.interaction(i.id);
		expect(report.responses[0]?.type).toBe(7);
		expect(report.original?.content).toBe('closed 42');
	});

	it('routes every select menu kind by component type', async () => {
		const seen: string[] = [];
		const router = createRouter()
			.stringSelect('color', (ctx) => ctx.deferUpdate().then(() => seen.push(`string ${ctx.values.join(',')}`)))
			.userSelect('pick:{what}', (ctx, p) => ctx.deferUpdate().then(() => seen.push(`user ${p.what} ${ctx.values.join(',')}`)))
			.roleSelect('pick:{what}', (ctx, p) => ctx.deferUpdate().then(() => seen.push(`role ${p.what}`)))
			.mentionableSelect('pick:{what}', (ctx, p) => ctx.deferUpdate().then(() => seen.push(`mentionable ${p.what}`)))
			.channelSelect('pick:{what}', (ctx, p) => ctx.deferUpdate().then(() => seen.push(`channel ${p.what}`)));
		const handler = createInteractionHandler({ api: h.api, applicationId: h.applicationId, router });
		const click = (custom_id: string, component_type: number, values: string[]) =>
			h.interact({ ...base, type: 'message_component', message_id: message.id, custom_id, component_type, values });
		const ids: string[] = [];
		for (const [id, type, values] of [
			['color', 3, ['red', 'blue']],
			['pick:mod', 5, [DefaultIds.bob]],
			['pick:r', 6, [DefaultIds.moderatorRole]],
			['pick:m', 7, [DefaultIds.bob]],
			['pick:c', 8, [DefaultIds.general]],
		] as const) {
			const i = await click(id, type, [...values]);
			ids.push(i.id);
			await handler.handle(i);
		}
		expect(seen).toEqual(['string red,blue', `user mod ${DefaultIds.bob}`, 'role r', 'mentionable m', 'channel c']);
		for (const id of ids) expect((await h.mock.interaction(id)).responses).toEqual([{ type: 6 }]);
	});

	it('gives typed modal fields, nested in action rows or labels', async () => {
		const got: unknown[] = [];
		const router = createRouter().modal('report:{user}', { fields: ['reason', 'details'] }, async (ctx, params) => {
			got.push({ user: params.user, reason: ctx.fields.reason, details: ctx.fields.details });
			await ctx.reply({ content: 'thanks', ephemeral: true });
		});
		const handler = createInteractionHandler({ api: h.api, applicationId: h.applicationId, router, onError: (e) => got.push(e) });
		const i = await h.interact({
			...base,
			type: 'modal_submit',
			custom_id: `report:${DefaultIds.bob}`,
			components: [
				{ type: 1, components: [{ type: 4, custom_id: 'reason', value: 'spam' }] },
				{ type: 18, component: { type: 4, custom_id: 'details', value: 'many links' } },
			],
		});
		await handler.handle(i);
		expect(got).toEqual([{ user: DefaultIds.bob, reason: 'spam', details: 'many links' }]);
		expect((await h.mock.interaction(i.id)).responses).toEqual([{ type: 4, data: { content: 'thanks', flags: 64 } }]);
	});

	it('reports a modal missing a declared field as an error, and unknown custom_ids as unknown', async () => {
		const errors: unknown[] = [];
		const unknowns: UnknownInteraction[] = [];
		const router = createRouter().modal('form', { fields: ['name'] }, () => undefined);
		const handler = createInteractionHandler({
			api: h.api,
			applicationId: h.applicationId,
			router,
			onError: (e) => errors.push(e),
			onUnknown: (u) => unknowns.push(u),
		});
		await handler.handle(await h.interact({ ...base, type: 'modal_submit', custom_id: 'form', components: [] }));
		await handler.handle(await h.interact({ ...base, type: 'message_component', message_id: message.id, custom_id: 'nobody:home' }));
		expect(errors.map((e) => (e as { code: string }).code)).toEqual(['INTERACTION_MODAL_FIELD_MISSING']);
		expect(unknowns.map((u) => u.reason)).toEqual(['component']);
	});

	it('awaitComponent sees the next matching click alongside the router, and times out with a typed error', async () => {
		const routed: string[] = [];
		const router = createRouter().component('{any}', (_ctx, p) => void routed.push(p.any));
		const handler = createInteractionHandler({ api: h.api, applicationId: h.applicationId, router });
		const waiting = handler.awaitComponent({ customId: 'confirm', userId: DefaultIds.alice, timeoutMs: 5000 });
		await handler.handle(await h.interact({ ...base, type: 'message_component', message_id: message.id, custom_id: 'other' }));
		const i = await h.interact({ ...base, type: 'message_component', message_id: message.id, custom_id: 'confirm' });
		await handler.handle(i);
		const ctx = await waiting;
		await ctx.reply('confirmed');
		expect(ctx.id).toBe(i.id);
		expect(routed).toEqual(['other', 'confirm']);
		const late = handler.awaitComponent({ customId: 'never', timeoutMs: 50 });
		await expect(late).rejects.toBeInstanceOf(ComponentAwaitTimeoutError);
		await expect(late).rejects.toMatchObject({ code: 'INTERACTION_COMPONENT_AWAIT_TIMEOUT', timeoutMs: 50 });
	});

	it('collectComponents gathers until max, and destroy aborts waiters', async () => {
		const handler = createInteractionHandler({ api: h.api, applicationId: h.applicationId });
		const collecting = handler.collectComponents({ messageId: message.id, timeoutMs: 5000, max: 2, onCollect: (ctx) => ctx.deferUpdate() });
		for (const id of ['a', 'b'])
			await handler.handle(await h.interact({ ...base, type: 'message_component', message_id: message.id, custom_id: id }));
		expect((await collecting).map((c) => c.customId)).toEqual(['a', 'b']);
		const pending = handler.awaitComponent({ timeoutMs: 5000 });
		handler.destroy();
		await expect(pending).rejects.toMatchObject({ code: 'INTERACTION_COMPONENT_AWAIT_ABORTED' });
	});

	it('collectComponents({ messageId }) leaves the clicks to the router too: the route answers, the collector sees them', async () => {
		const router = createRouter().button('vote:{choice}', (ctx, { choice }) => ctx.update({ content: `voted ${choice}` }));
		const handler = createInteractionHandler({ api: h.api, applicationId: h.applicationId, router });
		const collecting = handler.collectComponents({ messageId: message.id, timeoutMs: 5000, max: 1 });
		const i = await h.interact({ ...base, type: 'message_component', message_id: message.id, custom_id: 'vote:yes' });
		await handler.handle(i);
		expect((await collecting).map((c) => c.customId)).toEqual(['vote:yes']);
		// The route answered the click: the user never sees "This interaction failed".
		expect((await h.mock.interaction(i.id)).responses).toEqual([{ type: 7, data: { content: 'voted yes' } }]);
	});

	it('reports a collected click that nobody answered by its deadline', async () => {
		const errors: { code?: string }[] = [];
		const handler = createInteractionHandler({
			api: h.api,
			applicationId: h.applicationId,
			timing: { callbackDeadlineMs: 300 },
			onError: (e) => errors.push(e as { code?: string }),
		});
		const collecting = handler.collectComponents({ messageId: message.id, timeoutMs: 2000, max: 1 });
		await handler.handle(await h.interact({ ...base, type: 'message_component', message_id: message.id, custom_id: 'ignored' }));
		await collecting;
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(errors.map((e) => e.code)).toEqual(['INTERACTION_UNANSWERED']);
	});

	it('auto-defers a slow component with deferUpdate, then update() edits the message', async () => {
		const errors: unknown[] = [];
		const router = createRouter().button('slow:{n}', async (ctx, { n }) => {
			await new Promise((resolve) => setTimeout(resolve, 900));
			await ctx.update({ content: `slow ${n} done` });
		});
		// The handler's own deadline is shorter than the mock's 3 s, so auto-defer fires at ~200 ms.
		const handler = createInteractionHandler({
			api: h.api,
			applicationId: h.applicationId,
			router,
			timing: { callbackDeadlineMs: 600 },
			autoDefer: { marginMs: 400 },
			onError: (e) => errors.push(e),
		});
		const i = await h.interact({ ...base, type: 'message_component', message_id: message.id, custom_id: 'slow:7' });
		await handler.handle(i);
		expect(errors).toEqual([]);
		const report = await h.mock.interaction(i.id);
		expect(report.responses).toEqual([{ type: 6 }]);
		expect(report.original?.content).toBe('slow 7 done');
	});

	it('customId refuses ids over 100 characters', () => {
		expect(() => customId('x:{v}', { v: 'y'.repeat(100) })).toThrow(/1-100/);
	});
});
