import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createInteractionHandler,
	defineCommand,
	InteractionAlreadyAcknowledgedError,
	InteractionExpiredError,
	syncCommands,
	type CommandContext,
} from 'ovenjs';
import { DefaultIds, inGeneral, sleep, startHarness, type Harness } from './_harness.js';

// Short deadlines, with generous margins either side for a loaded CI machine.
const DEADLINE = 1500;
const LIFETIME = 2500;
let h: Harness;
let body: (ctx: CommandContext) => Promise<unknown>;
const slow = defineCommand({ name: 'slow', description: 'Does what the test says', run: (ctx) => body(ctx) });

beforeAll(async () => {
	h = await startHarness({ interactions: { callbackDeadlineMs: DEADLINE, tokenLifetimeMs: LIFETIME } });
	await syncCommands(h.api, h.applicationId, [slow], { guildId: DefaultIds.guild });
}, 20_000);
afterAll(() => h.close());

async function run(autoDefer?: { marginMs: number }): Promise<{ id: string; errors: unknown[] }> {
	const errors: unknown[] = [];
	const handler = createInteractionHandler({
		api: h.api,
		applicationId: h.applicationId,
		commands: [slow],
		timing: { callbackDeadlineMs: DEADLINE, tokenLifetimeMs: LIFETIME },
		...(autoDefer === undefined ? {} : { autoDefer }),
		onError: (error) => errors.push(error),
	});
	const interaction = await h.interact({ ...inGeneral, type: 'application_command', name: 'slow' });
	await handler.handle(interaction);
	return { id: interaction.id, errors };
}

async function callbacksFor(id: string): Promise<number> {
	return (await h.mock.requests()).filter((r) => r.method === 'POST' && r.path.includes(`/interactions/${id}/`)).length;
}

describe('responses and deadlines on the mock', () => {
	it('refuses a second answer with a typed error before any request is sent', async () => {
		let second: unknown;
		let modal: unknown;
		body = async (ctx) => {
			await ctx.reply('first');
			second = await ctx.reply('second').catch((e: unknown) => e);
			modal = await ctx.showModal({ custom_id: 'm', title: 't', components: [] }).catch((e: unknown) => e);
		};
		const { id, errors } = await run();
		expect(errors).toEqual([]);
		expect(second).toBeInstanceOf(InteractionAlreadyAcknowledgedError);
		expect(modal).toBeInstanceOf(InteractionAlreadyAcknowledgedError);
		expect(second).toMatchObject({ code: 'INTERACTION_ALREADY_ACKNOWLEDGED', firstResponse: 'reply', interactionId: id });
		expect(await callbacksFor(id)).toBe(1);
		expect((await h.mock.interaction(id)).responses).toEqual([{ type: 4, data: { content: 'first' } }]);
	});

	it('refuses a first answer after the callback deadline without sending it', async () => {
		body = async (ctx) => {
			expect(ctx.remainingMs).toBeGreaterThan(0);
			await sleep(DEADLINE + 300);
			await ctx.reply('too late');
		};
		const { id, errors } = await run();
		expect(errors).toHaveLength(1);
		expect(errors[0]).toBeInstanceOf(InteractionExpiredError);
		expect(errors[0]).toMatchObject({ code: 'INTERACTION_CALLBACK_DEADLINE_PASSED' });
		expect(await callbacksFor(id)).toBe(0);
	});

	it('auto-defers before the deadline, then turns reply() into an edit of the deferred message', async () => {
		body = async (ctx) => {
			await sleep(DEADLINE + 300);
			expect(ctx.autoDeferred).toBe(true);
			await ctx.reply('worth the wait');
		};
		const { id, errors } = await run({ marginMs: 700 });
		expect(errors).toEqual([]);
		const report = await h.mock.interaction(id);
		expect(report.responses.map((r) => r.type)).toEqual([5]);
		expect(report.original?.content).toBe('worth the wait');
	});

	it('does not auto-defer an interaction answered in time', async () => {
		body = (ctx) => ctx.reply('quick');
		const { id } = await run({ marginMs: 700 });
		await sleep(DEADLINE);
		expect(await callbacksFor(id)).toBe(1);
	});

	it('needs a first response before editReply, and refuses follow-ups after the token lifetime', async () => {
		let early: unknown;
		let late: unknown;
		body = async (ctx) => {
			early = await ctx.editReply('nothing to edit').catch((e: unknown) => e);
			await ctx.deferReply({ ephemeral: true });
			await sleep(LIFETIME + 300);
			late = await ctx.followUp('hello?').catch((e: unknown) => e);
		};
		const { id, errors } = await run();
		expect(errors).toEqual([]);
		expect(early).toMatchObject({ code: 'INTERACTION_NOT_ACKNOWLEDGED' });
		expect(late).toBeInstanceOf(InteractionExpiredError);
		expect(late).toMatchObject({ code: 'INTERACTION_TOKEN_EXPIRED' });
		expect((await h.mock.interaction(id)).followups).toEqual([]);
	});
});
