import { describe, expect, it } from 'vitest';
import { CommandDefinitionError, defineCommand, defineMessageCommand, option, subcommand } from 'ovenjs';

const noop = (): undefined => undefined;

describe('defineCommand', () => {
	it('builds the JSON Discord takes: required options first, named flags as bits, named contexts as numbers', () => {
		const ban = defineCommand({
			name: 'ban',
			description: 'Ban a member',
			nameLocalizations: { fr: 'bannir' },
			defaultMemberPermissions: ['BanMembers', 'KickMembers'],
			contexts: ['Guild', 'PrivateChannel'],
			integrationTypes: ['GuildInstall', 'UserInstall'],
			nsfw: true,
			options: {
				reason: option.string({ choices: ['spam', { name: 'Abuse', value: 'abuse' }] }),
				user: option.user({ required: true, description: 'Who' }),
				where: option.channel({ channelTypes: [0, 5] }),
			},
			run: noop,
		});
		expect(ban.toJSON()).toEqual({
			type: 1,
			name: 'ban',
			description: 'Ban a member',
			name_localizations: { fr: 'bannir' },
			default_member_permissions: String((1n << 2n) | (1n << 1n)),
			contexts: [0, 2],
			integration_types: [0, 1],
			nsfw: true,
			options: [
				{ type: 6, name: 'user', description: 'Who', required: true },
				{
					type: 3,
					name: 'reason',
					description: 'reason',
					choices: [
						{ name: 'spam', value: 'spam' },
						{ name: 'Abuse', value: 'abuse' },
					],
				},
				{ type: 7, name: 'where', description: 'where', channel_types: [0, 5] },
			],
		});
	});

	it('nests subcommands and message commands have no description', () => {
		const cmd = defineCommand({
			name: 'cfg',
			description: 'Config',
			subcommands: { show: subcommand({ description: 'Show', run: noop }) },
		});
		expect(cmd.toJSON().options).toEqual([{ type: 1, name: 'show', description: 'Show', options: [] }]);
		expect(defineMessageCommand({ name: 'Quote This', run: noop }).toJSON()).toEqual({ type: 3, name: 'Quote This' });
	});

	const bad: [string, () => unknown, string][] = [
		['an upper-case name', () => defineCommand({ name: 'Ban', description: 'x', run: noop }), 'Ban.name'],
		['a name with spaces', () => defineCommand({ name: 'ban user', description: 'x', run: noop }), 'ban user.name'],
		['an empty description', () => defineCommand({ name: 'ban', description: '', run: noop }), 'ban.description'],
		['a 101-character description', () => defineCommand({ name: 'ban', description: 'd'.repeat(101), run: noop }), 'ban.description'],
		[
			'a bad option name',
			() => defineCommand({ name: 'ban', description: 'x', options: { 'Who?': option.user() }, run: noop }),
			'ban.options.Who?.name',
		],
		[
			'26 choices',
			() =>
				defineCommand({
					name: 'pick',
					description: 'x',
					options: { n: option.integer({ choices: Array.from({ length: 26 }, (_, i) => i) }) },
					run: noop,
				}),
			'pick.options.n.choices',
		],
		[
			'min above max',
			() => defineCommand({ name: 'pick', description: 'x', options: { n: option.string({ minLength: 5, maxLength: 2 }) }, run: noop }),
			'pick.options.n.minLength',
		],
		['a 33-character context-menu name', () => defineMessageCommand({ name: 'q'.repeat(33), run: noop }), `${'q'.repeat(33)}.name`],
		['no handler', () => defineCommand({ name: 'idle', description: 'x' }), 'idle.run'],
		[
			'a bad localised name',
			() => defineCommand({ name: 'ban', nameLocalizations: { de: 'Bannen' }, description: 'x', run: noop }),
			'ban.name_localizations.de',
		],
	];
	it.each(bad)('refuses %s with an error naming the field', (_, define, field) => {
		let error: unknown;
		try {
			define();
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(CommandDefinitionError);
		expect(error).toMatchObject({ code: 'INTERACTION_COMMAND_DEFINITION_INVALID', field });
		expect((error as Error).message).toContain(field);
	});

	it('refuses more than 4,000 characters in total', () => {
		const options = Object.fromEntries(
			Array.from({ length: 25 }, (_, i) => [
				`o${i}`,
				option.string({ description: 'd'.repeat(100), choices: Array.from({ length: 5 }, (_, j) => `${'c'.repeat(90)}${j}`) }),
			]),
		);
		expect(() => defineCommand({ name: 'big', description: 'x', options, run: noop })).toThrow(/at most 4000 characters/);
	});
});
