/** Stable codes of {@link CreateOvenBotError}s. */
export type CreateOvenBotErrorCode =
	/** An unknown template or language was asked for. */
	| 'CREATE_INVALID_OPTION'
	/** No project folder was named. */
	| 'CREATE_NO_DIRECTORY'
	/** The project folder exists and is not empty (or is a file): choose a new name. */
	| 'CREATE_DIRECTORY_NOT_EMPTY'
	/** The folder name cannot be an npm package name. */
	| 'CREATE_INVALID_NAME'
	/** `--tarballs` names a folder that lacks one of the OvenJS package tarballs. */
	| 'CREATE_TARBALL_MISSING'
	/** The prompts were cancelled; nothing was written. */
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
