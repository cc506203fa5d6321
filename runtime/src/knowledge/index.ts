/**
 * `ovenjs/knowledge`: Discord's facts as data and pure functions. No I/O, no runtime
 * dependencies; the runtime, the mock, the lint rules and the editor tools all read them here.
 * @packageDocumentation
 */
export type * from './DiscordLimit.js';
export * from './limits.js';
export * from './embedLength.js';
export * from './intents.js';
export * from './gatewayCloseCodes.js';
export * from './snowflake.js';
export * from './KnowledgeError.js';
export * from './commandNaming.js';
export * from './secretShapes.js';
export * from './redactSecrets.js';
export * from './componentTypes.js';
export * from './permissions.js';
export * from './channelTypes.js';
export * from './cdn.js';
export * from './payloadViolations.js';
