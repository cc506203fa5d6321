import { describe, expectTypeOf, it } from 'vitest';
import { command, option, type User } from 'ovenjs';

describe('command() types', () => {
	it('adds each option to the handler’s types', () => {
		command('warn')
			.description('Warn')
			.option('user', option.user({ required: true }))
			.option('reason', option.string({ choices: ['spam', 'abuse'] as const }))
			.option('days', option.integer())
			.run((ctx) => {
				expectTypeOf(ctx.options.user).toEqualTypeOf<User>();
				expectTypeOf(ctx.options.reason).toEqualTypeOf<'spam' | 'abuse' | undefined>();
				expectTypeOf(ctx.options.days).toEqualTypeOf<number | undefined>();
				// @ts-expect-error not an option of this command
				void ctx.options.nope;
			});
	});
});
