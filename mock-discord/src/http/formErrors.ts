import type { AjvError } from '../_ajv.js';
import { restError, type RestError } from '../errors/RestError.js';

/** One entry of Discord's `_errors` list. */
export interface FormFieldError {
	readonly code: string;
	readonly message: string;
}

/** Discord's nested error tree: `{ embeds: { 0: { title: { _errors: [...] } } } }`. */
export interface FormErrorTree {
	[key: string]: FormErrorTree | FormFieldError[] | undefined;
	_errors?: FormFieldError[];
}

/** Maps one ajv error to Discord's field error, with Discord's codes and wording. */
function toFieldError(error: AjvError): FormFieldError {
	const params = error.params as Record<string, unknown>;
	switch (error.keyword) {
		case 'maxLength':
		case 'maxItems':
			return { code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${String(params['limit'])} or fewer in length.` };
		case 'minLength':
		case 'minItems':
			return { code: 'BASE_TYPE_MIN_LENGTH', message: `Must be ${String(params['limit'])} or more in length.` };
		case 'required':
			return { code: 'BASE_TYPE_REQUIRED', message: 'This field is required' };
		case 'maximum':
			return { code: 'NUMBER_TYPE_MAX', message: `int value should be less than or equal to ${String(params['limit'])}.` };
		case 'minimum':
			return { code: 'NUMBER_TYPE_MIN', message: `int value should be greater than or equal to ${String(params['limit'])}.` };
		case 'enum':
			return { code: 'BASE_TYPE_CHOICES', message: `Value must be one of ${JSON.stringify(params['allowedValues'])}.` };
		case 'type': {
			const type = String(params['type']);
			if (type.includes('object')) return { code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' };
			if (type.includes('array')) return { code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' };
			if (type.includes('integer') || type.includes('number')) return { code: 'NUMBER_TYPE_COERCE', message: 'Value is not int.' };
			if (type.includes('boolean')) return { code: 'BOOLEAN_TYPE_CONVERT', message: 'Must be either true or false.' };
			return { code: 'BASE_TYPE_STRING', message: 'Must be a string.' };
		}
		case 'pattern':
		case 'format':
			return { code: 'BASE_TYPE_INVALID', message: 'Value is invalid.' };
		default:
			return { code: 'BASE_TYPE_INVALID', message: error.message ?? 'Invalid value.' };
	}
}

/** Adds one error at a JSON path (`['embeds', '0', 'title']`) to a tree. */
export function addFormError(tree: FormErrorTree, path: readonly string[], error: FormFieldError): void {
	let node = tree;
	for (const part of path) {
		const next = (node[part] ??= {}) as FormErrorTree;
		node = next;
	}
	node._errors ??= [];
	if (!node._errors.some((e) => e.code === error.code)) node._errors.push(error);
}

/**
 * Turns ajv errors into Discord's 50035 Invalid Form Body. Union branches that failed
 * (anyOf/oneOf) are reported by their deepest errors only, as Discord names the field.
 */
export function formErrorFromAjv(errors: readonly AjvError[]): RestError {
	const tree: FormErrorTree = {};
	const useful = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if' && e.keyword !== 'not');
	const picked = useful.length > 0 ? useful : errors;
	for (const error of picked) {
		const path = error.instancePath
			.split('/')
			.slice(1)
			.map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
		if (error.keyword === 'required') path.push(String((error.params as Record<string, unknown>)['missingProperty']));
		addFormError(tree, path, toFieldError(error));
	}
	return restError('invalidFormBody', tree);
}

/** A 50035 with a single field error. */
export function formError(path: readonly string[], code: string, message: string): RestError {
	const tree: FormErrorTree = {};
	addFormError(tree, path, { code, message });
	return restError('invalidFormBody', tree);
}
