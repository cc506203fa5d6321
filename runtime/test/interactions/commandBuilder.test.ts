import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command, createInteractionHandler, defineCommand, option, syncCommands } from 'ovenjs';
import { inGeneral, startHarness, type Harness } from './_harness.js';

const noop = (): undefined => undefined;

describe('command() — the fluent form', () => {
	it('makes the same command as the object form', () => {
		const fluent = command('warn')
			.description('Warn a member', { fr: 'Avertir un membre' })
			.nameLocalizations({ fr: 'avertir' })
			.option('user', option.user({ description: 'Who', required: true }))
			.option('reason', option.string({ description: 'Why', choices: ['spam', 'abuse'] as const }))
			.permissions('ModerateMembers')
			.contexts('Guild')
			.integrationTypes('GuildInstall')
			.run(noop);
		const object = defineCommand({
			name: 'warn',
			description: 'Warn a member',
			descriptionLocalizations: { fr: 'Avertir un membre' },
			nameLocalizations: { fr: 'avertir' },
			defaultMemberPermissions: ['ModerateMembers'],
			contexts: ['Guild'],
			integrationTypes: ['GuildInstall'],
			options: {
				user: option.user({ description: 'Who', required: true }),
				reason: option.string({ description: 'Why', choices: ['spam', 'abuse'] as const }),
			},
			run: noop,
		});
		expect(fluent.toJSON()).toEqual(object.toJSON());
	});

	it('checks Discord’s rules when it is made, naming the field', () => {
		expect(() => command('Bad Name').description('x').run(noop)).toThrow(
			expect.objectContaining({ code: 'INTERACTION_COMMAND_DEFINITION_INVALID' }),
		);
		expect(() => command('nodesc').run(noop)).toThrow(/description/);
	});

	describe('on the mock', () => {
		let h: Harness;
		beforeAll(async () => {
			h = await startHarness();
		});
		afterAll(async () => {
			await h.close();
		});

		it('syncs and answers with typed options', async () => {
			const echo = command('echo')
				.description('Repeats')
				.option('text', option.string({ description: 'What', required: true }))
				.run((ctx) => ctx.reply(ctx.options.text.toUpperCase()));
			await syncCommands(h.api, h.applicationId, [echo]);
			const handler = createInteractionHandler({ api: h.api, applicationId: h.applicationId, commands: [echo] });
			const interaction = await h.interact({
				...inGeneral,
				type: 'application_command',
				name: 'echo',
				options: [{ type: 3, name: 'text', value: 'hello' }],
			});
			await handler.handle(interaction);
			const record = await h.mock.interaction(interaction.id);
			expect(record.responses).toEqual([{ type: 4, data: { content: 'HELLO' } }]);
		});
	});
});
