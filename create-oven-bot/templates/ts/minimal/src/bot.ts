/**
 * The bot: answers `!ping` with `pong`. `startBot()` is what `npm start` (a local mock
 * Discord), `npm run dev` (Discord itself) and the tests run.
 */
import { createClient } from 'ovenjs';

/** Where the bot connects. */
export interface BotOptions {
	/** The bot token: from the Developer Portal, or the mock's. */
	readonly token: string;
	/** Discord's REST base URL (the default), or the mock's. */
	readonly api?: string;
	/** The server to register slash commands in (they appear at once there); this bot has none yet. */
	readonly guildId?: string;
}

/** Logs the bot in; resolves once it is connected. */
export async function startBot({ token, api }: BotOptions) {
	// The intents are part of the client's type: without 'GuildMessages' the messageCreate
	// listener does not compile, without 'MessageContent' message.content may be undefined.
	const client = createClient({ token, api: api ?? 'https://discord.com/api', intents: ['Guilds', 'GuildMessages', 'MessageContent'] });

	client.on('messageCreate', async (message) => {
		if (message.content === '!ping') await message.reply('pong');
	});

	await client.login();
	return {
		client,
		/** Disconnects. Safe to call twice. */
		stop: () => client.destroy(),
	};
}
