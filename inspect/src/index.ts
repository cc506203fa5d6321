/**
 * `@ovenjs/inspect`: any Discord bot in the OvenJS Gateway Inspector, and recorded for replay
 * on the mock. `node --import @ovenjs/inspect bot.js` (or `import '@ovenjs/inspect'` first in
 * the bot) inspects a discord.js v14 bot from its `login()` and an OvenJS bot through its own
 * inspector; `inspectDiscordJs(client)` does it for one client.
 * @packageDocumentation
 */
import { installPreload } from './installPreload.js';

export * from './findDiscordJs.js';
export * from './inspectDiscordJs.js';
export * from './installPreload.js';
export type * from './_discordJs.js';

installPreload();
