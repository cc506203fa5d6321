import type { AjvError } from '../_ajv.js';
import { addFormError, type FormErrorTree, formErrorFromAjv } from './formErrors.js';
import { restError } from '../errors/RestError.js';
import type { OpenApiSpec, SpecParameter } from './OpenApiSpec.js';

const SNOWFLAKE_MAX = (1n << 64n) - 1n;
const TRUE = new Set(['true', 'True', '1']);
const FALSE = new Set(['false', 'False', '0']);

/** A parse failure, in Discord's words. */
class Unreadable {
	public constructor(
		public readonly code: string,
		public readonly message: string,
	) {}
}

function read(kind: SpecParameter['itemKind'], raw: string): unknown {
	switch (kind) {
		case 'snowflake':
			if (!/^\d{1,20}$/.test(raw) || BigInt(raw) > SNOWFLAKE_MAX)
				return new Unreadable('NUMBER_TYPE_COERCE', `Value "${raw}" is not snowflake.`);
			return raw;
		case 'integer':
			if (!/^-?\d{1,16}$/.test(raw)) return new Unreadable('NUMBER_TYPE_COERCE', `Value "${raw}" is not int.`);
			return Number(raw);
		case 'boolean':
			if (TRUE.has(raw)) return true;
			if (FALSE.has(raw)) return false;
			return new Unreadable('BOOLEAN_TYPE_CONVERT', 'Must be either true or false.');
		default:
			return raw;
	}
}

/**
 * Checks the path ids and the query string of a request against the operation's declared
 * parameters, as Discord does before anything else: a malformed snowflake in the path or a
 * query value of the wrong type or out of range is 400 50035 with the parameter's name in
 * `errors`, never a 404. Query parameters the operation does not declare are ignored, as
 * Discord ignores them.
 * @see https://discord.com/developers/docs/reference#error-messages
 */
export function validateParameters(
	spec: OpenApiSpec,
	template: string,
	method: string,
	params: Readonly<Record<string, string>>,
	query: URLSearchParams,
): void {
	const tree: FormErrorTree = {};
	const ajvErrors: AjvError[] = [];
	let failed = false;
	for (const parameter of spec.parameters(template, method)) {
		const raws =
			parameter.in === 'path' ? [params[parameter.name]].filter((v): v is string => v !== undefined) : query.getAll(parameter.name);
		if (raws.length === 0) {
			if (parameter.required && parameter.in === 'query') {
				addFormError(tree, [parameter.name], { code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
				failed = true;
			}
			continue;
		}
		// Lists come as repeated keys (`?ids=1&ids=2`) or comma-separated in one.
		const pieces = parameter.kind === 'array' ? raws.flatMap((raw) => raw.split(',')) : [raws.at(-1) as string];
		const values = pieces.map((raw) => read(parameter.kind === 'array' ? parameter.itemKind : parameter.kind, raw));
		const bad = values.find((v): v is Unreadable => v instanceof Unreadable);
		if (bad !== undefined) {
			addFormError(tree, [parameter.name], { code: bad.code, message: bad.message });
			failed = true;
			continue;
		}
		const value = parameter.kind === 'array' ? values : values[0];
		if (parameter.check !== undefined && !parameter.check(value)) {
			for (const error of parameter.check.errors ?? [])
				ajvErrors.push({ ...error, instancePath: `/${parameter.name}${error.instancePath}` });
		}
	}
	if (ajvErrors.length > 0) {
		const fromSchema = formErrorFromAjv(ajvErrors).body.errors as FormErrorTree;
		Object.assign(tree, { ...fromSchema, ...tree });
		failed = true;
	}
	if (failed) throw restError('invalidFormBody', tree);
}
