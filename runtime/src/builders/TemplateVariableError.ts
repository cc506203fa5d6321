import { BuilderError } from './BuilderError.js';

/** A message template was rendered without a value for one of its variables. */
export class TemplateVariableError extends BuilderError<'BUILDER_TEMPLATE_VARIABLE'> {
	/** The variables that had no value. */
	public readonly missing: readonly string[];

	public constructor(source: string, missing: readonly string[]) {
		super(
			'BUILDER_TEMPLATE_VARIABLE',
			`Template ${JSON.stringify(source)} needs ${missing.map((name) => `{${name}}`).join(', ')}; pass ${missing.length === 1 ? 'it' : 'them'} to render().`,
		);
		this.missing = missing;
	}
}
