/**
 * `create-oven-bot`: `npm create oven-bot@latest my-bot` writes a Discord bot project using
 * OvenJS. The same as a library: `createProject({ directory, template, language })`.
 * @packageDocumentation
 */
export * from './createProject.js';
export * from './CreateOvenBotError.js';
export * from './templates.js';
export * from './cli.js';
export { OVEN_VERSION, ThirdPartyRanges, projectDependencies } from './dependencies.js';
export type { ProjectDependencies } from './dependencies.js';
