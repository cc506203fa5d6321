/**
 * The inspector stream's protocol, the one both ends speak: the message types, their version,
 * and the check every reader applies to what it receives. Pure (no Node built-ins), so the
 * runtime, `@ovenjs/inspect`, the mock and the VS Code extension (its webviews included) all
 * import it from here: `ovenjs/inspector/protocol`.
 * @packageDocumentation
 */
export * from './InspectorMessage.js';
export * from './parseInspectorMessage.js';
