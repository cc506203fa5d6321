import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockDiscord, DefaultIds, type MockDiscord, type ReplayedRequest } from '@ovenjs/mock-discord';
import { parseInspectorMessage, type InspectorRest } from 'ovenjs/inspector/protocol';
import { start } from '../../examples/moderation-bot.js';
import type { RunningExample } from '../../examples/_runExample.js';
import { ControlClient, eventually } from '../support/control.js';

/** `METHOD path` and the body, times made comparable (a timeout's end moves with the clock). */
function call(method: string, path: string, body: unknown): string {
	const text = JSON.stringify(body ?? null)
		.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)/g, '<time>')
		.replace(/<t:\d+/g, '<t:…');
	return `${method} ${path} ${text}`;
}

/** The REST calls of a recording made after its first READY, as {@link call}s. */
function recordedCalls(text: string): string[] {
	const calls: string[] = [];
	let ready = false;
	for (const line of text.trimEnd().split('\n')) {
		const message = parseInspectorMessage(JSON.parse(line));
		if (message?.type === 'packet' && message.t === 'READY') ready = true;
		if (ready && message?.type === 'rest') {
			const rest: InspectorRest = message;
			calls.push(call(rest.method, rest.path ?? rest.route, rest.requestBody));
		}
	}
	return calls;
}

// The moderation example, recorded while a scripted user session plays (OVEN_RECORD, as a
// user would set it), then replayed on a fresh mock to a fresh copy of the bot.
describe('record a session of examples/moderation-bot, replay it to a fresh bot', () => {
	let dir: string;
	let file: string;
	let recorded: string;
	let replayMock: MockDiscord | undefined;
	let replayBot: RunningExample | undefined;

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'oven-replay-test-'));
		file = join(dir, 'session.jsonl');
		const mock = await createMockDiscord();
		const control = new ControlClient(mock.control);
		process.env['OVEN_RECORD'] = file;
		process.env['OVEN_INSPECTOR_DIR'] = join(dir, 'inspectors');
		let bot: RunningExample | undefined;
		try {
			bot = await start({ token: mock.token, api: mock.api, applicationId: mock.applicationId });
			const where = { guild_id: DefaultIds.guild, channel_id: DefaultIds.general };
			const answered = (id: string) =>
				eventually(async () => {
					const record = await control.interaction(id);
					return record.responses.length > 0 ? record : undefined;
				}, `an answer to interaction ${id}`);
			const refused = await control.interact({
				type: 'application_command',
				user_id: DefaultIds.carol,
				...where,
				name: 'timeout',
				options: [
					{ name: 'user', type: 6, value: DefaultIds.bob },
					{ name: 'minutes', type: 4, value: 5 },
				],
			});
			await answered(refused.id);
			const warn = await control.interact({
				type: 'application_command',
				user_id: DefaultIds.alice,
				...where,
				name: 'warn',
				options: [
					{ name: 'user', type: 6, value: DefaultIds.bob },
					{ name: 'reason', type: 3, value: 'spam' },
				],
			});
			await answered(warn.id);
			const prompt = await eventually(
				async () => (await control.messages(DefaultIds.general)).find((m) => (m.components?.length ?? 0) > 0),
				'the confirmation prompt',
			);
			const confirm = (prompt.components as { components: { label: string; custom_id: string }[] }[])
				.flatMap((row) => row.components)
				.find((b) => b.label === 'Confirm');
			const click = await control.interact({
				type: 'message_component',
				user_id: DefaultIds.alice,
				...where,
				message_id: prompt.id,
				custom_id: confirm?.custom_id,
			});
			const modal = await answered(click.id);
			const submit = await control.interact({
				type: 'modal_submit',
				user_id: DefaultIds.alice,
				...where,
				message_id: prompt.id,
				custom_id: modal.responses[0]?.data?.['custom_id'],
				components: [{ type: 18, component: { type: 4, custom_id: 'note', value: 'second time' } }],
			});
			await answered(submit.id);
			const timeout = await control.interact({
				type: 'application_command',
				user_id: DefaultIds.alice,
				...where,
				name: 'timeout',
				options: [
					{ name: 'user', type: 6, value: DefaultIds.carol },
					{ name: 'minutes', type: 4, value: 10 },
				],
			});
			await answered(timeout.id);
		} finally {
			delete process.env['OVEN_RECORD'];
			await bot?.stop();
			await mock.close();
		}
		recorded = await readFile(file, 'utf8');
	}, 60_000);

	afterAll(async () => {
		await replayBot?.stop();
		await replayMock?.close();
		delete process.env['OVEN_INSPECTOR_DIR'];
		await rm(dir, { recursive: true, force: true });
	});

	it('recorded the interactions, the REST calls with their bodies, and no token', () => {
		const calls = recordedCalls(recorded);
		expect(calls.filter((c) => c.startsWith('POST /interactions/'))).toHaveLength(5);
		expect(calls.some((c) => c.startsWith(`PATCH /guilds/${DefaultIds.guild}/members/${DefaultIds.carol}`))).toBe(true);
		expect(recorded).toContain('"t":"INTERACTION_CREATE"');
		expect(recorded).not.toMatch(/"token":"(?!\[redacted\])/);
	});

	it('replays it to a fresh bot, which makes the same REST calls with the same bodies', async () => {
		replayMock = await createMockDiscord({ replay: { file, pace: 'fast' } });
		// The same application and guild as recorded: the world comes from the recording.
		expect(replayMock.applicationId).toBe(DefaultIds.application);
		expect(replayMock.world.guilds.has(DefaultIds.guild)).toBe(true);
		replayBot = await start({ token: replayMock.token, api: replayMock.api, applicationId: replayMock.applicationId });
		const replay = replayMock.replay!;
		await replay.done;
		const expected = recordedCalls(recorded);
		const made = await eventually(
			() => (replay.requests.length >= expected.length ? replay.requests : undefined),
			`the replayed bot to make the ${expected.length} recorded REST calls`,
		);
		expect(made.map((r: ReplayedRequest) => call(r.method, r.path, r.body))).toEqual(expected);
		expect(made.every((r) => r.fromRecording)).toBe(true);
		expect(replay.progress()).toEqual({ dispatched: replay.progress().total, total: expect.any(Number), unusedAnswers: 0 });
	});
});
