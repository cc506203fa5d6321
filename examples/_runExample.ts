/**
 * Runs an example on its own: against a fresh local mock (no token, no network), or against
 * real Discord when `DISCORD_TOKEN` is set. Not part of the examples' lesson; copy it or not.
 *
 *   node --import tsx examples/ping-bot.ts                       # the mock
 *   DISCORD_TOKEN=… DISCORD_APPLICATION_ID=… [DISCORD_GUILD_ID=…] node --import tsx examples/ping-bot.ts
 */
import { pathToFileURL } from 'node:url';
import { createMockDiscord, DefaultIds, trustMockVoiceCertificate, type MockDiscord } from '@ovenjs/mock-discord';

/** Ids of the mock's default world, for the `tryIt` lines. */
export { DefaultIds };

/** What every example's `start()` takes. */
export interface ExampleOptions {
	/** The bot token, without `Bot `. */
	readonly token: string;
	/** REST base URL: the mock's `mock.api`, or Discord's (the default). */
	readonly api?: string;
	/** The application id (the bot's user id on Discord; `mock.applicationId` on the mock). */
	readonly applicationId: string;
	/** Register the commands in this guild only (instant) instead of globally. */
	readonly guildId?: string;
}

/** What every example's `start()` resolves to once the bot is logged in. */
export interface RunningExample {
	/** Logs out and closes the connections. Safe to call twice. */
	stop(): Promise<void>;
}

/** True when `moduleUrl` (an example's `import.meta.url`) is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
	const script = process.argv[1];
	return script !== undefined && pathToFileURL(script).href === moduleUrl;
}

/** A control API call to print as a `curl` line to try the bot with, e.g. `['interactions', { type: 'application_command', … }]`. */
export type TryIt = readonly ['messages' | 'interactions', Record<string, unknown>];

/**
 * Starts `start` against the mock or real Discord and stops it on Ctrl+C. With `voice`, this
 * process trusts the mock's voice certificate (voice clients connect with `wss://` only).
 */
export async function runExample(
	name: string,
	start: (options: ExampleOptions) => Promise<RunningExample>,
	tryIt?: TryIt,
	options: { readonly voice?: boolean } = {},
): Promise<void> {
	const token = process.env.DISCORD_TOKEN;
	let mock: MockDiscord | undefined;
	let running: RunningExample;
	if (token !== undefined && token !== '') {
		const applicationId = process.env.DISCORD_APPLICATION_ID;
		if (applicationId === undefined)
			throw new Error("Set DISCORD_APPLICATION_ID (your bot's application id, from the Developer Portal) next to DISCORD_TOKEN.");
		const guildId = process.env.DISCORD_GUILD_ID;
		running = await start({ token, applicationId, ...(guildId === undefined ? {} : { guildId }) });
		console.log(`${name} is online on Discord. Ctrl+C stops it.`);
	} else {
		mock = await createMockDiscord();
		if (options.voice === true) trustMockVoiceCertificate((await mock.voice.start()).certificate);
		running = await start({ token: mock.token, api: mock.api, applicationId: mock.applicationId });
		console.log(`${name} is running against the mock. Control API: ${mock.control}`);
		if (tryIt !== undefined) {
			const [path, body] = tryIt;
			console.log(`Try: curl -s -X POST ${mock.control}/${path} -H 'content-type: application/json' \\`);
			console.log(`  -d '${JSON.stringify(body)}'`);
		}
		console.log(`Then read #general: curl -s ${mock.control}/channels/${DefaultIds.general}/messages`);
		console.log('Ctrl+C stops it.');
	}
	const stop = async (): Promise<void> => {
		await running.stop();
		await mock?.close();
		process.exit(0);
	};
	process.once('SIGINT', () => void stop());
	process.once('SIGTERM', () => void stop());
}
