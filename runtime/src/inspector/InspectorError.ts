import { OvenError } from '../errors/OvenError.js';

/** Stable codes of {@link InspectorError}s. */
export type InspectorErrorCode =
	'INSPECTOR_INVALID_OPTION' | 'INSPECTOR_LISTEN' | 'INSPECTOR_CLOSED' | 'INSPECTOR_DISCOVERY_UNSAFE' | 'INSPECTOR_RECORD_FAILED';

/** The base of every inspector error: a stable `code`, carried in `name` too (an {@link OvenError}). Never contains a token. */
export class InspectorError<C extends InspectorErrorCode = InspectorErrorCode> extends OvenError<C> {}
