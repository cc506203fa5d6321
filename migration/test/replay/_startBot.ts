import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The preload that points discord.js (v14, or v13 with `OVEN_REPLAY_DISCORDJS=v13`) at the mock. */
const PRELOAD = join(here, '_redirectDiscordJs.cjs');

/** Which library a bot runs on: the original on discord.js v14 or v13, the migrated one on OvenJS. */
export type BotRuntime = 'discord.js-v14' | 'discord.js-v13' | 'ovenjs';

/** Where the bot is and what it connects to. */
export interface StartBotOptions {
	/** The bot's folder (a temp copy with the workspace's node_modules linked). */
	readonly cwd: string;
	/** The entry file, relative to `cwd`. */
	readonly entry: string;
	readonly runtime: BotRuntime;
	/** The mock's REST base (`mock.api`) and token. */
	readonly api: string;
	readonly token: string;
	/** How long to wait for the bot's `ready as …` line. */
	readonly readyTimeoutMs?: number;
}

/** A bot running as a child process. */
export interface RunningBot {
	/** stdout and stderr so far, for failure messages. */
	output(): string;
	/** Kills the bot and waits for it to exit. Safe to call twice. */
	stop(): Promise<void>;
}

/**
 * Node's arguments for a runtime. Originals run unmodified, with only the preload added;
 * migrated bots run on OvenJS's TypeScript sources (`@ovenjs/source`, through tsx), so the
 * replay never runs against a stale `runtime/dist`.
 */
function nodeArguments(runtime: BotRuntime, entry: string): string[] {
	const tsx = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
	if (runtime === 'ovenjs') return ['--conditions=@ovenjs/source', '--import', 'tsx', entry];
	return ['--require', PRELOAD, ...tsx, entry];
}

/** Starts a bot and resolves once it printed its `ready as …` line (every fixture bot logs it on ready). */
export async function startBot(options: StartBotOptions): Promise<RunningBot> {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		// The fixtures read their token from one of these, as bots do.
		DISCORD_TOKEN: options.token,
		BOT_TOKEN: options.token,
		OVEN_REPLAY_API: options.api,
		OVEN_API_URL: options.api,
		OVEN_REPLAY_DISCORDJS: options.runtime === 'discord.js-v13' ? 'v13' : 'v14',
	};
	// Whatever NODE_OPTIONS the test runner has must not change how a bot runs.
	delete env['NODE_OPTIONS'];
	const child = spawn(process.execPath, nodeArguments(options.runtime, options.entry), {
		cwd: options.cwd,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const bot: RunningBot = { output: () => output, stop: () => stop(child, exited) };
	const timeoutMs = options.readyTimeoutMs ?? 30_000;
	const deadline = Date.now() + timeoutMs;
	while (!/^ready as /m.test(output)) {
		if (child.exitCode !== null || child.signalCode !== null)
			throw new Error(`${options.runtime} bot ${options.entry} exited before ready:\n${output}`);
		if (Date.now() > deadline) {
			await bot.stop();
			throw new Error(`${options.runtime} bot ${options.entry} was not ready within ${timeoutMs} ms:\n${output}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return bot;
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
	if (child.exitCode === null && child.signalCode === null) {
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
		await exited;
		clearTimeout(timer);
	}
}
