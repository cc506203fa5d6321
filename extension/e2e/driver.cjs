// Drives code-server (a real VS Code) in headless Chromium: opens the fixture bot, waits for
// the language server's limit diagnostic, runs "OvenJS: Preview Embed" and finds the rendered
// embed in the webview, then opens the Gateway Inspector on the e2e bot (running against the
// mock) and waits for READY; starts and stops the bundled mock, and runs the bundled migration
// (dry run, then Apply) on the workspace. Prints timings; exits non-zero on the first failure.
const { chromium } = require(process.env.PW || 'playwright-core');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const URL = process.env.URL || 'http://127.0.0.1:8089/';
const SHOTS = process.env.SHOTS || path.join(__dirname, '..', 'test', 'artifacts');

async function palette(page, command) {
	await page.keyboard.press('F1');
	const input = page.locator('.quick-input-widget input');
	await input.waitFor();
	await input.fill(`>${command}`);
	await page.locator('.quick-input-list .monaco-list-row', { hasText: command }).first().waitFor({ timeout: 30000 });
	await page.keyboard.press('Enter');
}

/** The content frame of the webview whose inner document has `selector`. */
async function webviewWith(page, selector, timeout) {
	const deadline = Date.now() + timeout;
	while (Date.now() < deadline) {
		for (const frame of page.frames()) {
			if (await frame.$(selector).catch(() => null)) return frame;
		}
		await page.waitForTimeout(250);
	}
	throw new Error(`no webview with ${selector} within ${timeout} ms`);
}

async function openFile(page, name, text) {
	// Quick Open lists a file once the workbench has indexed the folder: ask again until it does.
	const input = page.locator('.quick-input-widget input');
	const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
	for (let attempt = 1; ; attempt++) {
		await page.keyboard.press('Control+P');
		await input.waitFor();
		await input.fill(name);
		if (
			await row.waitFor({ timeout: 5000 }).then(
				() => true,
				() => false,
			)
		)
			break;
		if (attempt === 10) throw new Error(`Quick Open never listed ${name}`);
		await page.keyboard.press('Escape');
		await page.waitForTimeout(2000);
	}
	await page.keyboard.press('Enter');
	await page.locator('.monaco-editor .view-lines', { hasText: text }).waitFor();
}

async function gotoLine(page, where) {
	await page.locator('.monaco-editor .view-lines').first().click();
	await page.keyboard.press('Control+G');
	const input = page.locator('.quick-input-widget input');
	await input.waitFor();
	await input.fill(where);
	await page.keyboard.press('Enter');
}

(async () => {
	const t0 = Date.now();
	const step = (what) => console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s  ${what}`);
	const udd = fs.mkdtempSync(path.join(os.tmpdir(), 'chrome-'));
	const ctx = await chromium.launchPersistentContext(udd, {
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		headless: true,
		viewport: { width: 1400, height: 900 },
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	try {
		const page = ctx.pages()[0] || (await ctx.newPage());
		await page.goto(URL);
		await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
		step('workbench visible');

		await page
			.locator('.monaco-workbench')
			.click({ position: { x: 700, y: 400 } })
			.catch(() => {});
		await page.keyboard.press('Control+P');
		const input = page.locator('.quick-input-widget input');
		await input.waitFor();
		await input.fill('embeds.ts');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'embeds.ts' }).first().waitFor();
		await page.keyboard.press('Enter');
		await page.locator('.monaco-editor .view-lines', { hasText: 'announcement' }).waitFor();
		step('embeds.ts open');

		// The language server's (or ts-plugin's) limit diagnostic, in the Problems panel.
		await page.keyboard.press('Control+Shift+M');
		await page.locator('.markers-panel', { hasText: '256' }).first().waitFor({ timeout: 120000 });
		step('limit diagnostic shown');

		// A file nobody opened: the language server checks the whole workspace.
		await page.locator('.markers-panel', { hasText: 'closed.ts' }).first().waitFor({ timeout: 120000 });
		await page.locator('.markers-panel', { hasText: '4096' }).first().waitFor({ timeout: 30000 });
		step('diagnostic on a closed file shown');

		// A quick fix from the light bulb (Ctrl+.), offered by the ts-plugin in tsserver.
		await openFile(page, 'ids.ts', 'guildId');
		await gotoLine(page, ':2:28');
		await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60000 });
		// The light bulb's list is asked for once tsserver has the fixes; on a busy machine the first ask may come early.
		const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Write the id as the string' }).first();
		for (let attempt = 1; ; attempt++) {
			await page.keyboard.press('Control+.');
			const shown = await fix.waitFor({ timeout: 10000 }).then(
				() => true,
				() => false,
			);
			if (shown) break;
			if (attempt === 6) throw new Error('the quick fix never showed in the light bulb menu');
			await page.keyboard.press('Escape');
			await gotoLine(page, ':2:28');
		}
		await fix.click();
		await page.locator('.monaco-editor .view-lines', { hasText: "'175928847299117063'" }).waitFor({ timeout: 30000 });
		step('quick fix applied from the light bulb');
		await page.screenshot({ path: path.join(SHOTS, 'e2e-quick-fix.png') });
		await page.keyboard.press('Escape');
		await page.locator('.tabs-container .tab', { hasText: 'embeds.ts' }).first().click();
		await page.locator('.monaco-editor .view-lines', { hasText: 'announcement' }).waitFor();

		// Cursor into the first embed, then Preview Embed.
		await page.locator('.monaco-editor .view-lines').first().click();
		await page.keyboard.press('Control+G');
		await input.waitFor();
		await input.fill(':4:10');
		await page.keyboard.press('Enter');
		await palette(page, 'OvenJS: Preview Embed');
		const preview = await webviewWith(page, '.embed-title', 60000);
		const title = await preview.textContent('.embed-title');
		if (!title.includes('Welcome to the bakery')) throw new Error(`preview title is ${JSON.stringify(title)}`);
		step(`Embed Preview rendered: "${title}"`);
		await page.screenshot({ path: path.join(SHOTS, 'e2e-embed-preview.png') });

		// Typing in the title re-renders the preview.
		await page.locator('.monaco-editor .view-lines').first().click();
		await page.keyboard.press('Control+G');
		await input.waitFor();
		await input.fill(':4:31'); // the tab counts as 4 columns
		await page.keyboard.press('Enter');
		await page.keyboard.type('hot ');
		await preview.locator('.embed-title', { hasText: 'Welcome to the hot bakery' }).waitFor({ timeout: 30000 });
		step('Embed Preview followed the edit');

		// The 300-character title is marked on the element at fault.
		await page.locator('.monaco-editor .view-lines').first().click();
		await page.keyboard.press('Control+G');
		await input.waitFor();
		await input.fill(':9:50');
		await page.keyboard.press('Enter');
		await preview.locator('.embed-title.violation[title*="256"]').waitFor({ timeout: 30000 });
		step('limit violation marked on the embed title');

		await palette(page, 'OvenJS: Open Gateway Inspector');
		const inspector = await webviewWith(page, '#event-rows', 60000);
		await inspector.locator('#event-rows tr', { hasText: 'READY' }).first().waitFor({ timeout: 60000 });
		step('Gateway Inspector shows READY');
		await page.screenshot({ path: path.join(SHOTS, 'e2e-gateway-inspector.png') });
		// A setting turns a check off (the workspace's .vscode/settings.json, as a user would):
		// the closed file's embed-limits diagnostic goes away.
		const settingsFile = process.env.SETTINGS;
		if (settingsFile) {
			fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
			fs.writeFileSync(settingsFile, JSON.stringify({ 'ovenjs.checks.embed-limits': 'off' }));
			await page.waitForFunction(
				() => {
					const panel = document.querySelector('.markers-panel');
					return panel !== null && !(panel.textContent ?? '').includes('closed.ts');
				},
				undefined,
				{ timeout: 60000 },
			);
			step('setting ovenjs.checks.embed-limits = off removed the diagnostic');
			await page.screenshot({ path: path.join(SHOTS, 'e2e-setting-off.png') });
		}

		// The mock the extension ships: started from the palette, reachable, stopped again.
		await palette(page, 'OvenJS: Start Mock Discord');
		const started = page.locator('.notification-toast', { hasText: 'Mock Discord is running at' }).first();
		await started.waitFor({ timeout: 60000 });
		const api = /(http:\/\/127\.0\.0\.1:\d+\/api)/.exec(await started.textContent())?.[1];
		if (api === undefined) throw new Error('the mock notification names no API URL');
		const state = await fetch(api.replace(/\/api$/, '/_mock/state'));
		if (state.status !== 200) throw new Error(`the started mock answered ${state.status}`);
		step(`Start Mock Discord: ${api} answers`);
		await palette(page, 'OvenJS: Stop Mock Discord');
		await page.locator('.notification-toast', { hasText: 'Mock Discord stopped' }).first().waitFor({ timeout: 30000 });
		if (
			await fetch(api.replace(/\/api$/, '/_mock/state')).then(
				() => true,
				() => false,
			)
		)
			throw new Error('the mock still answers after Stop');
		step('Stop Mock Discord: stopped');

		// The migration the extension ships: a dry run that writes only the report, then Apply.
		const workspace = process.env.WS;
		const source = fs.readFileSync(path.join(workspace, 'src', 'embeds.ts'), 'utf8');
		await palette(page, 'OvenJS: Migrate from discord.js');
		const dry = page.locator('.notification-toast', { hasText: 'the dry run would change' }).first();
		await dry.waitFor({ timeout: 120000 });
		if (!fs.existsSync(path.join(workspace, 'oven-migration-report.md'))) throw new Error('no oven-migration-report.md after the dry run');
		if (fs.readFileSync(path.join(workspace, 'src', 'embeds.ts'), 'utf8') !== source) throw new Error('the dry run changed embeds.ts');
		step(`Migrate dry run: ${(await dry.textContent()).slice(0, 120)}`);
		await dry.locator('.monaco-button', { hasText: 'Apply' }).click();
		await page.locator('.notification-toast', { hasText: 'OvenJS: migrated' }).first().waitFor({ timeout: 120000 });
		if (fs.readFileSync(path.join(workspace, 'src', 'embeds.ts'), 'utf8') === source) throw new Error('Apply left embeds.ts unchanged');
		step('Migrate applied: embeds.ts rewritten');
		await page.screenshot({ path: path.join(SHOTS, 'e2e-migrate.png') });
		console.log(`E2E PASSED in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
	} catch (error) {
		const pages = ctx.pages();
		if (pages[0]) await pages[0].screenshot({ path: path.join(SHOTS, 'e2e-failure.png') }).catch(() => {});
		console.error('E2E FAILED', error);
		process.exitCode = 1;
	} finally {
		await ctx.close();
	}
})();
