import type { InspectorOptions } from './Inspector.js';

/**
 * The inspector a bot's environment asks for, or undefined when it asks for none:
 * - `OVEN_INSPECT=1` streams to editors;
 * - `OVEN_RECORD=<file>` records the session to a file too (and implies `OVEN_INSPECT`);
 * - `OVEN_REDACT_FIELDS=content,email` redacts those members wherever they appear.
 *
 * Read by `createClient` (when its `inspector` option is not given) and by `@ovenjs/inspect`
 * for discord.js bots, so both opt in the same way.
 */
export function inspectorFromEnv(env: NodeJS.ProcessEnv = process.env): InspectorOptions | undefined {
	const record = env['OVEN_RECORD'];
	const recording = record !== undefined && record !== '';
	if (env['OVEN_INSPECT'] !== '1' && !recording) return undefined;
	const fields = (env['OVEN_REDACT_FIELDS'] ?? '')
		.split(',')
		.map((field) => field.trim())
		.filter((field) => field !== '');
	return { ...(recording ? { record } : {}), ...(fields.length === 0 ? {} : { redactFields: fields }) };
}
