/**
 * `@ovenjs/migrate`: moves a discord.js v13/v14 bot to OvenJS (`oven-migrate` on the command line).
 * @packageDocumentation
 */
export * from './migrate.js';
export * from './runTransforms.js';
export * from './MigrationError.js';
export type * from './MigrationReport.js';
export type * from './Transform.js';
export * from './progress.js';
export * from './report.js';
export * from './unifiedDiff.js';
export * from './transforms/index.js';
export * from './equivalents/index.js';
export type * from './project/ProjectInfo.js';
export { DISCORD_JS_FRAMEWORKS, type DiscordJsFramework } from './project/frameworks.js';
export type * from './types/DiscordType.js';
export type { FileTypes } from './types/ProjectTypes.js';
