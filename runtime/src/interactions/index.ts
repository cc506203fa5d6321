/**
 * Interactions: typed command definitions, command sync, component routing by custom_id, responses with the 3-second deadline.
 * @packageDocumentation
 */
export * from './InteractionError.js';
export * from './CommandDefinitionError.js';
export * from './InteractionAlreadyAcknowledgedError.js';
export * from './InteractionExpiredError.js';
export * from './ComponentAwaitTimeoutError.js';
export type * from './InteractionsTransport.js';
export * from './option.js';
export type * from './CommandContext.js';
export * from './defineCommand.js';
export * from './CommandBuilder.js';
export * from './defineContextMenuCommand.js';
export type { CommandContextName, IntegrationTypeName, CommandSettings } from './_commandSettings.js';
export * from './customId.js';
export * from './ComponentRouter.js';
export type * from './ComponentAwaitOptions.js';
export * from './createInteractionHandler.js';
export * from './syncCommands.js';
