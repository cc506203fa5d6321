import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture, removeCopy, replay, type ReplayFixture, type ReplayRun } from './_replay.js';
import { v13Js, v13Ts, v14Handlers, v14Js, v14Ts } from './_replayFixtures.js';
import type { ReplayRequest } from './_normalizeRequests.js';

// Differential replay (issue #9): each fixture bot runs unmodified on discord.js, then
// migrated by oven-migrate on OvenJS, each against a fresh mock with the same scripted
// scenario; the REST requests they make (method, route, status, body, after normalising
// ids and Discord's documented defaults; the mock logs interaction tokens as [redacted]) must be
// the same, in the same order.

const copies: string[] = [];
afterAll(async () => {
	// Original runs queued for tests that were filtered out still hold a bot and a mock.
	await originalQueue;
	await Promise.all(copies.map(removeCopy));
});

const originals = new Map<ReplayFixture, Promise<ReplayRun>>();
let originalQueue: Promise<unknown> = Promise.resolve();

/**
 * The original bot's run on discord.js, once per fixture. Runs are queued one after the
 * other (never two originals at once), so the next fixture's original can run while a
 * test replays a migrated bot.
 */
function originalRun(fixture: ReplayFixture): Promise<ReplayRun> {
	let run = originals.get(fixture);
	if (run === undefined) {
		run = originalQueue.then(async () => {
			const copy = await copyFixture(fixture, { migrated: false });
			copies.push(copy.root);
			return replay(fixture, fixture.from === 'v13' ? 'discord.js-v13' : 'discord.js-v14', copy.root);
		});
		originalQueue = run.catch(() => undefined);
		originals.set(fixture, run);
	}
	return run;
}

/** Queues the original run of the fixture a later test replays, to overlap with this test's migrated run. */
function prefetch(fixture: ReplayFixture): void {
	void originalRun(fixture).catch(() => undefined); // awaited, and its failure reported, by that test
}

/** The migrated bot's run on OvenJS; `edit` hand-changes the migrated entry file first. */
async function migratedRun(fixture: ReplayFixture, original: ReplayRun, edit?: (text: string) => string): Promise<ReplayRun> {
	const copy = await copyFixture(fixture, edit === undefined ? { migrated: true } : { migrated: true, edit });
	copies.push(copy.root);
	return replay(fixture, 'ovenjs', copy.root, { expectedCounts: original.stepCounts });
}

const callbackTypes = (requests: readonly ReplayRequest[]): number[] =>
	requests.filter((request) => /\/callback(\?|$)/.test(request.route)).map((request) => (request.body as { type: number }).type);

const summary = (requests: readonly ReplayRequest[]): string[] =>
	requests.map((request) => `${request.method} ${request.route} ${request.status}`);

describe('differential replay: original on discord.js vs migrated on OvenJS, against the mock', () => {
	it('v14 JavaScript ticket bot: messages, select menus, a slash command with buttons, a modal, updates, a deferred edit', async () => {
		const original = await originalRun(v14Js);
		prefetch(v14Ts);
		// The scenario reached every kind of answer: message (4), deferred (5), update (7), modal (9);
		// the user select's answer is the first 4, the string select's the first 7.
		expect(callbackTypes(original.requests), original.output).toEqual([4, 4, 9, 4, 7, 5, 7]);
		// !setup posted one row per select menu kind: user (5), role (6), channel (8), mentionable (7).
		const settings = original.requests.find((request) => (request.body as { content?: string } | undefined)?.content === 'Ticket settings');
		const selectTypes = (settings?.body as { components?: { components: { type: number }[] }[] } | undefined)?.components?.map(
			(row) => row.components[0]?.type,
		);
		expect(selectTypes).toEqual([5, 6, 8, 7]);
		expect(original.requests.map((request) => request.body)).toEqual(
			expect.arrayContaining([
				{ type: 4, data: { content: expect.stringMatching(/^Tickets now go to <@<id:\d+>>$/), flags: 64 } },
				{ type: 7, data: { content: 'Priority set to high', components: [expect.objectContaining({ type: 1 })] } },
			]),
		);
		const followUp = original.requests.find(
			(request) => request.method === 'POST' && /^\/webhooks\/[^/]+\/[^/?]+(\?|$)/.test(request.route),
		);
		expect(followUp?.body).toEqual({ content: 'ask a moderator for more', flags: 64 });
		expect(summary(original.requests)).toContainEqual(
			expect.stringMatching(/^PATCH \/webhooks\/<id:\d+>\/\[redacted\]\/messages\/@original 200$/),
		);
		const migrated = await migratedRun(v14Js, original);
		expect(migrated.requests, migrated.output).toEqual(original.requests);
	});

	it('v14 TypeScript bot: embeds in replies, plain sends, ephemeral replies, a defer, command options, user and message context menus', async () => {
		const original = await originalRun(v14Ts);
		prefetch(v13Js);
		expect(callbackTypes(original.requests), original.output).toEqual([4, 5, 4, 4, 4, 4, 4]);
		// The options were read: a required string and an optional integer, given and left out.
		expect(
			original.requests
				.filter((request) => /\/callback/.test(request.route))
				.slice(3, 5)
				.map((request) => request.body),
		).toEqual([
			{ type: 4, data: { content: 'hi hi hi' } },
			{ type: 4, data: { content: 'once' } },
		]);
		// The context menu commands were answered (by the bot's interactionCreate, not a placeholder run).
		expect(original.requests.slice(-2).map((request) => request.body)).toEqual([
			{ type: 4, data: { content: 'alice sends a high five', flags: 64 } },
			{ type: 4, data: { content: 'bookmarked', flags: 64 } },
		]);
		expect(original.requests.filter((request) => request.route.endsWith('/messages'))).toHaveLength(4);
		const migrated = await migratedRun(v14Ts, original);
		expect(migrated.requests, migrated.output).toEqual(original.requests);
	});

	it('v13 JavaScript bot: an embed, a permission check, a button and a select menu, a modal, a deferred edit (REST v9, gateway v9)', async () => {
		const original = await originalRun(v13Js);
		prefetch(v13Ts);
		expect(callbackTypes(original.requests), original.output).toEqual([4, 4, 9, 4, 5]);
		// The MessageSelectMenu went out with the button, and its answer read the picked values.
		expect(original.requests.map((request) => request.body)).toContainEqual({ type: 4, data: { content: 'noted: bug, idea', flags: 64 } });
		// carol may not ban and is told so; alice owns the guild and is not.
		expect(
			original.requests.filter((request) => (request.body as { content?: string } | undefined)?.content === 'you cannot ban'),
		).toHaveLength(1);
		const migrated = await migratedRun(v13Js, original);
		expect(migrated.requests, migrated.output).toEqual(original.requests);
	});

	it('v13 TypeScript bot: an embed reply, a switch on channel type strings, a slash command with buttons, an update', async () => {
		const original = await originalRun(v13Ts);
		expect(callbackTypes(original.requests), original.output).toEqual([4, 7]);
		expect(original.requests.at(-1)?.body).toEqual({ type: 7, data: { content: 'voted no', components: [] } });
		// #general is a text channel: the v13 string case matched.
		expect(original.requests.map((request) => (request.body as { content?: string } | undefined)?.content)).toContain('in a text channel');
		const migrated = await migratedRun(v13Ts, original);
		expect(migrated.requests, migrated.output).toEqual(original.requests);
	});

	it('v14 handler-module bot (CommonJS): commands and events from their folders, a Collection on the client, allowedMentions kept', async () => {
		const original = await originalRun(v14Handlers);
		expect(callbackTypes(original.requests), original.output).toEqual([4, 5, 4]);
		const bodies = original.requests.map((request) => request.body);
		expect(bodies).toContainEqual(expect.objectContaining({ content: 'commands: ping, slow (first: ping)' }));
		// The client's allowedMentions went with every message: @everyone pings no one.
		expect(bodies).toContainEqual(expect.objectContaining({ content: 'hello @everyone', allowed_mentions: { parse: [] } }));
		expect(bodies).toContainEqual({ type: 4, data: { content: 'Pong, alice! @everyone', flags: 64, allowed_mentions: { parse: [] } } });
		const migrated = await migratedRun(v14Handlers, original);
		expect(migrated.requests, migrated.output).toEqual(original.requests);
	}, 180_000);

	it('reports a difference: a hand-edited migrated bot that answers !hello differently fails the comparison', async () => {
		const original = await originalRun(v14Ts);
		const edited = await migratedRun(v14Ts, original, (text) => {
			expect(text).toContain("send('hello')");
			return text.replace("send('hello')", "send('hello there')");
		});
		expect(() => expect(edited.requests).toEqual(original.requests)).toThrow();
		const changed = original.requests.findIndex((request, index) => !isDeepStrictEqual(request, edited.requests[index]));
		expect(original.requests[changed]?.body).toEqual({ content: 'hello' });
		expect(edited.requests[changed]?.body).toEqual({ content: 'hello there' });
		// Only that request differs.
		expect(edited.requests.filter((request, index) => !isDeepStrictEqual(request, original.requests[index]))).toHaveLength(1);
	});
});
