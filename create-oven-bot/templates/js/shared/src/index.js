/**
 * `npm run dev`: runs the bot on Discord with the token in DISCORD_TOKEN (and, optionally,
 * its slash commands registered in the server DISCORD_GUILD_ID, where they appear at once).
 */
import { startBot } from './bot.js';

const token = process.env.DISCORD_TOKEN;
if (token === undefined || token === '') {
	console.error('Set DISCORD_TOKEN to your bot token (README.md, "Run it on Discord"), or run `npm start` to try the bot on a local mock.');
	process.exit(1);
}

const bot = await startBot({ token, guildId: process.env.DISCORD_GUILD_ID });
console.log(`Logged in as ${bot.client.user?.username ?? 'the bot'}. Ctrl+C stops it.`);

async function stop() {
	await bot.stop();
	process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
