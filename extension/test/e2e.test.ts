import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const hasChromium = spawnSync('chromium', ['--version']).status === 0;
if (!hasChromium) {
	const message = 'chromium is not on PATH: the VS Code end-to-end test is SKIPPED (apt-get install chromium to run it)';
	if (process.env.CI !== undefined) throw new Error(`${message}; CI is set, so this fails instead.`);
	console.warn(`\n!!!!!!!! ${message} !!!!!!!!\n`);
}

describe.skipIf(!hasChromium)('in a real VS Code (code-server)', () => {
	// e2e/run.sh installs code-server on its first run (about 2 minutes), then packages and
	// installs the .vsix and drives the workbench: diagnostics (a closed file's too), a quick fix,
	// Preview Embed, the Gateway Inspector, the bundled mock and migration, a setting turning a check off.
	it('shows diagnostics (a closed file too), applies a quick fix, previews an embed beside the code, inspects a discord.js and an OvenJS bot live, records a session and replays it on the bundled mock, runs the mock and a migration, and turns a check off', async () => {
		const script = fileURLToPath(new URL('../e2e/run.sh', import.meta.url));
		const { stdout, stderr } = await promisify(execFile)('bash', [script], { maxBuffer: 64 * 1024 * 1024, timeout: 480_000 }).catch(
			(error: { stdout: string; stderr: string; code: number }) => {
				throw new Error(`e2e/run.sh exited ${error.code}:\n${error.stdout.slice(-4000)}\n${error.stderr.slice(-4000)}`);
			},
		);
		expect(stdout).toContain('E2E PASSED');
		expect(stdout).toContain('Gateway Inspector follows the discord.js bot: READY, its REST call and its cache');
		expect(stdout).toContain('Gateway Inspector follows the OvenJS bot: READY');
		expect(stdout).toContain('diagnostic on a closed file shown');
		expect(stdout).toMatch(/Gateway Inspector opened in the widest group \(\d+ px\)/);
		expect(stdout).toContain('quick fix applied from the light bulb');
		expect(stdout).toContain('setting ovenjs.checks.embed-limits = off removed the diagnostic of the open and the closed file');
		expect(stdout).toMatch(/Start Mock Discord: http:\/\/127\.0\.0\.1:\d+\/api answers/);
		expect(stdout).toContain('Stop Mock Discord: stopped');
		expect(stdout).toContain('Migrate applied: embeds.ts rewritten');
		expect(`${stdout}${stderr}`).toMatch(/e2e finished in \d+ s \(status 0\)/);
	}, 600_000);
});
