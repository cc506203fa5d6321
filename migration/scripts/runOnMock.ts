/**
 * Runs a migrated bot on the mock Discord and drives one command through the mock's control
 * API: a slash command (registered first through the mock's REST API, as a bot's deploy script
 * would) or a message a user sends. Prints what the bot answered; exits 1 when it did not.
 *
 *   node --conditions=@ovenjs/source --import tsx migration/scripts/runOnMock.ts <bot dir> <entry> \
 *     (--slash <name> | --message <text>) [--timeout <seconds>]
 *
 * The bot reads its token from DISCORD_TOKEN, TOKEN, BOT_TOKEN or CLIENT_TOKEN and finds the
 * mock through OVEN_API_URL (which OvenJS reads); CLIENT_ID/APPLICATION_ID and GUILD_ID hold the
 * mock's application and guild. An entry ending in `.ts` runs through this workspace's tsx.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createMockDiscord, DefaultIds } from '@ovenjs/mock-discord';

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: { slash: { type: 'string' }, message: { type: 'string' }, timeout: { type: 'string' } },
});
const [botDir, entry] = positionals;
if (botDir === undefined || entry === undefined || (values.slash === undefined) === (values.message === undefined)) {
	console.error('usage: runOnMock.ts <bot dir> <entry> (--slash <name> | --message <text>) [--timeout <seconds>]');
	process.exit(2);
}
const deadline = Date.now() + Number(values.timeout ?? '60') * 1000;
const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

const mock = await createMockDiscord();
const env: NodeJS.ProcessEnv = {
	...process.env,
	OVEN_API_URL: mock.api,
	CLIENT_ID: mock.applicationId,
	APPLICATION_ID: mock.applicationId,
};
for (const name of ['DISCORD_TOKEN', 'TOKEN', 'BOT_TOKEN', 'CLIENT_TOKEN']) env[name] = mock.token;
env['GUILD_ID'] = DefaultIds.guild;
delete env['NODE_OPTIONS'];
// tsx from this workspace, by its path: the bot's own node_modules need not have it (`--import tsx` would look there).
const args = entry.endsWith('.ts') ? ['--import', import.meta.resolve('tsx'), entry] : [entry];
const bot = spawn(process.execPath, args, { cwd: resolve(botDir), env, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
bot.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
bot.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

/** What the bot answered, or undefined when it has not (yet). */
async function attempt(): Promise<string | undefined> {
	if (values.slash !== undefined) {
		const { id } = await mock.interact({
			type: 'application_command',
			user_id: DefaultIds.alice,
			channel_id: DefaultIds.general,
			guild_id: DefaultIds.guild,
			name: values.slash,
		});
		for (let i = 0; i < 10; i++) {
			await sleep(300);
			const report = await mock.interaction(id);
			if (report.responses.length > 0) return JSON.stringify({ responses: report.responses, original: report.original?.content });
		}
		return undefined;
	}
	const sent = await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: values.message });
	for (let i = 0; i < 10; i++) {
		await sleep(300);
		const answer = (await mock.messages(DefaultIds.general)).find((m) => m.author.id === DefaultIds.bot && BigInt(m.id) > BigInt(sent.id));
		if (answer !== undefined) return JSON.stringify({ content: answer.content, embeds: answer.embeds.length });
	}
	return undefined;
}

let answer: string | undefined;
try {
	if (values.slash !== undefined) {
		// The deploy step: the command registered globally, as the bot's deploy script would.
		const response = await fetch(`${mock.api}/v10/applications/${mock.applicationId}/commands`, {
			method: 'PUT',
			headers: { authorization: `Bot ${mock.token}`, 'content-type': 'application/json' },
			body: JSON.stringify([{ name: values.slash, description: values.slash }]),
		});
		if (!response.ok) throw new Error(`registering /${values.slash}: ${response.status}`);
	}
	while (answer === undefined && Date.now() < deadline && bot.exitCode === null) {
		answer = await attempt().catch((error: unknown) => {
			output += `\n[runOnMock] ${String(error)}`;
			return undefined;
		});
	}
} finally {
	bot.kill();
	await mock.close();
}
console.log(output.split('\n').slice(-40).join('\n'));
console.log(answer === undefined ? 'NO ANSWER' : `ANSWERED ${answer}`);
process.exitCode = answer === undefined ? 1 : 0;
