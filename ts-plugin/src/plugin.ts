import type ts from 'typescript';
import {
	CHECKS,
	completionsAt,
	discordJsFor,
	EDITOR_CODES,
	editorCode,
	hoverAt,
	readCheckSettings,
	runChecks,
	type CheckDefinition,
	type CheckSetting,
	type DiscordJsVersion,
	type Finding,
} from '@ovenjs/analysis';
import { DIAGNOSTIC_SOURCE, diagnosticCategory, registerSupportedCodes } from './codes.js';
import { toCompletionInfo, toQuickInfo } from './editorFeatures.js';

/**
 * Test hook: `OVENJS_TS_PLUGIN_FAULT=check` adds a check that throws, `=hook` makes every
 * decorated hook throw after TypeScript's own answer. Shows that a plugin failure is logged
 * and never breaks the user's language service.
 */
const FAULT_ENV = 'OVENJS_TS_PLUGIN_FAULT';

const faultyCheck: Pick<CheckDefinition, 'id' | 'anyFile' | 'run'> = {
	id: 'fault-injection',
	anyFile: true,
	run: () => {
		throw new Error(`${FAULT_ENV}=check: injected failure`);
	},
};

/**
 * Decorates the language service of one project: Discord findings as diagnostics, their
 * fixes as code fixes, hovers on snowflakes, intents, events and permission flags, and
 * completions of event names, project custom_ids in handlers and permission names.
 */
export function decorate(t: typeof ts, info: ts.server.PluginCreateInfo, settings: PluginSettings): ts.LanguageService {
	const ls = info.languageService;
	registerSupportedCodes(t);
	const versions = new Map<string, DiscordJsVersion | undefined>();
	const fault = process.env[FAULT_ENV];
	const checks = fault === 'check' ? [faultyCheck, ...CHECKS] : CHECKS;
	const log = (message: string): void => {
		try {
			info.project.projectService.logger.info(`[ovenjs] ${message}`);
		} catch {
			// A logger that throws must not break the service either.
		}
	};
	const describe = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

	// Findings per SourceFile object: TypeScript makes a new one on every edit, so this never serves stale results.
	let cache = new WeakMap<ts.SourceFile, Finding[]>();
	let cachedFor = settings.version;
	const findingsOf = (fileName: string): { file: ts.SourceFile; findings: Finding[] } | undefined => {
		const program = ls.getProgram();
		const file = program?.getSourceFile(fileName);
		if (program === undefined || file === undefined || file.isDeclarationFile) return undefined;
		if (cachedFor !== settings.version) {
			cache = new WeakMap();
			cachedFor = settings.version;
		}
		let findings = cache.get(file);
		if (findings === undefined) {
			const discordJs = discordJsFor(fileName, (path) => t.sys.readFile(path), versions);
			const enabled = checks.filter((check) => settings.checks[check.id] !== 'off');
			findings = runChecks(t, file, { checker: program.getTypeChecker(), discordJs }, enabled, (check, error) =>
				log(`check ${check} failed on ${fileName}: ${describe(error)}`),
			);
			cache.set(file, findings);
		}
		return { file, findings };
	};

	/** `original`'s answer, then `extra` over it; a throw in `extra` is logged and the original answer returned. */
	function guard<A extends unknown[], R>(name: string, original: (...args: A) => R, extra: (prior: R, ...args: A) => R): (...args: A) => R {
		return (...args: A): R => {
			const prior = original.apply(ls, args);
			try {
				if (fault === 'hook') throw new Error(`${FAULT_ENV}=hook: injected failure in ${name}`);
				return extra(prior, ...args);
			} catch (error) {
				log(`${name} failed: ${describe(error)}`);
				return prior;
			}
		};
	}

	const proxy = Object.create(null) as Record<string, unknown>;
	for (const key of Object.keys(ls) as (keyof ts.LanguageService)[]) {
		const member = ls[key];
		proxy[key] = typeof member === 'function' ? (...args: unknown[]) => (member as (...a: unknown[]) => unknown).apply(ls, args) : member;
	}
	const service = proxy as unknown as ts.LanguageService;

	service.getSemanticDiagnostics = guard('getSemanticDiagnostics', ls.getSemanticDiagnostics, (prior, fileName) => {
		const found = findingsOf(fileName);
		if (found === undefined || found.findings.length === 0) return prior;
		const ours: ts.Diagnostic[] = [];
		for (const f of found.findings) {
			const category = diagnosticCategory(t, f.code, settings.checks);
			if (category === undefined) continue;
			ours.push({
				file: found.file,
				start: f.start,
				length: f.end - f.start,
				messageText: f.message,
				category,
				code: editorCode(f.code),
				source: DIAGNOSTIC_SOURCE,
			});
		}
		return [...prior, ...ours];
	});

	service.getSupportedCodeFixes = guard('getSupportedCodeFixes', ls.getSupportedCodeFixes, (prior) => [
		...new Set([...prior, ...EDITOR_CODES.map(String)]),
	]);

	service.getCodeFixesAtPosition = guard('getCodeFixesAtPosition', ls.getCodeFixesAtPosition, (prior, fileName, start, end, errorCodes) => {
		const wanted = new Set(errorCodes);
		if (!EDITOR_CODES.some((code) => wanted.has(code))) return prior;
		const found = findingsOf(fileName);
		if (found === undefined) return prior;
		const actions: ts.CodeFixAction[] = [];
		for (const f of found.findings) {
			// A finding is a candidate when its range touches the requested one (an empty range is a caret).
			if (!wanted.has(editorCode(f.code)) || f.end < start || f.start > end) continue;
			for (const fix of f.fixes ?? []) {
				actions.push({
					fixName: `ovenjs/${f.code}`,
					description: fix.description,
					changes: [
						{
							fileName,
							textChanges: fix.edits.map((edit) => ({ span: { start: edit.start, length: edit.end - edit.start }, newText: edit.text })),
						},
					],
				});
			}
		}
		return actions.length === 0 ? prior : [...prior, ...actions];
	});

	service.getQuickInfoAtPosition = guard('getQuickInfoAtPosition', ls.getQuickInfoAtPosition, (prior, fileName, position) => {
		const file = ls.getProgram()?.getSourceFile(fileName);
		const hover = file === undefined ? undefined : hoverAt(t, file, position);
		return hover === undefined ? prior : toQuickInfo(t, hover, prior);
	});

	service.getCompletionsAtPosition = guard('getCompletionsAtPosition', ls.getCompletionsAtPosition, (prior, fileName, position) => {
		const program = ls.getProgram();
		const file = program?.getSourceFile(fileName);
		if (program === undefined || file === undefined) return prior;
		const ours = completionsAt(t, file, position, {
			checker: program.getTypeChecker(),
			projectFiles: () =>
				program
					.getSourceFiles()
					.filter((f) => !f.isDeclarationFile && !program.isSourceFileFromExternalLibrary(f) && !f.fileName.includes('/node_modules/')),
		});
		return ours === undefined ? prior : toCompletionInfo(t, ours, prior);
	});

	log(`enabled for project ${info.project.getProjectName()}`);
	return service;
}

/**
 * The plugin's settings: `checks` (check id → off/warning/error) from the plugin's entry in
 * tsconfig's `plugins`, or from the editor (VS Code's `configurePlugin`, which the extension
 * sends from `ovenjs.checks.<id>`). `version` changes with them, so cached findings are dropped.
 */
export interface PluginSettings {
	checks: Record<string, CheckSetting>;
	version: number;
}

/**
 * The plugin module factory tsserver calls with its own `typescript`; `index.cts` exports
 * it as the CommonJS module tsserver `require()`s.
 */
export function init(modules: { typescript: typeof ts }): ts.server.PluginModule {
	const t = modules.typescript;
	const settings: PluginSettings = { checks: {}, version: 0 };
	const projects = new Set<ts.server.Project>();
	const configure = (config: unknown): void => {
		settings.checks = readCheckSettings(
			typeof config === 'object' && config !== null ? (config as { checks?: unknown }).checks : undefined,
		);
		settings.version += 1;
		// The editor asks again for open files' diagnostics only when told something changed.
		for (const project of projects) project.refreshDiagnostics();
	};
	return {
		onConfigurationChanged: configure,
		create(info) {
			try {
				// The tsconfig's entry applies until the editor sends its own settings.
				if (settings.version === 0) configure(info.config);
				projects.add(info.project);
				return decorate(t, info, settings);
			} catch (error) {
				info.project.projectService.logger.info(
					`[ovenjs] plugin failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
				);
				return info.languageService;
			}
		},
	};
}
