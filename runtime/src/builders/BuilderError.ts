/** Stable codes of {@link BuilderError}s. */
export type BuilderErrorCode = 'BUILDER_LIMIT' | 'TEMPLATE_VARIABLE';

/** The base of every builder error: a stable `code`, carried in `name` too. */
export class BuilderError extends Error {
	/** A stable identifier; messages may change, codes do not. */
	public readonly code: BuilderErrorCode;

	public constructor(code: BuilderErrorCode, message: string) {
		super(message);
		this.code = code;
		this.name = `${new.target.name}[${code}]`;
	}
}
