import { CHECKS, readCheckSettings, type CheckSetting } from '@ovenjs/analysis';

/** The extension's settings section: `ovenjs.checks.<id>`, `ovenjs.previewOnSave`, `ovenjs.inspector.*`. */
export const SETTINGS_SECTION = 'ovenjs';

/** The settings the extension reads, validated (a wrong value falls back to the default). */
export interface OvenSettings {
	/** Check id → off/warning/error, for the ts-plugin and the language server alike. */
	readonly checks: Readonly<Record<string, CheckSetting>>;
	/** Whether saving a file opens (or refreshes) the Embed Preview of the embed under the cursor. */
	readonly previewOnSave: boolean;
	/** Where the Gateway Inspector looks for discovery files; undefined for the runtime's default. */
	readonly inspectorDiscoveryDirectory: string | undefined;
}

/**
 * Reads the settings from a getter over the `ovenjs` section (VS Code's
 * `workspace.getConfiguration('ovenjs').get`). `checks` is read per id (`checks.embed-limits`).
 */
export function readOvenSettings(get: (key: string) => unknown): OvenSettings {
	const checks: Record<string, unknown> = {};
	for (const check of CHECKS) checks[check.id] = get(`checks.${check.id}`);
	const dir = get('inspector.discoveryDirectory');
	return {
		checks: readCheckSettings(checks),
		previewOnSave: get('previewOnSave') === true,
		inspectorDiscoveryDirectory: typeof dir === 'string' && dir.trim() !== '' ? dir : undefined,
	};
}

/** One setting of `contributes.configuration.properties`. */
interface SettingSchema {
	readonly type: string;
	readonly default: unknown;
	readonly markdownDescription: string;
	readonly enum?: readonly string[];
}

/**
 * `contributes.configuration` of `package.json`, made from the registry of checks (one
 * `ovenjs.checks.<id>` per row, defaulting to its severity) plus the extension's own
 * settings. `npm run generate -w ovenjs-vscode` writes it; a test fails when it is stale.
 */
export function settingsContribution(): { title: string; properties: Record<string, SettingSchema> } {
	const properties: Record<string, SettingSchema> = {};
	for (const check of CHECKS) {
		properties[`${SETTINGS_SECTION}.checks.${check.id}`] = {
			type: 'string',
			enum: ['off', 'warning', 'error'],
			default: check.severity,
			markdownDescription: `${check.description} (\`ovenjs/${check.id}\`; shown in the editor by the TypeScript plugin and the language server.)`,
		};
	}
	properties[`${SETTINGS_SECTION}.previewOnSave`] = {
		type: 'boolean',
		default: false,
		markdownDescription: 'Open (or refresh) the Embed Preview of the embed under the cursor when the file is saved.',
	};
	properties[`${SETTINGS_SECTION}.inspector.discoveryDirectory`] = {
		type: 'string',
		default: '',
		markdownDescription:
			"Where the Gateway Inspector looks for running bots' discovery files. Empty: `$OVEN_INSPECTOR_DIR`, else `<tmpdir>/ovenjs-inspector` (the runtime's default).",
	};
	return { title: 'OvenJS', properties };
}
