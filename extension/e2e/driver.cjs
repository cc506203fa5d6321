// Drives code-server (a real VS Code) in headless Chromium: opens the fixture bot, waits for
// the language server's limit diagnostic, runs "OvenJS: Preview Embed" and finds the rendered
// embed in the webview, then opens the Gateway Inspector on each of the two running bots (an
// OvenJS one and a discord.js one, both against mocks) and waits for READY; starts and stops the bundled mock, and runs the bundled migration
// (dry run, then Apply) on the workspace. Prints timings; exits non-zero on the first failure.
const { chromium } = require(process.env.PW || 'playwright-core');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const URL = process.env.URL || 'http://127.0.0.1:8089/';
const SHOTS = process.env.SHOTS || path.join(__dirname, '..', 'test', 'artifacts');

async function palette(page, command) {
	const input = page.locator('.quick-input-widget input');
	// F1 now and then goes to a webview or a closing toast under load and the palette shows
	// inert or not at all: ask again, as a user would, rather than wait out the whole timeout.
	for (let attempt = 1; ; attempt++) {
		await page.keyboard.press('F1');
		try {
			await input.fill(`>${command}`, { timeout: 10000 });
			break;
		} catch (error) {
			if (attempt === 4) throw error;
			await page.keyboard.press('Escape');
		}
	}
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

/**
 * Chooses `name` in the "Which running bot or mock?" picker of "Open Gateway Inspector". The
 * picker must stay open on its own (it used to close after half a second, when the panel took the focus).
 */
async function pickInspector(page, name) {
	await palette(page, 'OvenJS: Open Gateway Inspector');
	const input = page.locator('.quick-input-widget input[placeholder="Which running bot or mock?"]');
	await input.waitFor({ timeout: 60000 });
	await page.waitForTimeout(1500);
	if (!(await input.isVisible())) throw new Error('the bot picker closed by itself');
	await input.fill(name);
	await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 10000 });
	await page.keyboard.press('Enter');
}

/**
 * The Gateway Inspector on each of the two running bots, in a real VS Code: the discord.js bot
 * (inspectable through `node --import @ovenjs/inspect`), then the OvenJS one, chosen from the picker.
 */
async function inspectBothBots(page, step) {
	await pickInspector(page, 'discordjs-bot.mjs');
	const inspector = await webviewWith(page, '#event-rows', 60000);
	await inspector.locator('#connection', { hasText: 'discord.js' }).waitFor({ timeout: 60000 });
	await inspector.locator('#event-rows tr', { hasText: 'READY' }).first().waitFor({ timeout: 60000 });
	await inspector.locator('#event-rows tr', { hasText: 'POST /channels/{channel_id}/messages' }).first().waitFor({ timeout: 60000 });
	await inspector.locator('#cache tr', { hasText: 'guilds' }).first().waitFor({ timeout: 60000 });
	step('Gateway Inspector follows the discord.js bot: READY, its REST call and its cache');
	// Opened in the widest group (the preview's), not in the code column the preview narrowed.
	const groups = await page.$$eval('.editor-group-container', (all) =>
		all.map((g) => ({
			width: Math.round(g.getBoundingClientRect().width),
			inspector: g.querySelector('.tab[aria-label*="Gateway Inspector"]') !== null,
		})),
	);
	const own = groups.find((g) => g.inspector);
	if (own === undefined || groups.some((g) => g.width > own.width))
		throw new Error(`the Gateway Inspector opened in a narrower group: ${JSON.stringify(groups)}`);
	step(`Gateway Inspector opened in the widest group (${own.width} px)`);
	await inspector.locator('#event-rows tr', { hasText: 'POST /channels/{channel_id}/messages' }).first().click();
	await inspector.locator('#json-tree .json-key', { hasText: 'requestBody' }).first().waitFor({ timeout: 10000 });
	await page.screenshot({ path: path.join(SHOTS, 'e2e-gateway-inspector-discordjs.png') });

	await pickInspector(page, 'e2e bot');
	await inspector.locator('#connection', { hasText: 'ovenjs' }).waitFor({ timeout: 60000 });
	await inspector.locator('#event-rows tr', { hasText: 'READY' }).first().waitFor({ timeout: 60000 });
	if (await inspector.locator('#event-rows tr', { hasText: 'POST /channels/{channel_id}/messages' }).count())
		throw new Error("the discord.js bot's rows stayed after switching to the OvenJS bot");
	step('Gateway Inspector follows the OvenJS bot: READY');
	await page.screenshot({ path: path.join(SHOTS, 'e2e-gateway-inspector.png') });
	return inspector;
}

/** Types `file` into the file dialog VS Code shows (code-server's own, a quick input) and confirms. */
async function chooseFile(page, file) {
	const input = page.locator('.quick-input-widget input');
	await input.waitFor({ timeout: 30000 });
	// The dialog fills in its own starting path a moment after it opens: type over it only then.
	await page.waitForFunction(() => (document.querySelector('.quick-input-widget input')?.value ?? '').startsWith('/'), undefined, {
		timeout: 30000,
	});
	await page.waitForTimeout(500);
	await input.fill(file);
	await page.waitForFunction((wanted) => document.querySelector('.quick-input-widget input')?.value === wanted, file, { timeout: 10000 });
	await page.waitForTimeout(300);
	await page.keyboard.press('Enter');
}

/**
 * Records the OvenJS bot's session from the Gateway Inspector (Record, then Stop recording) and
 * replays the file with "Replay a Recording on Mock Discord…", which runs the mock bundled in
 * the .vsix with --replay: it starts, serves the recorded guild, and is stopped again.
 */
async function recordAndReplay(page, inspector, step) {
	const file = path.join(process.env.WS, 'session.jsonl');
	await inspector.locator('#record').click();
	await chooseFile(page, file);
	await inspector.locator('#record[aria-pressed="true"]').waitFor({ timeout: 30000 });
	await page.waitForTimeout(1000);
	await inspector.locator('#record').click();
	await inspector.locator('#record[aria-pressed="false"]').waitFor({ timeout: 30000 });
	const lines = fs
		.readFileSync(file, 'utf8')
		.trimEnd()
		.split('\n')
		.map((line) => JSON.parse(line));
	const ready = lines.find((m) => m.type === 'packet' && m.t === 'READY');
	const guild = lines.find((m) => m.type === 'packet' && m.t === 'GUILD_CREATE');
	if (lines[0]?.type !== 'hello' || ready === undefined || guild === undefined)
		throw new Error(`the recording has ${lines.length} lines, no hello, READY or GUILD_CREATE`);
	step(`Recorded from the Gateway Inspector: ${lines.length} lines (hello, READY, GUILD_CREATE…)`);
	// A name no fresh mock has: only one serving the recording can answer it.
	guild.payload.d.name = `${guild.payload.d.name} (recorded)`;
	fs.writeFileSync(file, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);

	await palette(page, 'OvenJS: Replay a Recording on Mock Discord');
	await chooseFile(page, file);
	const started = page.locator('.notification-toast', { hasText: 'replaying session.jsonl' }).first();
	await started.waitFor({ timeout: 60000 });
	const api = /(http:\/\/127\.0\.0\.1:\d+\/api)/.exec(await started.textContent())?.[1];
	if (api === undefined) throw new Error('the replay notification names no API URL');
	const state = await (await fetch(api.replace(/\/api$/, '/_mock/state'))).json();
	const name = guild.payload.d.name;
	if (!JSON.stringify(state).includes(JSON.stringify(name)))
		throw new Error(`the replaying mock does not serve the recorded guild ${name}`);
	step(`Replay a Recording on Mock Discord: the bundled mock serves the recorded guild "${name}" at ${api}`);
	await page.screenshot({ path: path.join(SHOTS, 'e2e-replay.png') });
	await palette(page, 'OvenJS: Stop Mock Discord');
	await page.locator('.notification-toast', { hasText: 'Mock Discord stopped' }).first().waitFor({ timeout: 30000 });
	await palette(page, 'Notifications: Clear All Notifications');
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

/** A quick fix from the light bulb (Ctrl+.), offered by the ts-plugin in tsserver: the id becomes a string. */
async function quickFixFromLightBulb(page, step) {
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
	// The fixed text is what the file's diagnostics are computed on: the error is gone from the Problems panel.
	await problemsShow(page, (text) => !text.includes('175928847299117063'), 'the fixed id still reported');
	step('quick fix applied from the light bulb');
	await page.screenshot({ path: path.join(SHOTS, 'e2e-quick-fix.png') });
}

/** Waits until the Problems panel's text satisfies `ok`; `what` names the failure. */
async function problemsShow(page, ok, what, timeout = 60000) {
	const deadline = Date.now() + timeout;
	for (;;) {
		const text = await page.evaluate(() => document.querySelector('.markers-panel .monaco-list-rows')?.textContent ?? null);
		if (text !== null && ok(text)) return text;
		if (Date.now() > deadline) throw new Error(`${what}; the Problems panel reads: ${JSON.stringify(text?.slice(0, 2000) ?? null)}`);
		await page.waitForTimeout(500);
	}
}

/**
 * A setting turns a check off, written in the workspace's .vscode/settings.json as a user
 * would: `ovenjs.checks.embed-limits: off` removes the open file's limit diagnostic (the
 * ts-plugin's) and the closed file's (the language server's), while the closed file's other
 * finding (snowflake-precision) stays, so the panel is seen rendering the server's results.
 */
async function settingTurnsCheckOff(page, step) {
	const settingsFile = process.env.SETTINGS;
	if (!settingsFile) throw new Error('SETTINGS (the workspace settings file) is not set');
	await palette(page, 'Focus on Problems View');
	const before = await problemsShow(
		page,
		(text) => text.includes('256') && text.includes('4096') && text.includes('cannot be stored exactly'),
		"the limit diagnostics and the closed file's snowflake diagnostic are not all shown before the setting",
	);
	if (!before.includes('closed.ts')) throw new Error('closed.ts is not in the Problems panel before the setting');
	fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
	fs.writeFileSync(settingsFile, JSON.stringify({ 'ovenjs.checks.embed-limits': 'off' }));
	await problemsShow(
		page,
		(text) => !text.includes('256') && !text.includes('4096') && text.includes('closed.ts') && text.includes('cannot be stored exactly'),
		'ovenjs.checks.embed-limits = off did not remove the limit diagnostics (or removed the others too)',
	);
	step('setting ovenjs.checks.embed-limits = off removed the diagnostic of the open and the closed file');
	await page.screenshot({ path: path.join(SHOTS, 'e2e-setting-off.png') });
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

		await quickFixFromLightBulb(page, step);
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
		// Opened beside the code and widened to what an embed needs (half the editor squeezed it).
		const groupWidths = () =>
			page.$$eval('.editor-group-container', (groups) => groups.map((g) => Math.round(g.getBoundingClientRect().width)));
		let widths = await groupWidths();
		for (let waited = 0; waited < 20000 && !(widths.length === 2 && widths[1] >= widths[0] * 1.2); waited += 500) {
			await page.waitForTimeout(500);
			widths = await groupWidths();
		}
		if (widths.length !== 2 || widths[1] < widths[0] * 1.2)
			throw new Error(`the preview opened at ${widths[1]} px beside ${widths[0]} px of code`);
		step(`Embed Preview beside the code at ${widths[1]} px (code ${widths[0]} px)`);
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

		const inspector = await inspectBothBots(page, step);
		await recordAndReplay(page, inspector, step);
		await settingTurnsCheckOff(page, step);

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
