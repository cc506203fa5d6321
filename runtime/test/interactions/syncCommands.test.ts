import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCommand, defineUserCommand, option, syncCommands } from 'ovenjs';
import { DefaultIds, startHarness, type Harness } from './_harness.js';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
}, 20_000);
afterAll(() => h.close());

const ping = defineCommand({ name: 'ping', description: 'Pong', run: () => undefined });
const ban = defineCommand({
	name: 'ban',
	description: 'Ban a member',
	defaultMemberPermissions: ['BanMembers'],
	contexts: ['Guild'],
	options: { user: option.user({ required: true }), days: option.integer({ minValue: 0, maxValue: 7 }) },
	run: () => undefined,
});
const inspect = defineUserCommand({ name: 'Inspect', run: () => undefined });

async function puts(): Promise<string[]> {
	return (await h.mock.requests()).filter((r) => r.method === 'PUT').map((r) => r.path);
}

describe('syncCommands on the mock', () => {
	it('overwrites global commands once, then finds nothing to change', async () => {
		const first = await syncCommands(h.api, h.applicationId, [ping, ban, inspect]);
		expect(first).toEqual({ action: 'overwritten', added: ['1:ping', '1:ban', '2:Inspect'], removed: [], changed: [] });
		const before = (await puts()).length;
		// Another order, same meaning: no overwrite.
		const second = await syncCommands(h.api, h.applicationId, [inspect, ban, ping]);
		expect(second.action).toBe('unchanged');
		expect((await puts()).length).toBe(before);
	});

	it('overwrites when a description changes or a command goes away', async () => {
		const pingV2 = defineCommand({ name: 'ping', description: 'Pong, faster', run: () => undefined });
		const result = await syncCommands(h.api, h.applicationId, [pingV2, ban]);
		expect(result).toEqual({ action: 'overwritten', added: [], removed: ['2:Inspect'], changed: ['1:ping'] });
		const registered = await h.api.applicationCommands.getGlobal(h.applicationId);
		expect(registered.map((c) => [c.name, c.description]).sort()).toEqual([
			['ban', 'Ban a member'],
			['ping', 'Pong, faster'],
		]);
	});

	it('syncs a guild separately from the global commands', async () => {
		const before = (await puts()).length;
		expect((await syncCommands(h.api, h.applicationId, [ping], { guildId: DefaultIds.guild })).action).toBe('overwritten');
		expect((await syncCommands(h.api, h.applicationId, [ping], { guildId: DefaultIds.guild })).action).toBe('unchanged');
		const after = await puts();
		expect(after.slice(before)).toEqual([`/applications/${h.applicationId}/guilds/${DefaultIds.guild}/commands`]);
	});
});
