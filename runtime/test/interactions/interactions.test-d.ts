import type { APIAttachment } from 'discord-api-types/v10';
import { describe, expectTypeOf, it } from 'vitest';
import {
	createRouter,
	customId,
	defineCommand,
	defineUserCommand,
	option,
	subcommand,
	type API,
	type CustomIdParams,
	type InferOptions,
	type InteractionsTransport,
	type Channel,
	type Member,
	type Role,
	type User,
} from 'ovenjs';

describe('command option types flow into the handler', () => {
	it('required, optional, choices and every kind', () => {
		defineCommand({
			name: 'ban',
			description: 'Ban',
			options: {
				user: option.user({ required: true }),
				reason: option.string({ choices: ['spam', 'abuse'] as const }),
				inline: option.string({ choices: ['a', { name: 'B', value: 'b' }] }),
				level: option.integer({ required: true, choices: [1, 2, 3] }),
				free: option.string({ required: true, autocomplete: (ctx) => [ctx.options.getFocused()] }),
				ratio: option.number(),
				flag: option.boolean({ required: true }),
				where: option.channel({ channelTypes: [0] }),
				role: option.role(),
				who: option.mentionable(),
				file: option.attachment({ required: true }),
			},
			run(ctx) {
				expectTypeOf(ctx.options.user).toEqualTypeOf<User>();
				expectTypeOf(ctx.options.reason).toEqualTypeOf<'spam' | 'abuse' | undefined>();
				expectTypeOf(ctx.options.inline).toEqualTypeOf<'a' | 'b' | undefined>();
				expectTypeOf(ctx.options.level).toEqualTypeOf<1 | 2 | 3>();
				expectTypeOf(ctx.options.free).toEqualTypeOf<string>();
				expectTypeOf(ctx.options.ratio).toEqualTypeOf<number | undefined>();
				expectTypeOf(ctx.options.flag).toEqualTypeOf<boolean>();
				expectTypeOf(ctx.options.where).toEqualTypeOf<Channel | undefined>();
				expectTypeOf(ctx.options.role).toEqualTypeOf<Role | undefined>();
				expectTypeOf(ctx.options.who).toEqualTypeOf<User | Role | undefined>();
				expectTypeOf(ctx.options.file).toEqualTypeOf<APIAttachment>();
				expectTypeOf(ctx.options.getMember('user')).toEqualTypeOf<Member | null>();
				// @ts-expect-error: no such option
				void ctx.options.nope;
			},
		});
	});

	it('per-subcommand handlers see their own options', () => {
		defineCommand({
			name: 'ticket',
			description: 'Tickets',
			subcommands: {
				open: subcommand({
					description: 'Open',
					options: { topic: option.string({ required: true }) },
					run(ctx) {
						expectTypeOf(ctx.options.topic).toEqualTypeOf<string>();
						// @ts-expect-error: another subcommand's option
						void ctx.options.days;
					},
				}),
			},
		});
	});

	it('InferOptions', () => {
		type O = InferOptions<{ a: ReturnType<typeof option.string<string, true>>; b: ReturnType<typeof option.boolean> }>;
		expectTypeOf<O>().toEqualTypeOf<{ readonly a: string; readonly b?: boolean | undefined }>();
	});

	it('refuses definitions the types can refuse', () => {
		// @ts-expect-error: choices and autocomplete are exclusive
		option.string({ choices: ['a'], autocomplete: () => [] });
		// @ts-expect-error: minLength is for strings, not integers
		option.integer({ minLength: 3 });
		// @ts-expect-error: a choice must match the option's value type
		option.integer({ choices: ['one'] });
		// @ts-expect-error: a command has either options + run or subcommands, not both
		defineCommand({ name: 'x', description: 'x', options: {}, subcommands: {}, run: () => undefined });
		// @ts-expect-error: unknown permission flag name
		defineUserCommand({ name: 'X', defaultMemberPermissions: ['BanEveryone'], run: () => undefined });
		// @ts-expect-error: unknown context name
		defineUserCommand({ name: 'X', contexts: ['Everywhere'], run: () => undefined });
	});
});

describe('custom_id parameters', () => {
	it('are typed from the pattern', () => {
		expectTypeOf<CustomIdParams<'ticket:close:{id}'>>().toEqualTypeOf<{ readonly id: string }>();
		expectTypeOf<CustomIdParams<'a:{x}:{y}'>>().toEqualTypeOf<{ readonly x: string; readonly y: string }>();
		expectTypeOf<CustomIdParams<'static'>>().toEqualTypeOf<{}>();
		createRouter()
			.button('ticket:close:{id}', (_ctx, params) => {
				expectTypeOf(params).toEqualTypeOf<{ readonly id: string }>();
				// @ts-expect-error: not in the pattern
				void params.user;
			})
			.modal('report:{user}', { fields: ['reason', 'details'] }, (ctx, params) => {
				expectTypeOf(params.user).toEqualTypeOf<string>();
				expectTypeOf(ctx.fields.reason).toEqualTypeOf<string>();
				// @ts-expect-error: not a declared field
				void ctx.fields.other;
			});
		customId('ticket:close:{id}', { id: '1' });
		// @ts-expect-error: missing parameter
		customId('ticket:close:{id}', {});
	});
});

describe('the API class', () => {
	it('satisfies the InteractionsTransport shape the module sends through', () => {
		expectTypeOf<API>().toExtend<InteractionsTransport>();
	});
});
