/**
 * High-level REST methods over the REST client: messages, channels, guilds, members, roles, interactions, commands.
 * @packageDocumentation
 */
export * from './API.js';
export * from './ApplicationCommandsAPI.js';
export * from './ChannelsAPI.js';
export * from './GuildsAPI.js';
export * from './InteractionsAPI.js';
export * from './UsersAPI.js';
export * from './WebhooksAPI.js';
export type * from './APIRequestOptions.js';
