/** One field error as Discord sends it inside `errors`. */
interface FieldError {
	readonly code: string;
	readonly message: string;
}

function isFieldError(value: unknown): value is FieldError {
	return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string' && 'code' in value;
}

function childKey(parent: string, key: string): string {
	if (parent === '') return key;
	return /^\d+$/.test(key) ? `${parent}[${key}]` : `${parent}.${key}`;
}

function* walk(node: unknown, path: string): Generator<string> {
	if (typeof node === 'string') {
		yield path === '' ? node : `${path}: ${node}`;
		return;
	}
	if (typeof node !== 'object' || node === null) return;
	if (Array.isArray(node)) {
		for (const item of node) yield* walk(item, path);
		return;
	}
	if (isFieldError(node)) {
		yield path === '' ? node.message : `${path}: ${node.message}`;
		return;
	}
	for (const [key, value] of Object.entries(node)) {
		// `_errors` holds the errors of the field itself, so it adds nothing to the path.
		yield* walk(value, key === '_errors' ? path : childKey(path, key));
	}
}

/**
 * Flattens Discord's nested form errors (the `errors` object of a 50035 response) into one
 * readable line per field error, e.g. `embeds[0].title: Must be 256 or fewer in length.`
 * @see https://discord.com/developers/docs/reference#error-messages
 */
export function flattenFormErrors(errors: unknown): string[] {
	return [...walk(errors, '')];
}
