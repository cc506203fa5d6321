import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

// What `npm start` runs after the build; here from source, so no build is needed.
describe('the npm start demo', () => {
	it('plays the scripted session against the moderation example and exits 0', async () => {
		const { stdout } = await promisify(execFile)(
			process.execPath,
			['--conditions=@ovenjs/source', '--import', 'tsx', 'test/demo/start.ts'],
			{
				cwd: root,
				timeout: 90_000,
			},
		);
		const transcript = stdout.replace(/ +│/g, ' │');
		expect(transcript).toContain('carol │ /timeout user:@bob minutes:5');
		expect(transcript).toContain('oven-test-bot │ (only carol can see this) You need the Moderate Members permission to time members out.');
		expect(transcript).toContain('│ buttons: [Confirm] [Cancel]');
		expect(transcript).toContain('oven-test-bot │ (opens a form "Warning note": Note for the mod log)');
		expect(transcript).toContain('[embed] Member warned — @bob was warned by @alice.');
		expect(transcript).toContain('[embed] carol is timed out — for 10 minute(s)');
		expect(transcript).toContain('demo finished:');
	}, 100_000);
});
