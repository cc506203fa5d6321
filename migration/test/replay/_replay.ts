import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMockDiscord } from '@ovenjs/mock-discord';
import { migrate, type MigrationResult } from '@ovenjs/migrate';
import { linkDiscordJs } from '../_migrateText.js';
import { normalizeRequests, type ReplayRequest } from './_normalizeRequests.js';
import { ScenarioPlayer } from './_ScenarioPlayer.js';
import { startBot, type BotRuntime } from './_startBot.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, '../fixtures');
const workspaceModules = resolve(here, '../../../node_modules');

/** A fixture bot and the scenario it is replayed with. */
export interface ReplayFixture {
	/** Folder under `test/fixtures/`. */
	readonly fixture: string;
	/** Entry file in that folder. */
	readonly entry: string;
	/** The discord.js major it is written for. */
	readonly from: 'v13' | 'v14';
	/** `module` for ESM bots, `commonjs` for `require()` ones. */
	readonly moduleType: 'module' | 'commonjs';
	/** Slash commands registered before the bot starts (by the harness, not the bot). */
	readonly commands: readonly Readonly<Record<string, unknown>>[];
	/** The script, played the same way against both bots. */
	readonly scenario: (player: ScenarioPlayer) => Promise<void>;
}

/** A copy of a fixture bot in a temp folder. */
export interface FixtureCopy {
	readonly root: string;
	/** oven-migrate's result, for a migrated copy. */
	readonly result?: MigrationResult;
}

/**
 * A temp copy of a fixture with the workspace's node_modules linked. `migrated` runs
 * oven-migrate on it (`--write`); `edit` changes the entry file afterwards (to prove a
 * replay can fail).
 */
export async function copyFixture(
	fixture: ReplayFixture,
	options: { readonly migrated: boolean; readonly edit?: (text: string) => string },
): Promise<FixtureCopy> {
	const root = await mkdtemp(join(tmpdir(), `oven-replay-${fixture.fixture}-`));
	await cp(join(fixtures, fixture.fixture), root, { recursive: true });
	let result: MigrationResult | undefined;
	await writeFile(join(root, 'package.json'), JSON.stringify({ type: fixture.moduleType }));
	if (options.migrated) {
		// Migrated as a bot is: with its discord.js installed, whose typings say what each receiver holds.
		linkDiscordJs(root, fixture.from);
		result = await migrate({ root, write: true, force: true });
		await rm(join(root, 'node_modules'), { recursive: true, force: true });
		const entry = join(root, fixture.entry);
		if (options.edit !== undefined) await writeFile(entry, options.edit(await readFile(entry, 'utf8')));
	}
	await symlink(workspaceModules, join(root, 'node_modules'), 'dir');
	return result === undefined ? { root } : { root, result };
}

/** Removes a copy made by {@link copyFixture}. */
export async function removeCopy(root: string): Promise<void> {
	await rm(root, { recursive: true, force: true });
}

/** What one run of a scenario produced. */
export interface ReplayRun {
	/** The bot's REST requests from its start to the end of the scenario, normalised. */
	readonly requests: ReplayRequest[];
	/** How many requests each step caused (start-up first); pass the original's to the migrated run. */
	readonly stepCounts: readonly number[];
	/** The bot's stdout and stderr, for failure messages. */
	readonly output: string;
}

/**
 * Runs one bot against a fresh mock: registers the fixture's commands, starts the bot,
 * waits for its ready line, plays the scenario, collects the REST requests the bot made
 * (normalised), stops the bot and the mock.
 */
export async function replay(
	fixture: ReplayFixture,
	runtime: BotRuntime,
	root: string,
	options: { readonly expectedCounts?: readonly number[] } = {},
): Promise<ReplayRun> {
	// Rate limits are off: they would only change timing (and add retried 429s), not what a bot asks for.
	// discord.js v13 speaks gateway v9.
	const mock = await createMockDiscord({ rateLimits: { enabled: false }, gateway: { apiVersions: [9, 10] } });
	try {
		if (fixture.commands.length > 0) {
			const response = await fetch(`${mock.api}/v10/applications/${mock.applicationId}/commands`, {
				method: 'PUT',
				headers: { authorization: `Bot ${mock.token}`, 'content-type': 'application/json' },
				body: JSON.stringify(fixture.commands),
			});
			if (!response.ok) throw new Error(`registering the fixture's commands failed: ${response.status} ${await response.text()}`);
		}
		const before = (await mock.requests()).length;
		const player = new ScenarioPlayer(mock, options);
		await player.begin();
		const bot = await startBot({ cwd: root, entry: fixture.entry, runtime, api: mock.api, token: mock.token });
		try {
			await player.settle();
			try {
				await fixture.scenario(player);
			} catch (error) {
				const seen = (await mock.requests()).slice(before).map((request) => `${request.method} ${request.path} ${request.status}`);
				throw new Error(
					`the scenario failed against the ${runtime} bot: ${(error as Error).message}\n--- its requests ---\n${seen.join('\n')}\n--- its output ---\n${bot.output()}`,
					{ cause: error },
				);
			}
			const requests = (await mock.requests()).slice(before);
			return { requests: normalizeRequests(requests), stepCounts: player.stepCounts, output: bot.output() };
		} finally {
			await bot.stop();
		}
	} finally {
		await mock.close();
	}
}
