/**
 * The bot: two slash commands, `/ping` and `/echo`. `startBot()` is what `npm start` (a local
 * mock Discord), `npm run dev` (Discord itself) and the tests run.
 */
import { createClient, createInteractionHandler, defineCommand, option, syncCommands } from 'ovenjs';

/** `/ping`: answers with how long the bot took to see the command. */
const ping = defineCommand({
	name: 'ping',
	description: 'Check that the bot is alive',
	async run(ctx) {
		await ctx.reply(`pong (${Date.now() - ctx.receivedAt} ms)`);
	},
});

/** `/echo text [private]`: says `text` back, only to the caller when `private` is true. */
const echo = defineCommand({
	name: 'echo',
	description: 'Say something back',
	options: {
		// ctx.options.text is a string (required), ctx.options.private a boolean or undefined.
		text: option.string({ description: 'What to say', required: true, maxLength: 2000 }),
		private: option.boolean({ description: 'Only you see the answer' }),
	},
	async run(ctx) {
		await ctx.reply({ content: ctx.options.text, ephemeral: ctx.options.private ?? false });
	},
});

/** The commands, registered on every start (only sent to Discord when they changed). */
export const commands = [ping, echo];

/** Where the bot connects. */
export interface BotOptions {
	/** The bot token: from the Developer Portal, or the mock's. */
	readonly token: string;
	/** Discord's REST base URL (the default), or the mock's. */
	readonly api?: string;
	/** Register the commands in this server only (they appear at once) instead of globally (which can take a while). */
	readonly guildId?: string;
}

/** Logs the bot in and registers its commands; resolves once it is connected. */
export async function startBot({ token, api, guildId }: BotOptions) {
	const client = createClient({ token, api: api ?? 'https://discord.com/api', intents: ['Guilds'] });
	await client.login();

	const applicationId = client.applicationId!; // known once logged in
	await syncCommands(client.api, applicationId, commands, guildId === undefined ? {} : { guildId });
	const interactions = createInteractionHandler({
		api: client.api,
		applicationId,
		commands,
		onError: (error) => console.error('A command failed:', error),
	});
	client.on('interactionCreate', (interaction) => interactions.handle(interaction.raw));

	return {
		client,
		/** Disconnects. Safe to call twice. */
		async stop() {
			interactions.destroy();
			await client.destroy();
		},
	};
}
