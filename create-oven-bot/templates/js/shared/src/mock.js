/**
 * `npm start`: runs the bot against a local mock Discord (no token, no network) and prints
 * each request it makes. Send it messages and commands with the requests in README.md
 * ("Try it").
 */
import { createMockDiscord } from '@ovenjs/mock-discord';
import { startBot } from './bot.js';

const mock = await createMockDiscord({ log: (line) => console.log(`  mock │ ${line}`) });
const bot = await startBot({ token: mock.token, api: mock.api });

console.log(`
The bot is running against a local mock Discord: no token, no network.
In another terminal:  export MOCK=${mock.control}
then try the requests in README.md ("Try it"). Ctrl+C stops both.
`);

async function stop() {
	await bot.stop();
	await mock.close();
	process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
