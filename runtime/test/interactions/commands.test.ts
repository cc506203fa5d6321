import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createInteractionHandler,
	defineCommand,
	defineMessageCommand,
	defineUserCommand,
	option,
	subcommand,
	subcommandGroup,
	syncCommands,
	type UnknownInteraction,
} from 'ovenjs';
import { DefaultIds, inGeneral, startHarness, type Harness } from './_harness.js';

let h: Harness;
const seen: Record<string, unknown> = {};
const errors: unknown[] = [];
const unknowns: UnknownInteraction[] = [];

const ban = defineCommand({
	name: 'ban',
	description: 'Ban a member',
	defaultMemberPermissions: ['BanMembers'],
	options: {
		reason: option.string({ choices: ['spam', 'abuse'] as const }),
		user: option.user({ required: true }),
	},
	async run(ctx) {
		seen['ban'] = { user: ctx.options.user.username, reason: ctx.options.reason, member: ctx.options.getMember('user')?.roles.ids };
		await ctx.reply({ content: `banned ${ctx.options.user.username}`, ephemeral: true });
	},
});

const kinds = defineCommand({
	name: 'kinds',
	description: 'Every option kind',
	options: {
		text: option.string({ minLength: 1, maxLength: 10 }),
		count: option.integer({ minValue: 0, maxValue: 10 }),
		ratio: option.number(),
		flag: option.boolean(),
		where: option.channel({ channelTypes: [0] }),
		role: option.role(),
		who: option.mentionable(),
		file: option.attachment(),
	},
	async run(ctx) {
		const o = ctx.options;
		seen['kinds'] = {
			text: o.text,
			count: o.count,
			ratio: o.ratio,
			flag: o.flag,
			where: o.where?.name,
			role: o.role?.name,
			who: o.who?.id,
			file: o.file?.id,
		};
		await ctx.deferReply();
		await ctx.editReply('done');
		await ctx.followUp({ content: 'and one more', ephemeral: true });
	},
});

const ticket = defineCommand({
	name: 'ticket',
	description: 'Tickets',
	subcommands: {
		open: subcommand({
			description: 'Open one',
			options: { topic: option.string({ required: true }) },
			run: (ctx) => ctx.reply(`opened ${ctx.options.topic}`),
		}),
	},
	groups: {
		admin: subcommandGroup({
			description: 'Admin tools',
			subcommands: {
				purge: subcommand({
					description: 'Purge',
					options: { days: option.integer({ required: true }) },
					run: (ctx) => ctx.reply(`purged ${ctx.options.days} in ${ctx.options.getSubcommandGroup()}/${ctx.options.getSubcommand()}`),
				}),
			},
		}),
	},
});

const search = defineCommand({
	name: 'search',
	description: 'Search',
	options: {
		q: option.string({
			required: true,
			autocomplete: (ctx) => [`${ctx.options.getFocused()}-1`, { name: 'Two', value: `${ctx.options.getFocused()}-2` }],
		}),
	},
	run: (ctx) => ctx.reply(ctx.options.q),
});

const feedback = defineCommand({
	name: 'feedback',
	description: 'Opens a form',
	run: (ctx) =>
		ctx.showModal({
			custom_id: 'feedback:form',
			title: 'Feedback',
			components: [{ type: 1, components: [{ type: 4, custom_id: 'body', label: 'Body', style: 2 }] }],
		}),
});

const boom = defineCommand({
	name: 'boom',
	description: 'Throws',
	run: () => {
		throw new Error('handler failed');
	},
});

const inspect = defineUserCommand({ name: 'Inspect User', run: (ctx) => ctx.reply(`user ${ctx.targetUser.id}`) });
const quote = defineMessageCommand({ name: 'Quote', contexts: ['Guild'], run: (ctx) => ctx.reply(`message ${ctx.targetMessage.id}`) });
const orphan = defineCommand({ name: 'orphan', description: 'Registered but not handled', run: () => undefined });

beforeAll(async () => {
	h = await startHarness();
	const all = [ban, kinds, ticket, search, feedback, boom, inspect, quote, orphan];
	await syncCommands(h.api, h.applicationId, all, { guildId: DefaultIds.guild });
}, 20_000);
afterAll(() => h.close());

function handler() {
	return createInteractionHandler({
		api: h.api,
		applicationId: h.applicationId,
		commands: [ban, kinds, ticket, search, feedback, boom, inspect, quote],
		onError: (error) => errors.push(error),
		onUnknown: (u) => unknowns.push(u),
	});
}

describe('commands on the mock', () => {
	it('types and resolves a user option and a choice, and replies ephemerally', async () => {
		const i = await h.interact({
			...inGeneral,
			type: 'application_command',
			name: 'ban',
			options: [
				{ type: 6, name: 'user', value: DefaultIds.bob },
				{ type: 3, name: 'reason', value: 'spam' },
			],
		});
		await handler().handle(i);
		expect(seen['ban']).toEqual({ user: 'bob', reason: 'spam', member: [DefaultIds.moderatorRole] });
		const report = await h.mock.interaction(i.id);
		expect(report.responses).toEqual([{ type: 4, data: { content: 'banned bob', flags: 64 } }]);
	});

	it('reads every option kind, defers, edits and follows up', async () => {
		const i = await h.interact({
			...inGeneral,
			type: 'application_command',
			name: 'kinds',
			options: [
				{ type: 3, name: 'text', value: 'hi' },
				{ type: 4, name: 'count', value: 3 },
				{ type: 10, name: 'ratio', value: 0.5 },
				{ type: 5, name: 'flag', value: true },
				{ type: 7, name: 'where', value: DefaultIds.general },
				{ type: 8, name: 'role', value: DefaultIds.moderatorRole },
				{ type: 9, name: 'who', value: DefaultIds.carol },
				{ type: 11, name: 'file', value: '77' },
			],
		});
		await handler().handle(i);
		expect(seen['kinds']).toEqual({
			text: 'hi',
			count: 3,
			ratio: 0.5,
			flag: true,
			where: 'general',
			role: 'Moderator',
			who: DefaultIds.carol,
			file: '77',
		});
		const report = await h.mock.interaction(i.id);
		expect(report.responses.map((r) => r.type)).toEqual([5]);
		expect(report.original?.content).toBe('done');
		expect(report.followups.map((m) => [m.content, m.flags])).toEqual([['and one more', 64]]);
	});

	it('runs the handler of a subcommand and of a subcommand in a group', async () => {
		const open = await h.interact({
			...inGeneral,
			type: 'application_command',
			name: 'ticket',
			options: [{ type: 1, name: 'open', options: [{ type: 3, name: 'topic', value: 'billing' }] }],
		});
		const purge = await h.interact({
			...inGeneral,
			type: 'application_command',
			name: 'ticket',
			options: [{ type: 2, name: 'admin', options: [{ type: 1, name: 'purge', options: [{ type: 4, name: 'days', value: 7 }] }] }],
		});
		const hd = handler();
		await Promise.all([hd.handle(open), hd.handle(purge)]);
		expect((await h.mock.interaction(open.id)).responses[0]?.data).toEqual({ content: 'opened billing' });
		expect((await h.mock.interaction(purge.id)).responses[0]?.data).toEqual({ content: 'purged 7 in admin/purge' });
	});

	it('answers autocomplete from the option handler', async () => {
		const i = await h.interact({
			...inGeneral,
			type: 'autocomplete',
			name: 'search',
			options: [{ type: 3, name: 'q', value: 'ov', focused: true }],
		});
		await handler().handle(i);
		expect((await h.mock.interaction(i.id)).responses).toEqual([
			{
				type: 8,
				data: {
					choices: [
						{ name: 'ov-1', value: 'ov-1' },
						{ name: 'Two', value: 'ov-2' },
					],
				},
			},
		]);
	});

	it('shows a modal', async () => {
		const i = await h.interact({ ...inGeneral, type: 'application_command', name: 'feedback' });
		await handler().handle(i);
		const [response] = (await h.mock.interaction(i.id)).responses;
		expect(response?.type).toBe(9);
		expect((response?.data as { custom_id: string }).custom_id).toBe('feedback:form');
	});

	it('runs user and message context commands', async () => {
		const user = await h.interact({
			...inGeneral,
			type: 'application_command',
			name: 'Inspect User',
			command_type: 2,
			target_id: DefaultIds.bob,
		});
		const [message] = await h.mock.messages(DefaultIds.general);
		const target =
			message?.id ?? (await h.mock.sendMessage({ author_id: DefaultIds.alice, channel_id: DefaultIds.general, content: 'quote me' })).id;
		const msg = await h.interact({ ...inGeneral, type: 'application_command', name: 'Quote', command_type: 3, target_id: target });
		const hd = handler();
		await hd.handle(user);
		await hd.handle(msg);
		expect((await h.mock.interaction(user.id)).responses[0]?.data).toEqual({ content: `user ${DefaultIds.bob}` });
		expect((await h.mock.interaction(msg.id)).responses[0]?.data).toEqual({ content: `message ${target}` });
	});

	it('reports handler errors and unknown commands through callbacks, never rejecting', async () => {
		errors.length = 0;
		unknowns.length = 0;
		const thrown = await h.interact({ ...inGeneral, type: 'application_command', name: 'boom' });
		const unhandled = await h.interact({ ...inGeneral, type: 'application_command', name: 'orphan' });
		const hd = handler();
		await expect(hd.handle(thrown)).resolves.toBeUndefined();
		await hd.handle(unhandled);
		expect(errors).toHaveLength(1);
		expect((errors[0] as Error).message).toBe('handler failed');
		expect(unknowns.map((u) => [u.reason, u.interaction.id])).toEqual([['command', unhandled.id]]);
	});
});
