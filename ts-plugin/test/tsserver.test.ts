import { PermissionFlags } from 'ovenjs/knowledge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	assertBuilt,
	createProject,
	locate,
	TsServer,
	TYPESCRIPT_LINES,
	tsserverOf,
	type Location,
	type ProtocolDiagnostic,
	type TypeScriptLine,
} from './_tsserver.js';
import { BOT, CHOKIDAR_SHIM, COMMANDS, COMPONENTS, DISCORD_SHIM, HANDLERS, WATCH } from './fixtures.js';

interface CodeFix {
	fixName: string;
	description: string;
	changes: { fileName: string; textChanges: { start: Location; end: Location; newText: string }[] }[];
}

async function openProject(
	typescript: TypeScriptLine,
	env: Record<string, string> = {},
): Promise<{ server: TsServer; bot: string; commands: string; handlers: string; watch: string; dispose: () => void }> {
	assertBuilt();
	const project = createProject({
		'bot.ts': BOT,
		'commands.ts': COMMANDS,
		'components.ts': COMPONENTS,
		'handlers.ts': HANDLERS,
		'discord.d.ts': DISCORD_SHIM,
		'chokidar.d.ts': CHOKIDAR_SHIM,
		'watch.ts': WATCH,
	});
	const server = new TsServer({ probeLocation: project.dir, env, typescript });
	const bot = project.file('bot.ts');
	const commands = project.file('commands.ts');
	server.notify('open', { file: bot, fileContent: BOT, projectRootPath: project.dir });
	server.notify('open', { file: commands, fileContent: COMMANDS, projectRootPath: project.dir });
	const handlers = project.file('handlers.ts');
	server.notify('open', { file: handlers, fileContent: HANDLERS, projectRootPath: project.dir });
	const watch = project.file('watch.ts');
	server.notify('open', { file: watch, fileContent: WATCH, projectRootPath: project.dir });
	return {
		server,
		bot,
		commands,
		handlers,
		watch,
		dispose: () => {
			server.close();
			project.dispose();
		},
	};
}

async function fixesFor(server: TsServer, file: string, text: string, needle: string, code: number): Promise<CodeFix[]> {
	const start = locate(text, needle);
	const end = locate(text, needle, needle.length);
	return server.request<CodeFix[]>('getCodeFixes', {
		file,
		startLine: start.line,
		startOffset: start.offset,
		endLine: end.line,
		endOffset: end.offset,
		errorCodes: [code],
	});
}

const diagnostics = (server: TsServer, file: string): Promise<ProtocolDiagnostic[]> => server.request('semanticDiagnosticsSync', { file });

// Every feature runs on each TypeScript line the plugin supports (the whole suite takes a few seconds per line).
describe.each(TYPESCRIPT_LINES)('TypeScript %s', (typescript) => {
	it('runs the tsserver of that line', () => {
		expect(tsserverOf(typescript).version.startsWith(`${typescript}.`)).toBe(true);
	});

	describe('@ovenjs/ts-plugin in a real tsserver', () => {
		let server: TsServer;
		let bot: string;
		let commands: string;
		let handlers: string;
		let watch: string;
		let dispose: () => void;

		beforeAll(async () => {
			({ server, bot, commands, handlers, watch, dispose } = await openProject(typescript));
		});
		afterAll(() => dispose());

		it("reports Discord findings next to TypeScript's own diagnostics", async () => {
			const found = await diagnostics(server, bot);
			const ours = found.filter((d) => d.source === 'ovenjs');
			expect(ours.map((d) => [d.code, d.start.line])).toEqual([
				[93040, 5],
				[93041, 10],
				[93001, 11],
			]);
			expect(ours[0]?.text).toContain('GuildMembers');
			expect(ours[0]?.category).toBe('warning');
			expect(ours[2]).toMatchObject({ category: 'error', start: locate(BOT, "'Stats'") });
			// TypeScript's diagnostics are still there.
			expect(found.some((d) => d.code === 2322)).toBe(true);
		});

		it('offers the id-to-string and defer-first fixes', async () => {
			const found = await diagnostics(server, commands);
			expect(found.filter((d) => d.source === 'ovenjs').map((d) => [d.code, d.start.line])).toEqual([
				[93030, 5],
				[93050, 8],
			]);

			const [toString] = await fixesFor(server, commands, COMMANDS, '175928847299117063', 93030);
			expect(toString).toMatchObject({
				fixName: 'ovenjs/snowflake-precision',
				description: "Write the id as the string '175928847299117063'",
			});
			expect(toString?.changes[0]?.textChanges[0]?.newText).toBe("'175928847299117063'");

			const [defer] = await fixesFor(server, commands, COMMANDS, 'await loadStats()', 93050);
			expect(defer?.description).toBe('Defer the reply before this work: await interaction.deferReply()');
			expect(defer?.changes[0]?.textChanges[0]).toEqual({
				start: locate(COMMANDS, 'const stats'),
				end: locate(COMMANDS, 'const stats'),
				newText: 'await interaction.deferReply();\n\t',
			});
		});

		it('lists its codes as fixable, per file and in the global list VS Code asks for without a file', async () => {
			const codes = await server.request<string[]>('getSupportedCodeFixes', { file: bot });
			expect(codes).toContain('93040');
			expect(codes).toContain('2322');
			const global = await server.request<string[]>('getSupportedCodeFixes', undefined);
			expect(global).toContain('93030');
			expect(global).toContain('93050');
		});

		it('turns a check off through configurePlugin (the editor settings) and back on', async () => {
			const ours = async (): Promise<number[]> =>
				(await diagnostics(server, commands)).filter((d) => d.source === 'ovenjs').map((d) => Number(d.code));
			expect(await ours()).toContain(93030);
			await server.request('configurePlugin', {
				pluginName: '@ovenjs/ts-plugin',
				configuration: { checks: { 'snowflake-precision': 'off' } },
			});
			expect(await ours()).not.toContain(93030);
			await server.request('configurePlugin', { pluginName: '@ovenjs/ts-plugin', configuration: { checks: {} } });
			expect(await ours()).toContain(93030);
		});

		it('offers hovers on a snowflake and on an intent', async () => {
			const snowflake = await server.request<{ displayString: string; documentation: string }>('quickinfo', {
				file: bot,
				...locate(BOT, '175928847299117063', 3),
			});
			expect(snowflake.displayString).toBe('(snowflake) 175928847299117063');
			expect(snowflake.documentation).toContain('Created at 2016-04-30T11:18:25.796Z');
			expect(snowflake.documentation).toContain('worker 1 · process 0 · increment 7');

			const intent = await server.request<{ displayString: string; documentation: string }>('quickinfo', {
				file: bot,
				...locate(BOT, 'GuildMessages]', 2),
			});
			expect(`${intent.displayString}\n${intent.documentation}`).toContain('(gateway intent) GuildMessages = 1 << 9');
			expect(intent.documentation).toContain('Not privileged');

			const privileged = await server.request<{ displayString: string; documentation: string }>('quickinfo', {
				file: commands,
				...locate(COMMANDS, "'MessageContent'", 1),
			});
			expect(privileged.displayString).toBe('(gateway intent) MessageContent = 1 << 15 — privileged');
			expect(privileged.documentation).toContain('developer portal');
		});

		it("offers hovers on a listener's event", async () => {
			const member = await server.request<{ displayString: string; documentation: string }>('quickinfo', {
				file: bot,
				...locate(BOT, 'GuildMemberAdd', 2),
			});
			expect(`${member.displayString}\n${member.documentation}`).toContain('(gateway event) guildMemberAdd ← GUILD_MEMBER_ADD');
			expect(member.documentation).toContain('Needs the GuildMembers (privileged) intent.');
			expect(member.documentation).toContain('this listener never fires');

			const interaction = await server.request<{ displayString: string; documentation: string }>('quickinfo', {
				file: commands,
				...locate(COMMANDS, "'interactionCreate'", 1),
			});
			expect(interaction.displayString).toBe('(gateway event) interactionCreate');
			expect(interaction.documentation).toBe('Needs no intent: always sent.');
		});

		it('completes event names and marks those whose intent is missing', async () => {
			const info = await server.request<{ entries: { name: string; labelDetails?: { description?: string } }[] }>('completionInfo', {
				file: bot,
				...locate(BOT, "client.on('')", 11),
			});
			const byName = new Map(info.entries.map((e) => [e.name, e]));
			expect(byName.get('messageCreate')?.labelDetails).toBeUndefined();
			expect(byName.get('interactionCreate')?.labelDetails).toBeUndefined();
			expect(byName.get('guildMemberAdd')?.labelDetails?.description).toBe('needs intent GuildMembers');
			expect(byName.get('presenceUpdate')?.labelDetails?.description).toBe('needs intent GuildPresences');
		});

		it("offers no Discord events on a file watcher's on(', typed or not", async () => {
			const names = async (needle: string): Promise<string[]> => {
				// tsserver answers "No content available" when there is nothing to complete.
				const info = await server
					.request<{ entries: { name: string }[] }>('completionInfo', { file: watch, ...locate(WATCH, needle, needle.length) })
					.catch((error: unknown) => {
						if (String(error).includes('No content available')) return { entries: [] };
						throw error;
					});
				return info.entries.map((e) => e.name);
			};
			// TypeScript's own answer from the watcher's type, untouched.
			expect((await names("watcher?.on('")).sort()).toEqual(['add', 'change', 'unlink']);
			const untyped = await names("files.on('");
			expect(untyped).not.toContain('messageCreate');
			expect(untyped).not.toContain('MESSAGE_CREATE');
		});

		it("completes custom_ids made elsewhere in the project, for the handler's kind of match", async () => {
			const names = async (needle: string, delta: number): Promise<Map<string, { labelDetails?: { description?: string } }>> => {
				const info = await server.request<{ entries: { name: string; labelDetails?: { description?: string } }[] } | undefined>(
					'completionInfo',
					{ file: handlers, ...locate(HANDLERS, needle, delta) },
				);
				return new Map((info?.entries ?? []).map((e) => [e.name, e]));
			};
			const compared = await names("=== ''", 5);
			expect([...compared.keys()].sort()).toEqual(['report', 'ticket:confirm']);
			expect(compared.get('ticket:confirm')?.labelDetails?.description).toBe('button · components.ts');
			const routed = await names("router.button('',", 15);
			expect([...routed.keys()].sort()).toEqual(['ticket:close:{id}', 'ticket:confirm']);
		});

		it('completes permission names with what each grants, and explains one on hover', async () => {
			const info = await server.request<{ entries: { name: string; labelDetails?: { description?: string } }[] }>('completionInfo', {
				file: handlers,
				...locate(HANDLERS, "permissions: ['']", 15),
			});
			const byName = new Map(info.entries.map((e) => [e.name, e]));
			expect(byName.get('BanMembers')?.labelDetails?.description).toBe(PermissionFlags.BanMembers.description);
			expect(byName.has('ManageGuild')).toBe(true);

			const member = await server.request<{ entries: { name: string }[] }>('completionInfo', {
				file: handlers,
				...locate(HANDLERS, 'PermissionFlagsBits.Ki', 22),
			});
			expect(member.entries.map((e) => e.name)).toContain('KickMembers');

			const hover = await server.request<{ displayString: string; documentation: string }>('quickinfo', {
				file: handlers,
				...locate(HANDLERS, 'BanMembers;', 2),
			});
			expect(`${hover.displayString}\n${hover.documentation}`).toContain('(permission) BanMembers = 1 << 2 — elevated (2FA)');
			expect(hover.documentation).toContain(PermissionFlags.BanMembers.description);
			expect(hover.documentation).toContain('https://discord.com/developers/docs/topics/permissions');
		});

		// Last: it edits the file.
		it('fixes a missing intent, and the diagnostic goes away', async () => {
			const at = locate(BOT, 'Events.GuildMemberAdd');
			const fixes = await server.request<CodeFix[]>('getCodeFixes', {
				file: bot,
				startLine: at.line,
				startOffset: at.offset,
				endLine: at.line,
				endOffset: at.offset + 'Events.GuildMemberAdd'.length,
				errorCodes: [93040],
			});
			const fix = fixes.find((f) => f.fixName === 'ovenjs/missing-intent');
			expect(fix?.description).toBe("Add GuildMembers to the client's intents (privileged)");
			expect(fix?.changes[0]?.textChanges).toEqual([
				{
					start: locate(BOT, ', GatewayIntentBits.GuildMessages]', 33),
					end: locate(BOT, ', GatewayIntentBits.GuildMessages]', 33),
					newText: ', GatewayIntentBits.GuildMembers',
				},
			]);

			await server.request('updateOpen', { changedFiles: fix?.changes.map((c) => ({ fileName: c.fileName, textChanges: c.textChanges })) });
			const after = await diagnostics(server, bot);
			expect(after.filter((d) => d.source === 'ovenjs').map((d) => d.code)).toEqual([93041, 93001]);
		});
	});

	describe('a failing plugin never breaks the language service', () => {
		it("logs a throwing check and still reports TypeScript's diagnostics and the other checks", async () => {
			const { server, bot, dispose } = await openProject(typescript, { OVENJS_TS_PLUGIN_FAULT: 'check' });
			try {
				const found = await diagnostics(server, bot);
				expect(found.some((d) => d.code === 2322)).toBe(true);
				expect(found.filter((d) => d.source === 'ovenjs').map((d) => d.code)).toEqual([93040, 93041, 93001]);
				expect(server.log()).toContain('[ovenjs] check fault-injection failed');
			} finally {
				dispose();
			}
		});

		it("returns TypeScript's own answers when a hook throws", async () => {
			const { server, bot, dispose } = await openProject(typescript, { OVENJS_TS_PLUGIN_FAULT: 'hook' });
			try {
				const found = await diagnostics(server, bot);
				expect(found.some((d) => d.code === 2322)).toBe(true);
				expect(found.filter((d) => d.source === 'ovenjs')).toEqual([]);
				const hover = await server.request<{ displayString: string }>('quickinfo', { file: bot, ...locate(BOT, 'wrong') });
				expect(hover.displayString).toBe('const wrong: number');
				expect(server.log()).toContain('[ovenjs] getSemanticDiagnostics failed');
			} finally {
				dispose();
			}
		});
	});
});
