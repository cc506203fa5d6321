/**
 * Builders for embeds, components, modals, polls, messages and message templates; every limit
 * from ovenjs/knowledge, every result a discord-api-types shape.
 * @packageDocumentation
 */
export * from './BuilderError.js';
export * from './BuilderLimitError.js';
export * from './TemplateVariableError.js';
export * from './embed.js';
export * from './EmbedBuilder.js';
export * from './button.js';
export * from './selectMenu.js';
export * from './actionRow.js';
export * from './ActionRowBuilder.js';
export * from './layout.js';
export * from './modal.js';
export * from './poll.js';
export * from './message.js';
export * from './template.js';
export * from './MessageBuilder.js';
