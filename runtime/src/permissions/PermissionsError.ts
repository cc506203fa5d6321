import { OvenError } from '../errors/OvenError.js';

/** Stable codes of {@link PermissionsError}s. */
export type PermissionsErrorCode = 'PERMISSIONS_INVALID' | 'PERMISSIONS_MISSING';

/** The base of every permissions error: a stable `code`, carried in `name` too (an {@link OvenError}). */
export class PermissionsError<C extends PermissionsErrorCode = PermissionsErrorCode> extends OvenError<C> {}
