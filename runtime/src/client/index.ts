/**
 * The client: createClient, typed events, intents in the type, views over cached data.
 * @packageDocumentation
 */
export * from './OvenClientError.js';
export * from './Snowflake.js';
export * from './ClientIntents.js';
export type * from './ClientEvents.js';
export type * from './ClientOptions.js';
export type * from './ViewAPI.js';
export * from './Client.js';
export * from './createClient.js';
export * from './views/Message.js';
export * from './views/Channel.js';
export * from './views/Guild.js';
export * from './views/Member.js';
export * from './views/User.js';
export * from './views/Interaction.js';
export * from './views/InteractionOptions.js';
export type { MessageInput } from './views/_messageBody.js';
