/**
 * `npm start`: the moderation example against the local mock, with no token and no network.
 *
 * Starts `@ovenjs/mock-discord`, starts examples/moderation-bot.ts against it, then plays a
 * scripted session through the mock's control API (slash commands, a button click, a modal
 * submit) and prints the conversation. Exits 0 when every step got the answer it expects,
 * 1 with the reason otherwise, and 1 after 60 s whatever happens.
 *
 *   npm start              # build, run the session, exit
 *   npm start -- --keep    # leave the mock and the bot running afterwards and print the URLs
 */
import { createMockDiscord, DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';
import { start } from '../../examples/moderation-bot.js';
import type { RunningExample } from '../../examples/_runExample.js';
import { ControlClient, eventually, type InteractionRecord } from '../support/control.js';

const keep = process.argv.includes('--keep');
const HARD_TIMEOUT_MS = 60_000;

interface Embed {
	readonly title?: string;
	readonly description?: string;
	readonly fields?: readonly { readonly name: string; readonly value: string }[];
}
interface Component {
	readonly type: number;
	readonly label?: string;
	readonly title?: string;
	readonly placeholder?: string;
	readonly component?: Component;
	readonly components?: readonly Component[];
}
interface MessageData {
	readonly content?: string;
	readonly embeds?: readonly Embed[];
	readonly components?: readonly Component[];
	readonly flags?: number;
	readonly title?: string;
}

const names = new Map<string, string>();
/** `<@123>` → `@alice`, so the transcript reads like Discord. */
const readable = (text: string): string =>
	text
		.replace(/<@!?(\d+)>/g, (_whole, id: string) => `@${names.get(id) ?? id}`)
		.replace(/<t:(\d+)(?::\w)?>/g, (_whole, seconds: string) => `${new Date(Number(seconds) * 1000).toISOString().slice(11, 16)} UTC`);
const say = (who: string, text: string): void => {
	const [first = '', ...rest] = text.split('\n');
	console.log(`  ${who.padEnd(14)} │ ${first}`);
	for (const line of rest) console.log(`  ${''.padEnd(14)} │ ${line}`);
};

function summarise(data: MessageData): string {
	const lines: string[] = [];
	if (data.content) lines.push(readable(data.content));
	for (const embed of data.embeds ?? []) {
		const head = [embed.title, embed.description]
			.filter(Boolean)
			.map((part) => readable(String(part)))
			.join(' — ');
		lines.push(`[embed] ${head}`);
		for (const field of embed.fields ?? []) lines.push(`        ${field.name}: ${readable(field.value)}`);
	}
	const flat = (list: readonly Component[] = []): Component[] =>
		list.flatMap((c) => [c, ...flat(c.components), ...(c.component ? [c.component] : [])]);
	const buttons = flat(data.components)
		.filter((c) => c.type === 2)
		.map((c) => `[${c.label ?? '?'}]`);
	if (buttons.length > 0) lines.push(`buttons: ${buttons.join(' ')}`);
	if (lines.length === 0) lines.push('(an empty message)');
	return lines.join('\n');
}

async function main(mock: MockDiscord): Promise<RunningExample> {
	const control = new ControlClient(mock.control);
	console.log('OvenJS demo: examples/moderation-bot.ts against a local mock Discord (no token, no network)');
	console.log(`mock Discord: REST ${mock.api} · gateway ${mock.gateway} · control ${mock.control}\n`);

	const bot = await start({ token: mock.token, api: mock.api, applicationId: mock.applicationId });
	const state = await control.state();
	for (const user of state.users) names.set(user.id, user.username);
	const guild = state.guilds.find((candidate) => candidate.id === DefaultIds.guild);
	const channel = guild?.channels.find((candidate) => candidate.id === DefaultIds.general);
	if (guild === undefined || channel === undefined)
		throw new Error('the mock\'s default world has no "Oven Test Guild" with #general; was it started with a scenario?');
	const botName = names.get(DefaultIds.bot) ?? 'bot';
	console.log(`${botName} is online in "${guild.name}" with /warn, /timeout, /ban and /purge registered.\n`);
	console.log(`#${channel.name}`);

	const where = { guild_id: guild.id, channel_id: channel.id };
	const answer = (id: string, what: string): Promise<InteractionRecord> =>
		eventually(async () => {
			const record = await control.interaction(id);
			return record.responses.length > 0 ? record : undefined;
		}, `the bot to answer ${what}`);
	/** Prints the bot's answer to an interaction, whatever form it took. */
	const show = async (id: string, what: string, user: string): Promise<InteractionRecord> => {
		const record = await answer(id, what);
		const response = record.responses[0]!;
		const data = (response.data ?? {}) as MessageData;
		const prefix = (data.flags ?? 0) & 64 ? `(only ${user} can see this) ` : '';
		if (response.type === 4) say(botName, prefix + summarise(data));
		else if (response.type === 7) say(botName, `(edits its message)\n${summarise(data)}`);
		else if (response.type === 9) {
			const fields = (data.components ?? []).map((c) => c.label ?? c.components?.[0]?.label ?? 'a field');
			say(botName, `(opens a form "${data.title ?? ''}": ${fields.join(', ')})`);
		} else if (response.type === 5 || response.type === 6) {
			const edited = await eventually(
				async () => ((await control.interaction(id)) as InteractionRecord & { original?: MessageData | null }).original ?? undefined,
				`the bot to finish ${what}`,
			);
			say(botName, `(is thinking…)\n${summarise(edited)}`);
		} else throw new Error(`the bot answered ${what} with callback type ${response.type}, which the demo does not expect`);
		return record;
	};
	const expect = (condition: boolean, failure: string): void => {
		if (!condition) throw new Error(failure);
	};

	// 1. A member without Moderate Members is refused before the bot acts.
	say('carol', '/timeout user:@bob minutes:5');
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
	const refusal = await show(refused.id, '/timeout from carol', 'carol');
	expect(
		(refusal.responses[0]?.data?.['flags'] as number | undefined) === 64,
		"carol's /timeout should have been refused privately (an ephemeral reply)",
	);

	// 2. A moderator warns: slash command → confirmation buttons.
	say('alice', '/warn user:@bob reason:spam in #general');
	const warn = await control.interact({
		type: 'application_command',
		user_id: DefaultIds.alice,
		...where,
		name: 'warn',
		options: [
			{ name: 'user', type: 6, value: DefaultIds.bob },
			{ name: 'reason', type: 3, value: 'spam in #general' },
		],
	});
	await show(warn.id, '/warn', 'alice');
	const prompt = await eventually(
		async () => (await control.messages(channel.id)).find((m) => m.author.id === DefaultIds.bot && (m.components?.length ?? 0) > 0),
		'the confirmation message in #general',
	);
	const confirm = ((prompt.components ?? []) as { components?: { label?: string; custom_id?: string }[] }[])
		.flatMap((row) => row.components ?? [])
		.find((b) => b.label === 'Confirm');
	expect(confirm?.custom_id !== undefined, 'the confirmation message has no Confirm button');

	// 3. A button click → a modal.
	say('alice', '(clicks [Confirm])');
	const click = await control.interact({
		type: 'message_component',
		user_id: DefaultIds.alice,
		...where,
		message_id: prompt.id,
		custom_id: confirm!.custom_id!,
	});
	const modal = await show(click.id, 'the Confirm click', 'alice');
	const modalId = modal.responses[0]?.data?.['custom_id'];
	expect(modal.responses[0]?.type === 9 && typeof modalId === 'string', 'Confirm should have opened a modal');

	// 4. The modal submit → the message becomes the record of the warning.
	say('alice', '(fills in the form) Note for the mod log: "second time this week"');
	const submit = await control.interact({
		type: 'modal_submit',
		user_id: DefaultIds.alice,
		...where,
		message_id: prompt.id,
		custom_id: modalId as string,
		components: [{ type: 18, component: { type: 4, custom_id: 'note', value: 'second time this week' } }],
	});
	await show(submit.id, 'the modal', 'alice');
	const warned = (await control.messages(channel.id)).find((m) => m.id === prompt.id) as unknown as MessageData | undefined;
	expect(warned?.embeds?.[0]?.title === 'Member warned', 'after the modal the message should say "Member warned"');

	// 5. A moderator times a member out.
	say('alice', '/timeout user:@carol minutes:10 reason:flooding');
	const timeout = await control.interact({
		type: 'application_command',
		user_id: DefaultIds.alice,
		...where,
		name: 'timeout',
		options: [
			{ name: 'user', type: 6, value: DefaultIds.carol },
			{ name: 'minutes', type: 4, value: 10 },
			{ name: 'reason', type: 3, value: 'flooding' },
		],
	});
	await show(timeout.id, '/timeout from alice', 'alice');
	const until = mock.world.guilds.get(guild.id)?.members.get(DefaultIds.carol)?.communication_disabled_until;
	expect(typeof until === 'string' && Date.parse(until) > Date.now(), 'carol should be timed out in the mock after /timeout');

	console.log('\ndemo finished: three slash commands, a button click and a modal, each answered by the moderation example.');
	return bot;
}

let mock: MockDiscord | undefined;
let bot: RunningExample | undefined;
const hardTimeout = setTimeout(() => {
	console.error(
		`\ndemo failed: no result after ${HARD_TIMEOUT_MS / 1000} s; something is stuck (is another process using the CPU heavily?)`,
	);
	process.exit(1);
}, HARD_TIMEOUT_MS);
hardTimeout.unref();

try {
	mock = await createMockDiscord();
	bot = await main(mock);
} catch (error) {
	console.error(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
clearTimeout(hardTimeout);

if (keep && process.exitCode !== 1 && mock !== undefined) {
	console.log('\n--keep: the mock and the bot keep running. Ctrl+C stops them.');
	console.log(`  REST     ${mock.api}\n  gateway  ${mock.gateway}\n  control  ${mock.control}`);
	console.log(`  try:     curl -s ${mock.control}/state`);
	const stop = async (): Promise<void> => {
		await bot?.stop();
		await mock?.close();
		process.exit(0);
	};
	process.once('SIGINT', () => void stop());
	process.once('SIGTERM', () => void stop());
} else {
	await bot?.stop();
	await mock?.close();
}
