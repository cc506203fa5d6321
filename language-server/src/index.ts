/**
 * `@ovenjs/language-server`: the OvenJS analysis over LSP for any editor
 * (`oven-language-server --stdio`), plus the typed protocol of its custom requests.
 * @packageDocumentation
 */
export type * from './protocol.js';
export { EmbedPreviewMethod, PreviewEmbedCommand } from './protocol.js';
export * from './startServer.js';
export * from './Workspace.js';
export * from './OvenLanguageServerError.js';
export * from './embedPreview.js';
export * from './previewViolations.js';
export * from './embedLenses.js';
export * from './documentSymbols.js';
export * from './diagnostics.js';
export * from './analyseProject.js';
export * from './serverSettings.js';
export * from './editorFeatures.js';
