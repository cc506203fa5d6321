import { describe, expect, it } from 'vitest';
import {
	defaultScenario,
	DefaultIds,
	ScenarioError,
	SnowflakeGenerator,
	snowflakeTime,
	validateScenario,
	World,
	DISCORD_EPOCH,
} from '../src/index.js';

function issuesOf(input: unknown): string[] {
	try {
		validateScenario(input);
	} catch (error) {
		expect(error).toBeInstanceOf(ScenarioError);
		expect((error as ScenarioError).code).toBe('MOCK_SCENARIO_INVALID');
		return (error as ScenarioError).issues.map((i) => `${i.path}: ${i.message}`);
	}
	return [];
}

describe('scenario validation', () => {
	it('accepts the default scenario', () => {
		expect(issuesOf(defaultScenario)).toEqual([]);
	});

	it('names the JSON path of a bad channel type', () => {
		const issues = issuesOf({
			guilds: [
				{
					name: 'g1',
					channels: [
						{ name: 'a', type: 0 },
						{ name: 'b', type: 0 },
						{ name: 'c', type: 3 },
					],
				},
			],
		});
		expect(issues).toContain('guilds[0].channels[2].type: must be one of 0, 2, 4, 5, 10, 11, 12, 13, 15');
	});

	it('reports missing and unknown properties with their paths', () => {
		const issues = issuesOf({ guilds: [{ channels: [] }], users: [{ username: 'ok', colour: 1 }] });
		expect(issues).toContain('guilds[0].name: is required');
		expect(issues).toContain('users[0].colour: is not a known property');
	});

	it('checks references: parents, members, roles, overwrites', () => {
		const issues = issuesOf({
			users: [{ id: '5', username: 'someone' }],
			guilds: [
				{
					id: '10',
					name: 'guild',
					channels: [
						{ id: '11', name: 'text', type: 0 },
						{ id: '12', name: 'thread', type: 11 },
						{ id: '13', name: 'child', type: 0, parent_id: '11' },
						{ id: '14', name: 'ow', type: 0, permission_overwrites: [{ id: '99', type: 0 }] },
					],
					members: [{ user_id: '6' }, { user_id: '5', roles: ['77'] }],
				},
			],
		});
		expect(issues).toEqual([
			'guilds[0].channels[1].parent_id: is required for a thread',
			'guilds[0].channels[2].parent_id: must name a category (type 4)',
			'guilds[0].channels[3].permission_overwrites[0].id: no role with id 99',
			'guilds[0].members[0].user_id: no user with id 6',
			'guilds[0].members[1].roles[0]: no role with id 77 in this guild',
		]);
	});
});

describe('world', () => {
	it('builds the default world with all privileged intents', () => {
		const world = new World(defaultScenario);
		expect(world.enabledPrivilegedIntents).toBe((1 << 1) | (1 << 8) | (1 << 15));
		expect(world.guildIds()).toEqual([DefaultIds.guild]);
		const payload = world.guildCreatePayload(DefaultIds.guild);
		expect(payload.name).toBe('Oven Test Guild');
		expect(payload.channels.map((c) => c.id)).not.toContain(DefaultIds.thread);
		expect(payload.threads.map((c) => c.id)).toEqual([DefaultIds.thread]);
		expect(payload.members).toHaveLength(4);
		expect(payload.roles.map((r) => r.name)).toEqual(['@everyone', 'Moderator', 'Oven Test Bot']);
	});

	it('lets a scenario restrict privileged intents and generates ids', () => {
		const world = new World(
			validateScenario({ privilegedIntents: 0, guilds: [{ name: 'Tiny', channels: [{ name: 'general', type: 0 }] }] }),
		);
		expect(world.enabledPrivilegedIntents).toBe(0);
		expect(world.guilds.size).toBe(1);
		expect([...world.guilds.values()][0]?.members.has(world.botUser.id)).toBe(true);
	});

	it('computes channel permissions from roles, overwrites, owner and admin', () => {
		const world = new World(defaultScenario);
		const view = 1n << 10n;
		expect(world.channelPermissions(DefaultIds.staff, DefaultIds.carol) & view).toBe(0n);
		expect(world.channelPermissions(DefaultIds.staff, DefaultIds.bob) & view).toBe(view);
		expect(world.channelPermissions(DefaultIds.staff, DefaultIds.alice)).toBe((1n << 53n) - 1n);
		expect(world.channelPermissions(DefaultIds.announcements, DefaultIds.carol) & (1n << 11n)).toBe(0n);
		expect(world.channelPermissions(DefaultIds.thread, DefaultIds.carol) & view).toBe(view);
	});
});

describe('snowflakes', () => {
	it('increase and carry their time', () => {
		let now = DISCORD_EPOCH + 1000;
		const gen = new SnowflakeGenerator(() => now);
		const a = gen.next();
		const b = gen.next();
		now += 5;
		const c = gen.next();
		expect(BigInt(a) < BigInt(b) && BigInt(b) < BigInt(c)).toBe(true);
		expect(snowflakeTime(c)).toBe(now);
	});
});
