/**
 * `@ovenjs/mock-discord`: a local Discord (REST v10, gateway, interactions) that real bots
 * run against, with a control API for tests.
 * @packageDocumentation
 */
export * from './MockDiscord.js';
export * from './MockControl.js';
export * from './errors/MockDiscordError.js';
export * from './errors/ScenarioError.js';
export * from './errors/RestError.js';
export * from './errors/ReplayError.js';
export * from './replay/index.js';
export type * from './world/Scenario.js';
export * from './world/validateScenario.js';
export * from './world/defaultScenario.js';
export * from './world/SnowflakeGenerator.js';
export * from './world/permissions.js';
export * from './world/World.js';
export * from './http/OpenApiSpec.js';
export * from './http/Router.js';
export * from './http/Route.js';
export * from './http/botOperations.js';
export * from './http/routeCoverage.js';
export { UNIMPLEMENTED_HEADER } from './http/unimplemented.js';
export type * from './http/RestPipeline.js';
export type * from './http/RestFaults.js';
export type * from './control/buildInteraction.js';
export * from './interactions/InteractionStore.js';
export * from './routes/allRoutes.js';
export * from './gateway/index.js';
export * from './ratelimit/index.js';
export * from './voice/index.js';
