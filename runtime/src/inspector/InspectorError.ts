import { OvenError } from '../errors/OvenError.js';

/** Stable codes of {@link InspectorError}s. */
export type InspectorErrorCode =
	/** The inspector was given an option it cannot use (a token under 16 characters, a bad port). */
	| 'INSPECTOR_INVALID_OPTION'
	/** The inspector's server could not listen on its host and port. */
	| 'INSPECTOR_LISTEN'
	/** The inspector was closed; create a new one. */
	| 'INSPECTOR_CLOSED'
	/** The discovery folder is not safely this user's (a symlink, another owner, writable by others); nothing is written. */
	| 'INSPECTOR_DISCOVERY_UNSAFE'
	/** A session recording could not be created or written. */
	| 'INSPECTOR_RECORD_FAILED';

/** The base of every inspector error: a stable `code`, carried in `name` too (an {@link OvenError}). Never contains a token. */
export class InspectorError<C extends InspectorErrorCode = InspectorErrorCode> extends OvenError<C> {}
