import { readCheckSettings, type CheckSetting } from '@ovenjs/analysis';

/**
 * Which per-file findings the server publishes. `all`: every file (any LSP editor). `closed`:
 * only files the client does not have open, for an editor whose tsserver runs
 * `@ovenjs/ts-plugin` and shows the open ones (VS Code with the extension). `none`: only the
 * project-wide findings.
 */
export type FileDiagnosticsMode = 'all' | 'closed' | 'none';

/** The server's settings, from `initializationOptions` and the client's `ovenjs` configuration section. */
export interface ServerSettings {
	/** Quiet time after the last edit before the project is checked again, in ms. */
	readonly debounceMs: number;
	readonly fileDiagnostics: FileDiagnosticsMode;
	/** Check id → off/warning/error (`ovenjs.checks.<id>`). */
	readonly checks: Readonly<Record<string, CheckSetting>>;
	/**
	 * Whether the server offers hovers and completions. Read from `initializationOptions` only
	 * (capabilities are fixed at start): `false` for an editor whose tsserver runs
	 * `@ovenjs/ts-plugin`, which serves the same ones (VS Code with the extension).
	 */
	readonly hoversAndCompletions: boolean;
}

/** The settings of a server started with no options. */
export const DEFAULT_SETTINGS: ServerSettings = { debounceMs: 250, fileDiagnostics: 'all', checks: {}, hoversAndCompletions: true };

function field(input: unknown, key: string): unknown {
	return typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[key] : undefined;
}

/**
 * Reads settings from untrusted input over `base`: `{ debounceMs, fileDiagnostics, checks, hoversAndCompletions }`
 * (`fileDiagnostics: false` is the older spelling of `'none'`). Values of the wrong type are
 * ignored, unknown check ids and levels dropped.
 */
export function readServerSettings(input: unknown, base: ServerSettings = DEFAULT_SETTINGS): ServerSettings {
	const debounce = field(input, 'debounceMs');
	const files = field(input, 'fileDiagnostics');
	const checks = field(input, 'checks');
	const features = field(input, 'hoversAndCompletions');
	return {
		debounceMs: typeof debounce === 'number' && debounce >= 0 ? debounce : base.debounceMs,
		fileDiagnostics: files === false ? 'none' : files === 'all' || files === 'closed' || files === 'none' ? files : base.fileDiagnostics,
		checks: checks === undefined ? base.checks : readCheckSettings(checks),
		hoversAndCompletions: typeof features === 'boolean' ? features : base.hoversAndCompletions,
	};
}
