import { execFileSync } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDiscoveryDir, findInspectors, Inspector } from 'ovenjs';

const NOBODY = 65534;
const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
	for (const step of cleanup.splice(0).reverse()) await step();
});

/** Gives `path` to another user (root can; elsewhere `sudo -n`, as on CI runners). False when neither works here. */
async function giveToAnotherUser(path: string): Promise<boolean> {
	if (process.getuid?.() === 0) {
		await chown(path, NOBODY, NOBODY);
		return true;
	}
	try {
		execFileSync('sudo', ['-n', 'chown', `${NOBODY}:${NOBODY}`, path], { stdio: 'ignore' });
		return true;
	} catch {
		if (process.env.CI !== undefined) throw new Error('CI must be able to chown (root or sudo -n) to test the discovery folder checks');
		console.warn(`SKIPPED: a discovery check needs root or sudo -n to make a file another user's`);
		return false;
	}
}

async function scratch(): Promise<string> {
	const base = await mkdtemp(join(tmpdir(), 'oven-discovery-'));
	cleanup.push(() => rm(base, { recursive: true, force: true }));
	return base;
}

/** A discovery entry another user planted: a live pid and a loopback URL, so only the ownership checks can refuse it. */
const planted = JSON.stringify({
	url: 'ws://127.0.0.1:9/inspector',
	token: 'attacker',
	source: 'bot',
	name: 'planted',
	pid: process.pid,
	startedAt: 1,
});

function withEnv(values: Record<string, string | undefined>): void {
	const saved = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
	for (const [key, value] of Object.entries(values)) {
		if (value === undefined) delete process.env[key];
		else process.env[key] = value;
	}
	cleanup.push(async () => {
		for (const [key, value] of Object.entries(saved)) {
			if (value === undefined) delete process.env[key];
			else process.env[key] = value;
		}
	});
}

describe('the discovery folder', () => {
	it('is the user’s own: OVEN_INSPECTOR_DIR, else under XDG_RUNTIME_DIR, else a per-user folder in the temp folder', async () => {
		const base = await scratch();
		withEnv({ OVEN_INSPECTOR_DIR: undefined, XDG_RUNTIME_DIR: base });
		expect(defaultDiscoveryDir()).toBe(join(base, 'ovenjs-inspector'));
		withEnv({ XDG_RUNTIME_DIR: undefined });
		expect(defaultDiscoveryDir()).toBe(join(tmpdir(), `ovenjs-inspector-${process.getuid?.() ?? ''}`));
		withEnv({ OVEN_INSPECTOR_DIR: join(base, 'chosen'), XDG_RUNTIME_DIR: base });
		expect(defaultDiscoveryDir()).toBe(join(base, 'chosen'));
	});

	it('is created with mode 0700, and an editor finds the inspector under XDG_RUNTIME_DIR without being told where', async () => {
		const base = await scratch();
		withEnv({ OVEN_INSPECTOR_DIR: undefined, XDG_RUNTIME_DIR: base });
		const inspector = new Inspector({ name: 'xdg bot' });
		cleanup.push(() => inspector.close());
		await inspector.start();
		expect(((await stat(join(base, 'ovenjs-inspector'))).mode & 0o777).toString(8)).toBe('700');
		expect(await findInspectors()).toEqual([expect.objectContaining({ name: 'xdg bot', url: inspector.address?.url })]);
	});

	it('pre-created by another user with mode 0777: the inspector refuses to write there and editors list nothing from it', async () => {
		const dir = join(await scratch(), 'ovenjs-inspector');
		await mkdir(dir);
		await writeFile(join(dir, `${process.pid}-9.json`), planted);
		if (!(await giveToAnotherUser(join(dir, `${process.pid}-9.json`))) || !(await giveToAnotherUser(dir))) return;
		await chmod(dir, 0o777);
		expect(await findInspectors(dir)).toEqual([]);
		const inspector = new Inspector({ discoveryDir: dir });
		cleanup.push(() => inspector.close());
		await expect(inspector.start()).rejects.toMatchObject({
			code: 'INSPECTOR_DISCOVERY_UNSAFE',
			message: expect.stringContaining('belongs to another user'),
		});
		expect(inspector.address).toBeUndefined();
	});

	it('ignores files in it that are another user’s or links, and a folder of one’s own that others can write', async () => {
		const dir = await scratch();
		const inspector = new Inspector({ discoveryDir: dir, name: 'mine' });
		cleanup.push(() => inspector.close());
		await inspector.start();
		const elsewhere = join(await scratch(), 'entry.json');
		await writeFile(elsewhere, planted);
		await symlink(elsewhere, join(dir, `${process.pid}-8.json`));
		expect((await findInspectors(dir)).map((found) => found.name)).toEqual(['mine']);
		await writeFile(join(dir, `${process.pid}-9.json`), planted);
		if (await giveToAnotherUser(join(dir, `${process.pid}-9.json`)))
			expect((await findInspectors(dir)).map((found) => found.name)).toEqual(['mine']);
		await chmod(dir, 0o777);
		expect(await findInspectors(dir)).toEqual([]);
		await expect(new Inspector({ discoveryDir: dir }).start()).rejects.toMatchObject({ code: 'INSPECTOR_DISCOVERY_UNSAFE' });
	});
});
