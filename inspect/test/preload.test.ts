import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockDiscord, DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';
import { findInspectors } from 'ovenjs';
import { parseInspectorMessage, type InspectorRest } from 'ovenjs/inspector/protocol';
import { connectInspector } from './_inspector.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
	for (const step of cleanup.splice(0).reverse()) await step();
});

/**
 * Starts a bot script as a user would, `node --import @ovenjs/inspect bot.mjs` from the project
 * folder (here with tsx and the source condition, since the checkout runs from source), and
 * resolves once it printed `ready`.
 */
async function startBot(script: string, env: NodeJS.ProcessEnv, preload = true): Promise<ChildProcess> {
	const flags = ['--conditions=@ovenjs/source', '--import', 'tsx', ...(preload ? ['--import', '@ovenjs/inspect'] : [])];
	const child = spawn(process.execPath, [...flags, script], {
		cwd: root,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	cleanup.push(async () => {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGKILL');
			await once(child, 'exit');
		}
	});
	const lines = createInterface({ input: child.stdout! });
	await new Promise<void>((resolve, reject) => {
		lines.on('line', (line) => line === 'ready' && resolve());
		child.once('exit', (code) => reject(new Error(`${script} exited ${code} before it was ready:\n${stderr}`)));
	});
	return child;
}

async function stop(child: ChildProcess): Promise<void> {
	child.kill('SIGTERM');
	await once(child, 'exit');
}

async function scratch(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'oven-preload-'));
	cleanup.push(() => rm(dir, { recursive: true, force: true }));
	return dir;
}

async function mockDiscord(options: Parameters<typeof createMockDiscord>[0] = {}): Promise<MockDiscord> {
	const mock = await createMockDiscord(options);
	cleanup.push(() => mock.close());
	return mock;
}

describe('node --import @ovenjs/inspect', () => {
	it('makes an unmodified discord.js bot inspectable, records its session, and the session replays to a fresh bot', async () => {
		const mock = await mockDiscord();
		const dir = await scratch();
		const recording = join(dir, 'session.jsonl');
		const env = { OVEN_API_URL: mock.api, DISCORD_TOKEN: mock.token, OVEN_INSPECTOR_DIR: join(dir, 'inspectors') };
		const bot = await startBot(fixture('discordjs-bot.mjs'), { ...env, OVEN_RECORD: recording });

		const [found] = await findInspectors(env.OVEN_INSPECTOR_DIR);
		expect(found).toMatchObject({ name: 'discordjs-bot.mjs (discord.js)', pid: bot.pid, source: 'bot' });
		const stream = await connectInspector(found!.url, found!.token);
		cleanup.push(async () => stream.close());
		// Connected after READY: the inspector replays it.
		await stream.until((m) => m.type === 'packet' && m.t === 'READY', 'READY');
		expect(stream.messages[0]).toMatchObject({ type: 'hello', library: 'discord.js' });
		await mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: '!ping' });
		const reply = (await stream.until(
			(m) => m.type === 'rest' && m.method === 'POST' && m.route === '/channels/{channel_id}/messages',
			'the pong request',
		)) as InspectorRest;
		expect(reply).toMatchObject({ status: 200, requestBody: expect.objectContaining({ content: 'pong' }) });
		expect(JSON.stringify(stream.messages)).not.toContain(mock.token);
		await stop(bot);
		// Stopped cleanly: its discovery file is gone.
		expect(await readdir(env.OVEN_INSPECTOR_DIR)).toEqual([]);

		const lines = (await readFile(recording, 'utf8')).trimEnd().split('\n');
		expect(lines.every((line) => parseInspectorMessage(JSON.parse(line)) !== undefined)).toBe(true);
		expect(lines.join('\n')).not.toContain(mock.token);
		const recordedAfterReady = (() => {
			const index = lines.findIndex((line) => line.includes('"t":"READY"'));
			return lines
				.slice(index)
				.map((line) => parseInspectorMessage(JSON.parse(line)))
				.filter((m): m is InspectorRest => m?.type === 'rest')
				.map((m) => `${m.method} ${m.path}`);
		})();
		expect(recordedAfterReady).toContain(`POST /channels/${DefaultIds.general}/messages`);

		// The same bot, started fresh (no inspector), against the recording.
		const replay = await mockDiscord({ replay: { file: recording, pace: 'fast' } });
		const again = await startBot(fixture('discordjs-bot.mjs'), { OVEN_API_URL: replay.api, DISCORD_TOKEN: replay.token }, false);
		cleanup.push(() => stop(again));
		await replay.replay!.done;
		const deadline = Date.now() + 10_000;
		while (replay.replay!.requests.length < recordedAfterReady.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
		expect(replay.replay!.requests.map((r) => `${r.method} ${r.path}`)).toEqual(recordedAfterReady);
		expect(replay.replay!.requests.find((r) => r.method === 'POST')?.body).toMatchObject({ content: 'pong' });
	});

	it('turns on the inspector of an OvenJS bot (OVEN_INSPECT), so one command inspects both kinds', async () => {
		const mock = await mockDiscord();
		const dir = await scratch();
		const bot = await startBot(fixture('ovenjs-bot.mjs'), { OVEN_API_URL: mock.api, DISCORD_TOKEN: mock.token, OVEN_INSPECTOR_DIR: dir });
		const [found] = await findInspectors(dir);
		expect(found).toMatchObject({ pid: bot.pid, name: 'ovenjs bot' });
		const stream = await connectInspector(found!.url, found!.token);
		cleanup.push(async () => stream.close());
		await stream.until((m) => m.type === 'packet' && m.t === 'GUILD_CREATE', 'GUILD_CREATE');
		expect(stream.messages[0]).toMatchObject({ type: 'hello', library: 'ovenjs' });
		await stop(bot);
	});
});
