import { readFileSync } from 'node:fs';
import { openApiPath } from '@ovenjs/discord-api-spec';
import { describe, expect, it } from 'vitest';
import { type DiscordLimit, Limits, embedLength, embedsLength, EmbedLimits } from 'ovenjs/knowledge';

interface JsonSchema {
	readonly type?: string | readonly string[];
	readonly properties?: Record<string, JsonSchema>;
	readonly oneOf?: readonly JsonSchema[];
	readonly anyOf?: readonly JsonSchema[];
	readonly maxLength?: number;
	readonly minLength?: number;
	readonly maxItems?: number;
	readonly minItems?: number;
	readonly maximum?: number;
	readonly minimum?: number;
}

const spec = JSON.parse(readFileSync(openApiPath, 'utf8')) as { components: { schemas: Record<string, JsonSchema> } };

/** Finds `Schema.property` in the spec, looking through `oneOf`/`anyOf` wrappers that add `null`. */
function specProperty(pointer: string): JsonSchema {
	const [schemaName, property] = pointer.split('.') as [string, string];
	const schema = spec.components.schemas[schemaName];
	const found = schema?.properties?.[property];
	if (!found) throw new Error(`openapi.json has no ${pointer}`);
	const alternatives = found.oneOf ?? found.anyOf;
	return alternatives?.find((alternative) => alternative.type !== 'null') ?? found;
}

function bounds(schema: JsonSchema): { max: number | undefined; min: number | undefined } {
	return {
		max: schema.maxLength ?? schema.maxItems ?? schema.maximum,
		min: schema.minLength ?? schema.minItems ?? schema.minimum,
	};
}

const entries = Object.entries(Limits).flatMap(([group, limits]) =>
	Object.entries(limits as Record<string, DiscordLimit>).map(([name, limit]) => ({ id: `${group}.${name}`, limit })),
);

describe('knowledge limits', () => {
	it('every limit links to the Discord documentation', () => {
		for (const { id, limit } of entries) {
			expect(limit.doc, id).toMatch(/^https:\/\/discord\.com\/developers\/docs\/[a-z-]+\/[a-z-]+/);
			expect(limit.max, id).toBeGreaterThanOrEqual(limit.min ?? 0);
		}
	});

	const specified = entries.filter(({ limit }) => limit.spec !== undefined);

	it('states a good share of the limits the OpenAPI file also states', () => {
		expect(specified.length).toBeGreaterThanOrEqual(40);
	});

	it.each(specified)('$id agrees with openapi.json', ({ limit }) => {
		const stated = bounds(specProperty(limit.spec!));
		expect(stated.max).toBe(limit.specMax ?? limit.max);
		if (limit.min !== undefined && stated.min !== undefined) expect(stated.min).toBe(limit.min);
	});

	it('a limit that differs from the schema says so only where the schema really is looser', () => {
		for (const { id, limit } of entries) {
			if (limit.specMax !== undefined) expect(limit.specMax, id).toBeGreaterThan(limit.max);
		}
	});
});

describe('embedLength', () => {
	it('counts title, description, fields, footer and author', () => {
		const embed = {
			title: 'a'.repeat(3),
			description: 'b'.repeat(5),
			fields: [
				{ name: 'cc', value: 'ddd' },
				{ name: 'e', value: 'f' },
			],
			footer: { text: 'gggg' },
			author: { name: 'hh' },
			url: 'https://not-counted.example',
		};
		expect(embedLength(embed)).toBe(3 + 5 + 2 + 3 + 1 + 1 + 4 + 2);
	});

	it('sums over every embed of a message and ignores missing parts', () => {
		expect(embedsLength([{ title: 'x'.repeat(EmbedLimits.total.max) }, {}, { description: null }])).toBe(6000);
	});
});
