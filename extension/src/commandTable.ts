/**
 * Every command the extension contributes, once. `package.json` `contributes.commands`
 * must list exactly these (a test checks it); `extension.ts` registers one handler per key.
 */
export const OvenCommands = {
	previewEmbed: { command: 'ovenjs.previewEmbed', title: 'Preview Embed' },
	openGatewayInspector: { command: 'ovenjs.openGatewayInspector', title: 'Open Gateway Inspector' },
	startMockDiscord: { command: 'ovenjs.startMockDiscord', title: 'Start Mock Discord' },
	stopMockDiscord: { command: 'ovenjs.stopMockDiscord', title: 'Stop Mock Discord' },
	replayOnMockDiscord: { command: 'ovenjs.replayOnMockDiscord', title: 'Replay a Recording on Mock Discord…' },
	migrateFromDiscordJs: { command: 'ovenjs.migrateFromDiscordJs', title: 'Migrate from discord.js…' },
} as const satisfies Record<string, { readonly command: string; readonly title: string }>;

/** A key of {@link OvenCommands}. */
export type OvenCommandName = keyof typeof OvenCommands;

/** The palette category of every command ("OvenJS: Preview Embed"). */
export const OvenCommandCategory = 'OvenJS';
