import { EmbedBuilder } from 'discord.js';

// Never opened by the e2e: its diagnostic comes from the language server's workspace-wide check.
export const rules = new EmbedBuilder().setDescription('r'.repeat(4100));

// Stays reported when the e2e turns embed-limits off: the Problems panel still shows this file.
export const channelId = 41771983423143937;
