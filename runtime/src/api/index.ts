/**
 * High-level REST methods over the REST client: messages, channels, guilds, members, roles, interactions, commands.
 * @packageDocumentation
 */
export * from './API.js';
export * from './ApplicationCommandsAPI.js';
export * from './ChannelsAPI.js';
export * from './GuildsAPI.js';
// The `InteractionsAPI` class is reached as `api.interactions`; its name is taken at the package
// root by the structural interface in ../interactions/InteractionsAPI.ts, which `API` satisfies.
export type { DeferOptions, InteractionCallbackOptions } from './InteractionsAPI.js';
export * from './UsersAPI.js';
export * from './WebhooksAPI.js';
export type * from './APIRequestOptions.js';
