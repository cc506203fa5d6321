/**
 * `ovenjs-vscode`: the VS Code extension's testable parts: the pure webview renderers
 * (Embed Preview, Gateway Inspector), the inspector stream protocol and client, and the
 * command table. The extension host entry is `extension.ts` (bundled to `dist/extension.cjs`).
 * @packageDocumentation
 */
export * from './webviewMessages.js';
export * from './mentionNames.js';
export * from './webview/formatTimestamp.js';
export * from './webview/renderInlineMarkdown.js';
export * from './webview/renderDiscordMarkdown.js';
export * from './webview/renderEmbedPreview.js';
export * from './webview/renderEmbedPreviewDocument.js';
export * from './webview/renderInspectorDocument.js';
export * from './webview/InspectorState.js';
export * from './commandTable.js';
export * from './usesDiscordLibrary.js';
export * from './findInspectors.js';
export * from './InspectorConnection.js';
export * from './OvenExtensionError.js';
export * from './settings.js';
export * from './bundledTools.js';
export * from './toolProcesses.js';
export * from './previewLayout.js';
