/**
 * A structured logger, as pino (and bunyan, and most others) shape it: an object of fields,
 * then a message. Pass `pino()` as is.
 */
export interface Logger {
	debug(fields: object, message?: string): void;
	info(fields: object, message?: string): void;
	warn(fields: object, message?: string): void;
	error(fields: object, message?: string): void;
}
