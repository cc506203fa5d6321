import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, OverwriteTypes, PermissionAliases, PermissionFlags, permissionBit, permissionNames, permissionNamesOf } from 'ovenjs/knowledge';

const specPath = resolve(import.meta.dirname, '../../../../shared/discord-api-spec/openapi.json');
type Schema = { type?: string | string[]; oneOf?: { title?: string; const?: number }[]; properties?: Record<string, Schema> };
const schemas = (JSON.parse(readFileSync(specPath, 'utf8')) as { components: { schemas: Record<string, Schema> } }).components.schemas;

describe('permission flags', () => {
	it("are exactly discord-api-types' flags, with the same bits (aliases aside)", () => {
		const theirs = Object.entries(PermissionFlagsBits).filter(([name]) => !(name in PermissionAliases));
		expect(Object.fromEntries(permissionNames.map((name) => [name, PermissionFlags[name].bit]))).toEqual(Object.fromEntries(theirs));
		for (const [alias, name] of Object.entries(PermissionAliases)) expect(PermissionFlagsBits[alias as keyof typeof PermissionFlagsBits]).toBe(PermissionFlags[name].bit);
	});

	it('each has a description, a doc link and distinct bits', () => {
		const bits = new Set(permissionNames.map((name) => PermissionFlags[name].bit));
		expect(bits.size).toBe(permissionNames.length);
		for (const name of permissionNames) {
			expect(PermissionFlags[name].description).toMatch(/^[A-Z].+\.$/);
			expect(PermissionFlags[name].doc).toMatch(/^https:\/\/discord\.com\/developers\/docs\/topics\/permissions#/);
		}
	});

	it('names and bits round-trip', () => {
		fc.assert(
			fc.property(fc.subarray([...permissionNames]), (names) => {
				const bits = names.reduce((all, name) => all | (permissionBit(name) as bigint), 0n);
				expect(permissionNamesOf(bits)).toEqual(names);
			}),
		);
		expect(permissionBit('ManageEmojisAndStickers')).toBe(PermissionFlags.ManageGuildExpressions.bit);
		expect(permissionBit('Nope')).toBeUndefined();
		expect(permissionNamesOf(ALL_PERMISSIONS)).toEqual(permissionNames);
	});

	it("agrees with Discord's OpenAPI file: overwrite types, and permissions as strings in responses", () => {
		const types = Object.fromEntries((schemas.ChannelPermissionOverwrites?.oneOf ?? []).map((o) => [o.title, o.const]));
		expect(types).toEqual({ ROLE: OverwriteTypes.Role, MEMBER: OverwriteTypes.Member });
		// Bits above 2^53 would lose precision as JSON numbers; the API sends strings.
		expect(schemas.ChannelPermissionOverwriteResponse?.properties?.allow?.type).toBe('string');
		expect(schemas.ChannelPermissionOverwriteResponse?.properties?.deny?.type).toBe('string');
	});
});
