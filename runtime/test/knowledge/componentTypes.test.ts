import { ComponentType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { componentTypeName, ComponentTypes } from 'ovenjs/knowledge';

// Members of discord-api-types' enum that knowledge leaves out on purpose: an old alias, and
// types not (yet) in Discord's component reference. A new member fails the coverage test
// below until it is described here or in `ComponentTypes`.
const NOT_DESCRIBED: ReadonlySet<string> = new Set(['SelectMenu', 'ContentInventoryEntry', 'RadioGroup', 'CheckboxGroup', 'Checkbox']);

describe('ComponentTypes', () => {
	it("matches discord-api-types' ComponentType for every entry", () => {
		for (const [name, info] of Object.entries(ComponentTypes)) {
			expect(ComponentType[name as keyof typeof ComponentType], name).toBe(info.type);
			expect(info.doc, name).toMatch(/^https:\/\/discord\.com\/developers\/docs\/components\/reference#/);
		}
	});

	it('covers every ComponentType member but the ones left out on purpose', () => {
		const theirs = Object.keys(ComponentType).filter((key) => Number.isNaN(Number(key)) && !NOT_DESCRIBED.has(key));
		expect(theirs.sort()).toEqual(Object.keys(ComponentTypes).sort());
	});

	it('numbers are unique and look up by number', () => {
		const numbers = Object.values(ComponentTypes).map((info) => info.type);
		expect(new Set(numbers).size).toBe(numbers.length);
		expect(componentTypeName(2)).toBe('Button');
		expect(componentTypeName(17)).toBe('Container');
		expect(componentTypeName(15)).toBeUndefined();
	});
});
