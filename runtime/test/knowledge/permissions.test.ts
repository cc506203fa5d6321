import { readFileSync } from 'node:fs';
import { openApiPath } from '@ovenjs/discord-api-spec';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ALL_PERMISSIONS,
	OverwriteTypes,
	PermissionAliases,
	PermissionFlags,
	permissionBit,
	permissionNames,
	permissionNamesOf,
} from 'ovenjs/knowledge';

type Schema = {
	type?: string | string[];
	maximum?: number;
	oneOf?: { title?: string; const?: number; description?: string }[];
	properties?: Record<string, Schema>;
};
const schemas = (JSON.parse(readFileSync(openApiPath, 'utf8')) as { components: { schemas: Record<string, Schema> } }).components.schemas;

describe('permission flags', () => {
	it("are exactly discord-api-types' flags, with the same bits (aliases aside)", () => {
		const theirs = Object.entries(PermissionFlagsBits).filter(([name]) => !(name in PermissionAliases));
		expect(Object.fromEntries(permissionNames.map((name) => [name, PermissionFlags[name].bit]))).toEqual(Object.fromEntries(theirs));
		for (const [alias, name] of Object.entries(PermissionAliases))
			expect(PermissionFlagsBits[alias as keyof typeof PermissionFlagsBits]).toBe(PermissionFlags[name].bit);
	});

	it('each has a description, a doc link and distinct bits', () => {
		const bits = new Set(permissionNames.map((name) => PermissionFlags[name].bit));
		expect(bits.size).toBe(permissionNames.length);
		for (const name of permissionNames) {
			expect(PermissionFlags[name].description).toMatch(/^[A-Z].+\.$/);
			expect(PermissionFlags[name].doc).toMatch(/^https:\/\/discord\.com\/developers\/docs\/topics\/permissions#/);
		}
	});

	it("marks 2FA (elevated) and overwrite channel types as Discord's table does", () => {
		// The flags marked * in https://discord.com/developers/docs/topics/permissions (MODERATE_MEMBERS carries ** only).
		expect(permissionNames.filter((name) => PermissionFlags[name].elevated)).toEqual([
			'KickMembers',
			'BanMembers',
			'Administrator',
			'ManageChannels',
			'ManageGuild',
			'ManageMessages',
			'ManageRoles',
			'ManageWebhooks',
			'ManageGuildExpressions',
			'ManageThreads',
			'ViewCreatorMonetizationAnalytics',
		]);
		const scope = (name: keyof typeof PermissionFlags): string => PermissionFlags[name].scope;
		expect([
			scope('Stream'),
			scope('UseEmbeddedActivities'),
			scope('RequestToSpeak'),
			scope('PinMessages'),
			scope('BypassSlowmode'),
			scope('Administrator'),
		]).toEqual(['VS', 'TV', 'S', 'T', 'TVS', '']);
		// Guild-wide flags cannot go on overwrites.
		expect(permissionNames.filter((name) => scope(name) === '')).toEqual([
			'KickMembers',
			'BanMembers',
			'Administrator',
			'ManageGuild',
			'ViewAuditLog',
			'ViewGuildInsights',
			'ChangeNickname',
			'ManageNicknames',
			'ManageGuildExpressions',
			'ModerateMembers',
			'ViewCreatorMonetizationAnalytics',
			'CreateGuildExpressions',
		]);
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

	it("fits the OpenAPI file's bound on permission bitfields, and the flag names it mentions exist", () => {
		// The file has no table of flags; it bounds bitfields it accepts as integers (2^54 - 1 today).
		const max = schemas.ApplicationCommandCreateRequest?.properties?.default_member_permissions?.maximum;
		expect(max).toBeTypeOf('number');
		expect(ALL_PERMISSIONS <= BigInt(max as number)).toBe(true);
		expect(schemas.ApplicationOAuth2InstallParams?.properties?.permissions?.maximum).toBe(max);
		// Flag names appear only in prose, in SCREAMING_CASE, e.g. "... with the MANAGE_THREADS permission".
		const prose = JSON.stringify(schemas).match(/\b[A-Z]+(?:_[A-Z]+)+\b(?= permission)/g) ?? [];
		const screaming = (name: string): string => name.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase();
		expect(prose.length).toBeGreaterThan(0);
		for (const name of prose) expect(permissionNames.map(screaming)).toContain(name);
	});
});
