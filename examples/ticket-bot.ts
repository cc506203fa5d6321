/**
 * A ticket bot: `/ticket` shows a select menu of categories; picking one opens a thread with
 * a Close button whose custom_id carries the thread's id (`ticket:close:{id}`). Threads, their
 * messages and their closing go through the structures (`channel.threads.create()`,
 * `thread.send()`, `thread.edit()`): no `client.api` call.
 *
 *   node --import tsx examples/ticket-bot.ts   # against a local mock; see examples/README.md
 */
import {
	actionRow,
	button,
	createClient,
	createInteractionHandler,
	createRouter,
	customId,
	defineCommand,
	embed,
	stringSelect,
	syncCommands,
	toSnowflake,
} from 'ovenjs';
import { ChannelTypes } from 'ovenjs/knowledge';
import { DefaultIds, isMain, runExample, type ExampleOptions, type RunningExample } from './_runExample.js';

/** The categories a ticket can be opened in, by select-menu value. */
export const categories = {
	billing: { label: 'Billing', emoji: '💳' },
	bug: { label: 'Bug report', emoji: '🐞' },
	other: { label: 'Something else', emoji: '💬' },
} as const;

/** Builds the ticket bot's command and routes. */
export function tickets() {
	const ticket = defineCommand({
		name: 'ticket',
		description: 'Open a support ticket',
		contexts: ['Guild'],
		async run(ctx) {
			await ctx.reply({
				ephemeral: true,
				content: 'What is your ticket about?',
				components: [
					actionRow(
						stringSelect({
							custom_id: 'ticket:open',
							placeholder: 'Pick a category',
							options: Object.entries(categories).map(([value, { label, emoji }]) => ({ value, label, emoji: { name: emoji } })),
						}),
					),
				],
			});
		},
	});

	const router = createRouter()
		.stringSelect('ticket:open', async (ctx) => {
			const category = categories[ctx.values[0] as keyof typeof categories];
			await ctx.deferUpdate(); // creating a thread and posting in it can take a moment
			const thread = await ctx.channel!.threads.create({
				name: `${category.label} – ${ctx.user.username}`,
				type: ChannelTypes.PublicThread,
			});
			await thread.send({
				content: `${ctx.user}, a moderator will be with you soon.`,
				embeds: [embed({ title: `${category.emoji} ${category.label}`, description: `Ticket opened by ${ctx.user}.`, color: 0x5865f2 })],
				components: [
					actionRow(button({ custom_id: customId('ticket:close:{id}', { id: thread.id }), label: 'Close ticket', style: 'danger' })),
				],
			});
			await ctx.editReply({ content: `Your ticket is open: ${thread}`, components: [] });
		})
		.button('ticket:close:{id}', async (ctx, { id }) => {
			await ctx.update({ content: `Ticket closed by ${ctx.user}.`, components: [] });
			await ctx.guild?.channels.edit(toSnowflake<'Channel'>(id), { archived: true, locked: true });
		});

	return { commands: [ticket], router };
}

/** Logs the ticket bot in and registers `/ticket`. */
export async function start({ token, api, applicationId, guildId }: ExampleOptions): Promise<RunningExample> {
	const client = createClient({ token, api: api ?? 'https://discord.com/api', intents: ['Guilds'] });
	const { commands, router } = tickets();
	const interactions = createInteractionHandler({ client, commands, router });
	client.on('interactionCreate', (interaction) => interactions.handle(interaction));

	await syncCommands(client.api, applicationId, commands, guildId === undefined ? {} : { guildId });
	await client.login();
	return {
		async stop() {
			interactions.destroy();
			await client.destroy();
		},
	};
}

if (isMain(import.meta.url))
	await runExample('ticket-bot', start, [
		'interactions',
		{ type: 'application_command', user_id: DefaultIds.carol, channel_id: DefaultIds.general, name: 'ticket' },
	]);
