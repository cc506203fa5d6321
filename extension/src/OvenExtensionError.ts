import { OvenError } from 'ovenjs/errors';

/** The stable codes of the errors the extension shows or throws. */
export type OvenExtensionErrorCode =
	| 'EXTENSION_TOOL_NOT_FOUND'
	| 'EXTENSION_SERVER_START_FAILED'
	| 'EXTENSION_MOCK_START_FAILED'
	| 'EXTENSION_MIGRATION_FAILED'
	| 'EXTENSION_NO_EDITOR'
	| 'EXTENSION_INSPECTOR_NOT_FOUND'
	| 'EXTENSION_INSPECTOR_CONNECTION_FAILED'
	| 'EXTENSION_INVALID_OPTION';

/**
 * Base class of the extension's errors. `code` is stable; `name` carries it
 * (`OvenExtensionError[EXTENSION_TOOL_NOT_FOUND]`) so it shows in the log; an {@link OvenError}.
 */
export class OvenExtensionError extends OvenError<OvenExtensionErrorCode> {}
