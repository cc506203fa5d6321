/**
 * The smallest OvenJS bot: answers `!ping` with `pong`, and the `/ping` slash command.
 *
 *   node --import tsx examples/ping-bot.ts   # against a local mock; see examples/README.md
 */
import { createClient, createInteractionHandler, defineCommand, syncCommands } from 'ovenjs';
import { DefaultIds, isMain, runExample, type ExampleOptions, type RunningExample } from './_runExample.js';

/** `/ping`: answers with the time the bot took to see the interaction. */
export const ping = defineCommand({
	name: 'ping',
	description: 'Check that the bot is alive',
	async run(ctx) {
		await ctx.reply(`pong (${Date.now() - ctx.receivedAt} ms)`);
	},
});

/** Logs the ping bot in and registers `/ping`. */
export async function start({ token, api, applicationId, guildId }: ExampleOptions): Promise<RunningExample> {
	const client = createClient({ token, api: api ?? 'https://discord.com/api', intents: ['Guilds', 'GuildMessages', 'MessageContent'] });
	const interactions = createInteractionHandler({ client, commands: [ping] });

	client.on('messageCreate', async (message) => {
		if (message.content === '!ping') await message.reply('pong');
	});
	client.on('interactionCreate', (interaction) => interactions.handle(interaction));

	await syncCommands(client.api, applicationId, [ping], guildId === undefined ? {} : { guildId });
	await client.login();
	return {
		async stop() {
			interactions.destroy();
			await client.destroy();
		},
	};
}

if (isMain(import.meta.url))
	await runExample('ping-bot', start, ['messages', { author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: '!ping' }]);
