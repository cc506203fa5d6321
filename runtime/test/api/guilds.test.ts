import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DefaultIds, requestsTo, startAPI, type APIHarness } from './_harness.js';

let h: APIHarness;
beforeAll(async () => {
	h = await startAPI();
});
afterAll(async () => {
	await h?.close();
});

const G = DefaultIds.guild;

describe('GuildsAPI', () => {
	it('gets the guild, its channels and roles', async () => {
		expect((await h.api.guilds.get(G)).name).toBe('Oven Test Guild');
		expect((await h.api.guilds.getChannels(G)).map((c) => c.id)).toContain(DefaultIds.general);
		expect((await h.api.guilds.getRoles(G)).map((r) => r.id)).toEqual(
			expect.arrayContaining([G, DefaultIds.moderatorRole, DefaultIds.botRole]),
		);
	});

	it('creates, edits and deletes a role with an audit-log reason', async () => {
		const role = await h.api.guilds.createRole(G, { name: 'Bakers' }, { reason: 'new team' });
		expect(role.name).toBe('Bakers');
		expect((await h.api.guilds.editRole(G, role.id, { name: 'Head Bakers' })).name).toBe('Head Bakers');
		expect((await h.api.guilds.getRoles(G)).find((r) => r.id === role.id)?.name).toBe('Head Bakers');
		await h.api.guilds.deleteRole(G, role.id);
		expect((await h.api.guilds.getRoles(G)).some((r) => r.id === role.id)).toBe(false);
		expect((await requestsTo(h.mock, 'DELETE', `/guilds/${G}/roles/${role.id}`))[0]?.status).toBe(204);
	});

	it('gets, lists and searches members', async () => {
		expect((await h.api.guilds.getMember(G, DefaultIds.carol)).user?.id).toBe(DefaultIds.carol);
		const listed = await h.api.guilds.getMembers(G, { limit: 2 });
		expect(listed).toHaveLength(2);
		const found = await h.api.guilds.searchMembers(G, { query: 'car' });
		expect(found.map((m) => m.user.id)).toEqual([DefaultIds.carol]);
	});

	it('edits members and their roles', async () => {
		expect((await h.api.guilds.editMember(G, DefaultIds.carol, { nick: 'Caz' })).nick).toBe('Caz');
		await h.api.guilds.addMemberRole(G, DefaultIds.carol, DefaultIds.moderatorRole);
		expect((await h.api.guilds.getMember(G, DefaultIds.carol)).roles).toContain(DefaultIds.moderatorRole);
		await h.api.guilds.removeMemberRole(G, DefaultIds.carol, DefaultIds.moderatorRole);
		expect((await h.api.guilds.getMember(G, DefaultIds.carol)).roles).not.toContain(DefaultIds.moderatorRole);
	});

	it('bans, lists bans, unbans and kicks', async () => {
		await h.api.guilds.banMember(G, DefaultIds.carol, { delete_message_seconds: 0 }, { reason: 'spam' });
		expect((await h.api.guilds.getBans(G)).map((b) => b.user.id)).toContain(DefaultIds.carol);
		await expect(h.api.guilds.getMember(G, DefaultIds.carol)).rejects.toMatchObject({ rawCode: 10007 });
		await h.api.guilds.unbanMember(G, DefaultIds.carol);
		expect((await h.api.guilds.getBans(G)).map((b) => b.user.id)).not.toContain(DefaultIds.carol);
		await h.api.guilds.kickMember(G, DefaultIds.bob, { reason: 'bye' });
		await expect(h.api.guilds.getMember(G, DefaultIds.bob)).rejects.toMatchObject({ rawCode: 10007 });
	});
});
