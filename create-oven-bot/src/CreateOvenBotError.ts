/** Stable codes of {@link CreateOvenBotError}s. */
export type CreateOvenBotErrorCode =
	| 'CREATE_INVALID_OPTION'
	| 'CREATE_NO_DIRECTORY'
	| 'CREATE_DIRECTORY_NOT_EMPTY'
	| 'CREATE_INVALID_NAME'
	| 'CREATE_TARBALL_MISSING'
	| 'CREATE_CANCELLED';

/** Every error of create-oven-bot: a stable `code`, carried in `name` too, and a message that says what to do. */
export class CreateOvenBotError extends Error {
	/** A stable identifier; messages may change, codes do not. */
	public readonly code: CreateOvenBotErrorCode;

	public constructor(code: CreateOvenBotErrorCode, message: string, options?: ErrorOptions) {
		super(message, options);
		this.code = code;
		this.name = `${new.target.name}[${code}]`;
	}
}
