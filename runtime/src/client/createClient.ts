import type { IntentInput, IntentNames } from './ClientIntents.js';
import { Client } from './Client.js';
import type { ClientOptions } from './ClientOptions.js';

/**
 * Makes a {@link Client}. Write the intents inline: their names are kept in the client's
 * type, so `client.on('messageCreate', …)` without GuildMessages or DirectMessages does not
 * compile, and `message.content` is `string` only with MessageContent.
 * @throws {OvenClientError} `CLIENT_INVALID_OPTION` for a missing token, an unknown intent, a bad URL or shard count.
 * @example
 * const client = createClient({ token: process.env.DISCORD_TOKEN!, intents: ['Guilds', 'GuildMessages', 'MessageContent'] });
 * client.on('messageCreate', async (message) => { if (message.content === '!ping') await message.reply('pong'); });
 * await client.login();
 */
export function createClient<const I extends readonly IntentInput[]>(options: ClientOptions<I>): Client<IntentNames<I>> {
	return new Client<IntentNames<I>>(options);
}
