import { readFileSync } from 'node:fs';
import { openApiPath } from '@ovenjs/discord-api-spec';
import { describe, expect, it } from 'vitest';
import { CHAT_INPUT_NAME_PATTERN, chatInputNameProblem, CommandLimits, CommandNaming } from 'ovenjs/knowledge';

interface JsonSchema {
	readonly type?: string;
	readonly pattern?: string;
	readonly minLength?: number;
	readonly maxLength?: number;
}

const spec = JSON.parse(readFileSync(openApiPath, 'utf8')) as {
	components: { schemas: Record<string, { properties?: Record<string, JsonSchema> }> };
};

describe('CommandNaming', () => {
	it('links to the naming rule', () => {
		expect(CommandNaming.doc).toMatch(/^https:\/\/discord\.com\/developers\/docs\/interactions\/application-commands#/);
	});

	it("follows Discord's naming rule", () => {
		expect(chatInputNameProblem('ping')).toBeUndefined();
		expect(chatInputNameProblem('ping-pong_2')).toBeUndefined();
		expect(chatInputNameProblem("don't")).toBeUndefined();
		expect(chatInputNameProblem('привет')).toBeUndefined();
		expect(chatInputNameProblem('नमस्ते')).toBeUndefined();
		expect(chatInputNameProblem('สวัสดี')).toBeUndefined();
		expect(chatInputNameProblem('日本')).toBeUndefined();
		expect(chatInputNameProblem('Ping')).toBe('uppercase');
		expect(chatInputNameProblem('has space')).toBe('pattern');
		expect(chatInputNameProblem('')).toBe('pattern');
		expect(chatInputNameProblem('x'.repeat(CommandLimits.name.max))).toBeUndefined();
		expect(chatInputNameProblem('x'.repeat(CommandLimits.name.max + 1))).toBe('pattern');
	});

	// openapi.json states the name's length but (as of this spec) no `pattern`; compare what it
	// states, and the pattern itself should the spec start stating one.
	for (const pointer of [
		'ApplicationCommandCreateRequest.name',
		'ApplicationCommandUpdateRequest.name',
		'ApplicationCommandPatchRequestPartial.name',
	]) {
		it(`agrees with openapi.json's ${pointer}`, () => {
			const [schema, property] = pointer.split('.') as [string, string];
			const stated = spec.components.schemas[schema]?.properties?.[property];
			if (stated === undefined) throw new Error(`openapi.json has no ${pointer}`);
			expect(stated.type).toBe('string');
			expect(stated.minLength).toBe(CommandLimits.name.min);
			expect(stated.maxLength).toBe(CommandLimits.name.max);
			const bounds = /\{(\d+),(\d+)\}\$$/.exec(CHAT_INPUT_NAME_PATTERN.source);
			expect(bounds?.slice(1).map(Number)).toEqual([stated.minLength, stated.maxLength]);
			if (stated.pattern !== undefined) expect(stated.pattern).toBe(CHAT_INPUT_NAME_PATTERN.source);
		});
	}
});
