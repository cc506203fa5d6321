import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	assertPermissions,
	computeBasePermissions,
	effectivePermissions,
	Permissions,
	type PermissionGuild,
	type PermissionMember,
} from 'ovenjs';
import { PermissionFlags, permissionNames } from 'ovenjs/knowledge';

const bit = (...names: (keyof typeof PermissionFlags)[]): string => names.reduce((all, n) => all | PermissionFlags[n].bit, 0n).toString();

const GUILD = '100';
const MODS = '200';
const MUTED = '300';
const guild: PermissionGuild = {
	id: GUILD,
	owner_id: '1',
	roles: [
		{ id: GUILD, permissions: bit('ViewChannel', 'SendMessages', 'ReadMessageHistory', 'AddReactions', 'EmbedLinks', 'AttachFiles') },
		{ id: MODS, permissions: bit('ManageMessages', 'KickMembers') },
		{ id: MUTED, permissions: '0' },
		{ id: '400', permissions: bit('Administrator') },
	],
};
const member = (roles: string[], extra: Partial<PermissionMember> = {}): PermissionMember => ({ user_id: '42', roles, ...extra });

describe('effective permissions', () => {
	it('base: @everyone and every role together', () => {
		const p = computeBasePermissions(guild, member([MODS]));
		expect(p.has(['SendMessages', 'ManageMessages', 'KickMembers'])).toBe(true);
		expect(p.has('BanMembers')).toBe(false);
	});

	it('the owner and administrators have everything, overwrites notwithstanding', () => {
		const deny = [{ id: GUILD, type: 0, allow: '0', deny: bit('ViewChannel') }];
		expect(effectivePermissions(guild, { user_id: '1', roles: [] }, { overwrites: deny }).bits).toBe(Permissions.all.bits);
		expect(effectivePermissions(guild, member(['400']), { overwrites: deny }).bits).toBe(Permissions.all.bits);
	});

	it("applies overwrites in Discord's order: @everyone, then all role overwrites (deny, then allow), then the member", () => {
		// @everyone may not send; Mods may; Muted may not: role allows win over role denies.
		const overwrites = [
			{ id: GUILD, type: 0, allow: '0', deny: bit('SendMessages') },
			{ id: MODS, type: 0, allow: bit('SendMessages'), deny: '0' },
			{ id: MUTED, type: 0, allow: '0', deny: bit('SendMessages', 'AddReactions') },
		];
		expect(effectivePermissions(guild, member([]), { overwrites }).has('SendMessages')).toBe(false);
		expect(effectivePermissions(guild, member([MODS]), { overwrites }).has('SendMessages')).toBe(true);
		const both = effectivePermissions(guild, member([MODS, MUTED]), { overwrites });
		expect(both.has('SendMessages')).toBe(true);
		expect(both.has('AddReactions')).toBe(false);
		// The member's own overwrite comes last.
		const own = [...overwrites, { id: '42', type: 1, allow: '0', deny: bit('SendMessages') }];
		expect(effectivePermissions(guild, member([MODS]), { overwrites: own }).has('SendMessages')).toBe(false);
		// A member overwrite is keyed by type too: a role with the member's id does not count.
		const confused = [{ id: '42', type: 0, allow: '0', deny: bit('ViewChannel') }];
		expect(effectivePermissions(guild, member([]), { overwrites: confused }).has('ViewChannel')).toBe(true);
	});

	it("Discord's doc example: role A denies View Channel on #coolstuff, role B allows it; the member sees it, whatever the role positions", () => {
		const A = '500';
		const B = '600';
		const g: PermissionGuild = { ...guild, roles: [...guild.roles, { id: A, permissions: '0' }, { id: B, permissions: '0' }] };
		const coolstuff = [
			{ id: A, type: 0, allow: '0', deny: bit('ViewChannel') },
			{ id: B, type: 0, allow: bit('ViewChannel'), deny: '0' },
		];
		for (const roles of [
			[A, B],
			[B, A],
		])
			expect(effectivePermissions(g, member(roles), { overwrites: coolstuff }).has('ViewChannel')).toBe(true);
		expect(effectivePermissions(g, member([A]), { overwrites: coolstuff }).bits).toBe(0n);
		// Steps 3-4 before 5-6: an @everyone allow is undone by a role deny; steps 7-8 win over both.
		const steps = [
			{ id: GUILD, type: 0, allow: bit('UseExternalEmojis'), deny: '0' },
			{ id: A, type: 0, allow: '0', deny: bit('UseExternalEmojis') },
		];
		expect(effectivePermissions(g, member([A]), { overwrites: steps }).has('UseExternalEmojis')).toBe(false);
		expect(
			effectivePermissions(g, member([A]), {
				overwrites: [...steps, { id: '42', type: 1, allow: bit('UseExternalEmojis'), deny: '0' }],
			}).has('UseExternalEmojis'),
		).toBe(true);
	});

	it('implicit: without View Channel nothing; without Send Messages no mentions, TTS, files or embeds', () => {
		const hidden = [{ id: GUILD, type: 0, allow: '0', deny: bit('ViewChannel') }];
		expect(effectivePermissions(guild, member([MODS]), { overwrites: hidden }).bits).toBe(0n);
		const readOnly = [{ id: GUILD, type: 0, allow: bit('MentionEveryone'), deny: bit('SendMessages') }];
		const p = effectivePermissions(guild, member([]), { overwrites: readOnly });
		expect(p.has(['ViewChannel', 'ReadMessageHistory', 'AddReactions'])).toBe(true);
		expect(p.any(['MentionEveryone', 'EmbedLinks', 'AttachFiles', 'SendTTSMessages'])).toBe(false);
		expect(effectivePermissions(guild, member([]), { overwrites: readOnly, textChannel: false }).has('EmbedLinks')).toBe(true);
	});

	it('in a thread, Send Messages In Threads (not Send Messages) gates embeds and files', () => {
		const noThreads = [{ id: GUILD, type: 0, allow: '0', deny: bit('SendMessagesInThreads') }];
		expect(effectivePermissions(guild, member([]), { overwrites: noThreads }).has('EmbedLinks')).toBe(true);
		expect(effectivePermissions(guild, member([]), { overwrites: noThreads, thread: true }).any(['EmbedLinks', 'AttachFiles'])).toBe(false);
		const threadsOnly = [{ id: GUILD, type: 0, allow: bit('SendMessagesInThreads'), deny: bit('SendMessages') }];
		expect(effectivePermissions(guild, member([]), { overwrites: threadsOnly, thread: true }).has('AttachFiles')).toBe(true);
	});

	it('a timed-out member keeps only View Channel and Read Message History', () => {
		const timedOut = member([MODS], { communication_disabled_until: '2030-01-01T00:00:00.000Z' });
		expect(effectivePermissions(guild, timedOut, { now: Date.parse('2026-01-01') }).toArray()).toEqual([
			'ViewChannel',
			'ReadMessageHistory',
		]);
		expect(effectivePermissions(guild, timedOut, { now: Date.parse('2031-01-01') }).has('KickMembers')).toBe(true);
	});

	it('pre-flight: names the missing flags and the action', () => {
		const p = effectivePermissions(guild, member([]));
		expect(() => assertPermissions(p, ['SendMessages', 'BanMembers', 'KickMembers'], 'ban a member')).toThrow(
			expect.objectContaining({
				code: 'PERMISSIONS_MISSING',
				missing: ['KickMembers', 'BanMembers'],
				message: expect.stringContaining('Cannot ban a member: missing KickMembers, BanMembers'),
			}),
		);
		expect(() => assertPermissions(p, 'SendMessages', 'send')).not.toThrow();
	});

	it('an administrator role always gives every flag, whatever else (property)', () => {
		const roleBits = fc.bigInt({ min: 0n, max: (1n << 53n) - 1n }).map((n) => n.toString());
		fc.assert(
			fc.property(fc.array(roleBits, { maxLength: 5 }), (extra) => {
				const g: PermissionGuild = {
					id: GUILD,
					owner_id: '1',
					roles: [
						{ id: GUILD, permissions: '0' },
						{ id: 'a', permissions: bit('Administrator') },
						...extra.map((permissions, i) => ({ id: `r${i}`, permissions })),
					],
				};
				return (
					effectivePermissions(g, member(['a', ...extra.map((_, i) => `r${i}`)]), {
						overwrites: [{ id: GUILD, type: 0, allow: '0', deny: Permissions.all.toString() }],
					}).bits === Permissions.all.bits
				);
			}),
		);
	});

	it('the order of a member’s roles never matters (property)', () => {
		fc.assert(
			fc.property(fc.shuffledSubarray([MODS, MUTED, '400']), fc.boolean(), (roles, withOverwrites) => {
				const overwrites = withOverwrites
					? [
							{ id: MUTED, type: 0, allow: '0', deny: bit('SendMessages') },
							{ id: MODS, type: 0, allow: bit('SendMessages'), deny: '0' },
						]
					: undefined;
				const opts = overwrites === undefined ? {} : { overwrites };
				return (
					effectivePermissions(guild, member(roles), opts).bits === effectivePermissions(guild, member([...roles].reverse()), opts).bits
				);
			}),
		);
	});
});

describe('Permissions', () => {
	it('reads names, bigints and decimal strings, and writes Discord’s decimal string', () => {
		const p = Permissions.from(['SendMessages', 'EmbedLinks']);
		expect(Permissions.from(p.toString()).bits).toBe(p.bits);
		expect(JSON.stringify({ permissions: p })).toBe(
			`{"permissions":"${(PermissionFlags.SendMessages.bit | PermissionFlags.EmbedLinks.bit).toString()}"}`,
		);
		expect(p.add('AttachFiles').remove('EmbedLinks').toArray()).toEqual(['SendMessages', 'AttachFiles']);
		expect(Permissions.all.toArray()).toEqual(permissionNames);
		expect(() => Permissions.from(['SendMesages' as 'SendMessages'])).toThrow(expect.objectContaining({ code: 'PERMISSIONS_INVALID' }));
	});
});
