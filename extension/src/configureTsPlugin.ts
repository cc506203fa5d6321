import type { CheckSetting } from '@ovenjs/analysis';
import * as vscode from 'vscode';

/** The plugin name under `contributes.typescriptServerPlugins`. */
export const TS_PLUGIN_NAME = '@ovenjs/ts-plugin';

interface TypeScriptApi {
	configurePlugin(pluginId: string, configuration: unknown): void;
}

/**
 * Sends the check settings to `@ovenjs/ts-plugin` inside VS Code's tsserver through the
 * TypeScript extension's API (`configurePlugin`), so a check turned off in the settings is
 * off in the open files too. Resolves false when the TypeScript extension is absent.
 */
export async function configureTsPlugin(checks: Readonly<Record<string, CheckSetting>>): Promise<boolean> {
	const extension = vscode.extensions.getExtension<{ getAPI?: (version: 0) => TypeScriptApi | undefined }>(
		'vscode.typescript-language-features',
	);
	if (extension === undefined) return false;
	const exports = extension.isActive ? extension.exports : await extension.activate();
	const api = exports?.getAPI?.(0);
	if (api === undefined) return false;
	api.configurePlugin(TS_PLUGIN_NAME, { checks });
	return true;
}
