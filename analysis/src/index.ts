/**
 * `@ovenjs/analysis`: recognises Discord constructs (embeds, components, commands,
 * listeners, client intents) in a TypeScript AST and reports findings as plain data. Every
 * function takes the `typescript` module as its first argument so a tsserver plugin can
 * pass the one tsserver hands it; this package never loads `typescript` itself.
 * @packageDocumentation
 */
export type * from './Finding.js';
export { finding, formatMessage } from './Finding.js';
export * from './evaluate.js';
export * from './builderChain.js';
export * from './readEmbed.js';
export * from './checkEmbed.js';
export * from './componentKinds.js';
export * from './readComponent.js';
export * from './checkComponents.js';
export * from './readCommand.js';
export * from './checkCommand.js';
export * from './checkHardcodedSecret.js';
export * from './checkSnowflakePrecision.js';
export * from './listenerEvents.js';
export * from './readIntents.js';
export * from './readListeners.js';
export * from './checkIntents.js';
export * from './checkAcknowledge.js';
export * from './checkFloatingResponse.js';
export * from './checkDeprecated.js';
export * from './checkBulkOperations.js';
export * from './staticJson.js';
export * from './builderJson.js';
export * from './commandMap.js';
export * from './readCustomIds.js';
export * from './discordJsEquivalents.js';
export * from './customIdMap.js';
export * from './editor/customIdSites.js';
export type * from './editor/EditorHover.js';
export * from './editor/hovers.js';
export * from './editor/permissions.js';
export * from './editor/completions.js';
export { nodeAt } from './_ast.js';
export type * from './registry/CheckDefinition.js';
export { defineCheck, defineProjectCheck } from './registry/CheckDefinition.js';
export * from './registry/discordJsVersion.js';
export * from './registry/runChecks.js';
export * from './registry/projectChecks.js';
export * from './registry/registry.js';
export { CHECKS } from './checks/index.js';
export * from './interactionReceiver.js';
export * from './discordJsFacts.js';
export * from './clientReceiver.js';
