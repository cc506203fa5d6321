import { OvenError } from '../errors/OvenError.js';

/** Stable codes of {@link BuilderError}s. */
export type BuilderErrorCode = 'BUILDER_LIMIT' | 'BUILDER_TEMPLATE_VARIABLE';

/** The base of every builder error: a stable `code`, carried in `name` too (an {@link OvenError}). */
export class BuilderError<C extends BuilderErrorCode = BuilderErrorCode> extends OvenError<C> {}
