import type { Route } from './Route.js';
import { botOperations, operationArea, type SpecOperation } from './botOperations.js';
import type { OpenApiSpec } from './OpenApiSpec.js';

/** How much of one documentation area the mock serves. */
export interface AreaCoverage {
	readonly area: string;
	readonly served: number;
	readonly total: number;
	/** `METHOD /template (operationId)` of each bot-relevant operation the mock does not serve. */
	readonly missing: readonly string[];
}

/** The mock's REST coverage of Discord's bot-relevant operations. */
export interface RouteCoverage {
	readonly served: number;
	readonly total: number;
	readonly areas: readonly AreaCoverage[];
	/** Routes the mock serves that are not operations of the description (should be none). */
	readonly extra: readonly string[];
}

/**
 * Compares the routes a mock serves with the bot-relevant operations of Discord's OpenAPI
 * description (see {@link botOperations}), per area. A route counts as served when the mock
 * has a handler for exactly that method and template.
 */
export function routeCoverage(routes: readonly Route[], spec: OpenApiSpec): RouteCoverage {
	const served = new Set(routes.map((r) => `${r.method} ${r.path}`));
	const byArea = new Map<string, { served: number; total: number; missing: string[] }>();
	const operations: SpecOperation[] = botOperations(spec);
	for (const operation of operations) {
		const area = operationArea(operation.path);
		const entry = byArea.get(area) ?? { served: 0, total: 0, missing: [] };
		byArea.set(area, entry);
		entry.total += 1;
		if (served.has(`${operation.method} ${operation.path}`)) entry.served += 1;
		else entry.missing.push(`${operation.method} ${operation.path} (${operation.operationId ?? '?'})`);
	}
	const known = new Set(spec.routes().map((r) => `${r.method} ${r.path}`));
	const areas = [...byArea].map(([area, e]) => ({ area, ...e })).sort((a, b) => a.area.localeCompare(b.area));
	return {
		served: areas.reduce((n, a) => n + a.served, 0),
		total: operations.length,
		areas,
		extra: [...served].filter((key) => !known.has(key)),
	};
}
