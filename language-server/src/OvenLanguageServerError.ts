import { OvenError } from 'ovenjs/errors';

/** The stable string codes of the errors the language server throws. */
export type LanguageServerErrorCode =
	/** TypeScript could not build a program for the workspace; check its tsconfig.json. */
	'LSP_NO_PROGRAM';

/**
 * Error thrown by the language server. `code` is stable across releases; `name` carries it
 * too (`OvenLanguageServerError[LSP_NO_PROGRAM]`); an {@link OvenError}.
 */
export class OvenLanguageServerError extends OvenError<LanguageServerErrorCode> {}
