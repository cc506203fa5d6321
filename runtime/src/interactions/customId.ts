import { ComponentLimits } from '../knowledge/index.js';
import { InteractionError } from './InteractionError.js';

/** The `{name}` parameter names of a custom_id pattern, e.g. `'id'` for `'ticket:close:{id}'`. */
export type CustomIdParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
	? Name | CustomIdParamNames<Rest>
	: never;

/** The parameters a custom_id pattern captures: `{ id: string }` for `'ticket:close:{id}'`. */
export type CustomIdParams<P extends string> = { readonly [K in CustomIdParamNames<P>]: string };

/** A compiled custom_id pattern. @internal */
export interface CompiledPattern {
	readonly pattern: string;
	readonly names: readonly string[];
	readonly regex: RegExp;
}

const PARAM = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Compiles `'ticket:close:{id}'` to a regex; each parameter matches one or more characters. @internal */
export function compileCustomId(pattern: string): CompiledPattern {
	const names: string[] = [];
	let source = '';
	let last = 0;
	for (const match of pattern.matchAll(PARAM)) {
		source += escape(pattern.slice(last, match.index)) + '(.+?)';
		names.push(match[1] as string);
		last = match.index + match[0].length;
	}
	source += escape(pattern.slice(last));
	if (/[{}]/.test(pattern.replace(PARAM, ''))) {
		throw new InteractionError(
			'INTERACTION_CUSTOM_ID_PATTERN_INVALID',
			`custom_id pattern ${JSON.stringify(pattern)} has a brace that is not a {name} parameter; parameter names are letters, digits and _.`,
		);
	}
	if (new Set(names).size !== names.length) {
		throw new InteractionError(
			'INTERACTION_CUSTOM_ID_PATTERN_INVALID',
			`custom_id pattern ${JSON.stringify(pattern)} repeats a parameter name; give each {name} once.`,
		);
	}
	return { pattern, names, regex: new RegExp(`^${source}$`, 's') };
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The parameters of `customId` if it matches, else undefined. @internal */
export function matchCustomId(compiled: CompiledPattern, customId: string): Record<string, string> | undefined {
	const m = compiled.regex.exec(customId);
	if (m === null) return undefined;
	const params: Record<string, string> = {};
	compiled.names.forEach((name, i) => (params[name] = m[i + 1] as string));
	return params;
}

/**
 * Fills a custom_id pattern: `customId('ticket:close:{id}', { id: '42' })` is
 * `'ticket:close:42'`. Throws when the result is longer than Discord's 100 characters.
 */
export function customId<const P extends string>(pattern: P, params: CustomIdParams<P>): string {
	const values = params as Readonly<Record<string, string>>;
	const id = pattern.replace(PARAM, (_, name: string) => values[name] ?? '');
	const { min, max, doc } = ComponentLimits.customId;
	if (id.length < min || id.length > max) {
		throw new InteractionError(
			'INTERACTION_RESPONSE_INVALID',
			`custom_id ${JSON.stringify(id.slice(0, 40))} is ${id.length} characters; Discord allows ${min}-${max}. Shorten the parameters. See ${doc}`,
		);
	}
	return id;
}
