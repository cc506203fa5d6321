/** Keys Discord adds to a registered command that a definition never has. */
const SERVER_KEYS = new Set([
	'id',
	'application_id',
	'version',
	'guild_id',
	'name_localized',
	'description_localized',
	'dm_permission',
	'handler',
]);

/** Defaults Discord fills in, per key: a key with its default value is the same as no key. */
const DEFAULTS: Readonly<Record<string, unknown>> = {
	type: undefined,
	nsfw: false,
	required: false,
	autocomplete: false,
	default_member_permissions: null,
	name_localizations: null,
	description_localizations: null,
	options: [],
	choices: [],
	channel_types: [],
};

/** Arrays that are sets: their order means nothing. */
const SET_KEYS = new Set(['contexts', 'integration_types', 'channel_types']);

function isDefault(key: string, value: unknown): boolean {
	if (value === undefined || value === null) return true;
	if (!(key in DEFAULTS)) return false;
	const fallback = DEFAULTS[key];
	if (Array.isArray(value)) return value.length === 0;
	if (typeof value === 'object') return Object.keys(value).length === 0;
	return value === fallback;
}

/**
 * A command (definition or registered) in a canonical form: server-only keys dropped,
 * default values dropped, keys sorted, set-like arrays sorted. Two commands mean the same
 * to Discord when their canonical forms are equal. @internal
 */
export function normalizeCommand(command: unknown, scope: 'global' | 'guild'): unknown {
	const root: Record<string, unknown> = { type: 1, ...(command as Record<string, unknown>) };
	if (scope === 'guild') {
		// Guild commands ignore contexts and integration types.
		delete root['contexts'];
		delete root['integration_types'];
	} else {
		root['contexts'] ??= [0, 1, 2];
		root['integration_types'] ??= [0];
	}
	if (root['type'] !== 1) delete root['description'];
	return canonical(root, true);
}

function canonical(value: unknown, top = false): unknown {
	if (Array.isArray(value)) return value.map((v) => canonical(v));
	if (value === null || typeof value !== 'object') return value;
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(value).sort()) {
		const v = (value as Record<string, unknown>)[key];
		if ((top && SERVER_KEYS.has(key)) || isDefault(key, v)) continue;
		if (key === 'default_member_permissions') out[key] = String(v);
		else if (SET_KEYS.has(key) && Array.isArray(v)) out[key] = [...v].sort();
		else out[key] = canonical(v);
	}
	return out;
}
