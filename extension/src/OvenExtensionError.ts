import { OvenError } from 'ovenjs/errors';

/** The stable codes of the errors the extension shows or throws. */
export type OvenExtensionErrorCode =
	/** A tool the extension ships (language server, mock, migration) is missing from it: reinstall the extension. */
	| 'EXTENSION_TOOL_NOT_FOUND'
	/** The language server did not start. */
	| 'EXTENSION_SERVER_START_FAILED'
	/** Mock Discord did not start (or a replay could not start it). */
	| 'EXTENSION_MOCK_START_FAILED'
	/** oven-migrate failed, or found nothing to migrate in the folder. */
	| 'EXTENSION_MIGRATION_FAILED'
	/** A command that works on the active editor was run with none open. */
	| 'EXTENSION_NO_EDITOR'
	/** The Gateway Inspector could not connect to the bot's inspector (refused, wrong token, or closed). */
	| 'EXTENSION_INSPECTOR_CONNECTION_FAILED'
	/** A webview was given a nonce or CSP source it must not use. */
	| 'EXTENSION_INVALID_OPTION';

/**
 * Base class of the extension's errors. `code` is stable; `name` carries it
 * (`OvenExtensionError[EXTENSION_TOOL_NOT_FOUND]`) so it shows in the log; an {@link OvenError}.
 */
export class OvenExtensionError extends OvenError<OvenExtensionErrorCode> {}
