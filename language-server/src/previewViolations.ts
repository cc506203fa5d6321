import type { JsonValue } from '@ovenjs/analysis';
import { componentViolations, embedsViolations, type EmbedShape } from 'ovenjs/knowledge';
import type { EmbedPreviewViolation } from './protocol.js';

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The Discord limits an evaluated payload breaks, with the path of the element at fault:
 * `embedsViolations` and `componentViolations` of `ovenjs/knowledge`, the checks the builders
 * run. Texts that hold unresolved placeholders (paths in `skip`) are not measured: their real
 * length is unknown.
 */
export function previewViolations(
	embeds: readonly JsonValue[],
	components: readonly JsonValue[],
	skip: ReadonlySet<string>,
): EmbedPreviewViolation[] {
	const found = [
		...embedsViolations(embeds.map((embed) => (isObject(embed) ? embed : {})) as EmbedShape[]),
		...components.flatMap((component, i) => componentViolations(component, `components[${i}]`)),
	];
	return found
		.filter((violation) => !skip.has(violation.path))
		.map((violation) => ({ path: violation.path, limit: violation.limit.max, actual: violation.actual, message: violation.message }));
}
