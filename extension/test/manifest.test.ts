import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '@ovenjs/analysis';
import { OvenCommandCategory, OvenCommands, readOvenSettings, settingsContribution, usesDiscordLibrary } from 'ovenjs-vscode';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
	main: string;
	engines: Record<string, string>;
	activationEvents: string[];
	contributes: {
		commands: unknown[];
		menus: Record<string, { command: string; when: string }[]>;
		typescriptServerPlugins: { name: string }[];
		configuration: unknown;
	};
};

describe('package.json', () => {
	it('contributes exactly the commands of the command table', () => {
		expect(manifest.contributes.commands).toEqual(Object.values(OvenCommands).map((c) => ({ ...c, category: OvenCommandCategory })));
	});

	it('offers replaying a recorded session from the explorer on .jsonl files', () => {
		expect(manifest.contributes.menus['explorer/context']).toEqual([
			expect.objectContaining({ command: OvenCommands.replayOnMockDiscord.command, when: 'resourceExtname == .jsonl' }),
		]);
	});

	it('registers the ts-plugin, targets VS Code 1.95 and runs the bundled CommonJS entry', () => {
		expect(manifest.contributes.typescriptServerPlugins).toEqual([
			{ name: '@ovenjs/ts-plugin', enableForWorkspaceTypeScriptVersions: true },
		]);
		expect(manifest.engines['vscode']).toBe('^1.95.0');
		expect(manifest.main).toBe('./dist/extension.cjs');
		expect(manifest.activationEvents).toEqual(['workspaceContains:**/package.json']);
	});
});

describe('settings', () => {
	it('contributes one ovenjs.checks.<id> per check of the registry (package.json is generated: npm run generate -w ovenjs-vscode)', () => {
		expect(manifest.contributes.configuration).toEqual(settingsContribution());
		const properties = settingsContribution().properties;
		for (const check of CHECKS)
			expect(properties[`ovenjs.checks.${check.id}`]).toMatchObject({ enum: ['off', 'warning', 'error'], default: check.severity });
		expect(properties['ovenjs.previewOnSave']).toMatchObject({ type: 'boolean', default: false });
	});

	it('reads them with a fallback for wrong values', () => {
		const values: Record<string, unknown> = {
			'checks.embed-limits': 'off',
			'checks.require-intents': 'loud',
			previewOnSave: true,
			'inspector.discoveryDirectory': ' ',
		};
		expect(readOvenSettings((key) => values[key])).toEqual({
			checks: { 'embed-limits': 'off' },
			previewOnSave: true,
			inspectorDiscoveryDirectory: undefined,
		});
	});
});

describe('usesDiscordLibrary', () => {
	it.each([
		['{"dependencies":{"discord.js":"^14"}}', true],
		['{"devDependencies":{"ovenjs":"0.1.0"}}', true],
		['{"name":"ovenjs"}', true],
		['{"dependencies":{"discord-api-types":"^0.38"}}', false],
		['{"dependencies":null}', false],
		['not json', false],
	])('%s → %s', (text, expected) => {
		expect(usesDiscordLibrary(text)).toBe(expected);
	});
});
