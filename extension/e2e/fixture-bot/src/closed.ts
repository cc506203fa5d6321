import { EmbedBuilder } from 'discord.js';

// Never opened by the e2e: its diagnostic comes from the language server's workspace-wide check.
export const rules = new EmbedBuilder().setDescription('r'.repeat(4100));
