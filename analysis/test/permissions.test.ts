import ts from 'typescript';
import { PermissionFlags } from 'ovenjs/knowledge';
import { describe, expect, it } from 'vitest';
import { permissionCompletions, permissionFlagOf, permissionHover, permissionSiteAt } from '@ovenjs/analysis';

const parse = (text: string): ts.SourceFile => ts.createSourceFile('bot.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
/** The site at the `|` marker (removed from the text). */
const siteAt = (marked: string): ReturnType<typeof permissionSiteAt> => {
	const file = parse(marked.replace('|', ''));
	return permissionSiteAt(ts, file, marked.indexOf('|'));
};

describe('permission sites', () => {
	it('finds flag members and strings in permission lists and checks', () => {
		expect(siteAt('PermissionFlagsBits.|')?.style).toBe('member');
		expect(siteAt('PermissionsBitField.Flags.Ba|')?.style).toBe('member');
		expect(siteAt("const c = { default_member_permissions: ['|'] };")?.style).toBe('string');
		expect(siteAt("defineCommand({ defaultMemberPermissions: ['Ban|'] });")?.style).toBe('string');
		expect(siteAt("if (member.permissions.has('|')) {}")?.style).toBe('string');
		expect(siteAt("new PermissionsBitField(['|']);")?.style).toBe('string');
	});

	it('ignores strings and members elsewhere', () => {
		expect(siteAt("const c = { name: '|' };")).toBeUndefined();
		expect(siteAt("set.has('|');")).toBeUndefined();
		expect(siteAt('GatewayIntentBits.|')).toBeUndefined();
	});

	it('offers discord.js v13 capitals after Permissions.FLAGS', () => {
		const site = siteAt('Permissions.FLAGS.|');
		expect(site?.screaming).toBe(true);
		const names = site === undefined ? [] : permissionCompletions(site).map((c) => c.name);
		expect(names).toContain('BAN_MEMBERS');
		expect(names).toContain('SEND_TTS_MESSAGES');
	});
});

describe('permissionFlagOf', () => {
	it('knows names, aliases and v13 capitals', () => {
		expect(permissionFlagOf('BanMembers')?.name).toBe('BanMembers');
		expect(permissionFlagOf('BAN_MEMBERS')?.name).toBe('BanMembers');
		expect(permissionFlagOf('ADMINISTRATOR')?.name).toBe('Administrator');
		expect(permissionFlagOf('ManageEmojisAndStickers')?.name).toBe('ManageGuildExpressions');
		expect(permissionFlagOf('Nope')).toBeUndefined();
	});
});

describe('permissionHover', () => {
	it('explains a flag in a v13 FLAGS access', () => {
		const text = 'if (member.permissions.has(Permissions.FLAGS.KICK_MEMBERS)) {}';
		const hover = permissionHover(ts, parse(text), text.indexOf('KICK') + 1);
		expect(hover?.title).toBe('(permission) KickMembers = 1 << 1 — elevated (2FA)');
		expect(hover?.documentation).toContain(PermissionFlags.KickMembers.description);
	});

	it('says nothing on other strings', () => {
		const text = "const c = { name: 'BanMembers' };";
		expect(permissionHover(ts, parse(text), text.indexOf('Ban'))).toBeUndefined();
	});
});
