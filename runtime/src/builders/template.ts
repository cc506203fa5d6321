import { MessageLimits } from '../knowledge/limits.js';
import { checkLength } from './_check.js';
import { TemplateVariableError } from './TemplateVariableError.js';

/** The variable names in a template string: `'Hi {user}, {count} left'` → `'user' | 'count'`. */
export type TemplateVariables<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
	? (Name extends `${string}{${string}` ? never : Name) | TemplateVariables<Rest>
	: never;

/** A value a template variable takes. */
export type TemplateValue = string | number | bigint | boolean;

/** A parsed template; {@link MessageTemplate.render} needs a value for every variable. */
export interface MessageTemplate<S extends string> {
	/** The template text. */
	readonly source: S;
	/** The variable names, in order of first appearance. */
	readonly variables: readonly TemplateVariables<S>[];
	/**
	 * Fills in the variables. A missing one is a type error, and a `TemplateVariableError` at run
	 * time; a result over `MessageLimits.content` is a `BuilderLimitError`.
	 */
	render(values: { readonly [K in TemplateVariables<S>]: TemplateValue }): string;
}

const VARIABLE = /\{([^{}]+)\}/g;

/**
 * A message template with `{name}` variables, typed from the literal.
 *
 * @example
 * ```ts
 * const t = template('Hello {user}, you have {count} tickets');
 * t.render({ user: '<@1>', count: 3 }); // 'Hello <@1>, you have 3 tickets'
 * ```
 */
export function template<const S extends string>(source: S): MessageTemplate<S> {
	const variables = [...new Set([...source.matchAll(VARIABLE)].map((m) => m[1] as string))] as TemplateVariables<S>[];
	return {
		source,
		variables,
		render(values) {
			const given = values as Readonly<Record<string, TemplateValue | undefined>>;
			const missing = variables.filter((name) => given[name] === undefined);
			if (missing.length > 0) throw new TemplateVariableError(source, missing);
			const text = source.replace(VARIABLE, (_, name: string) => String(given[name]));
			checkLength('content', text, MessageLimits.content);
			return text;
		},
	};
}
