import type {
	APIChannel,
	APIGuildMember,
	APIMessage,
	APIRole,
	APIUser,
	RESTGetAPIApplicationCommandsResult,
	RESTGetAPIGuildResult,
	RESTPostAPIInteractionCallbackWithResponseResult,
	RESTPutAPIApplicationCommandsResult,
} from 'discord-api-types/v10';
import { describe, expectTypeOf, it } from 'vitest';
import type { API, InteractionsTransport as InteractionsShape } from 'ovenjs';

declare const api: API;

describe('API result types', () => {
	it('channels', () => {
		expectTypeOf(api.channels.get('1')).resolves.toEqualTypeOf<APIChannel>();
		expectTypeOf(api.channels.createMessage('1', { content: 'x' })).resolves.toEqualTypeOf<APIMessage>();
		expectTypeOf(api.channels.getMessages('1', { limit: 5 })).resolves.toEqualTypeOf<APIMessage[]>();
		expectTypeOf(api.channels.deleteMessage('1', '2')).resolves.toEqualTypeOf<void>();
		// @ts-expect-error content must be a string
		void api.channels.createMessage('1', { content: 1 });
		// @ts-expect-error limit is a number
		void api.channels.getMessages('1', { limit: true });
	});

	it('interactions', () => {
		expectTypeOf(
			api.interactions.createCallback('1', 't', { type: 5 }, { withResponse: true }),
		).resolves.toEqualTypeOf<RESTPostAPIInteractionCallbackWithResponseResult>();
		expectTypeOf(api.interactions.createCallback('1', 't', { type: 5 })).resolves.toEqualTypeOf<
			RESTPostAPIInteractionCallbackWithResponseResult | undefined
		>();
		expectTypeOf(api.interactions.reply('1', 't', { content: 'x' })).resolves.toEqualTypeOf<void>();
		expectTypeOf(api.interactions.editReply('1', 't', { content: 'x' })).resolves.toEqualTypeOf<APIMessage>();
		expectTypeOf(api.interactions.followUp('1', 't', { content: 'x' })).resolves.toEqualTypeOf<APIMessage>();
		// @ts-expect-error reply takes message data, not a callback body
		void api.interactions.reply('1', 't', { type: 4 });
	});

	it('guilds, commands, users, webhooks', () => {
		expectTypeOf(api.guilds.get('1')).resolves.toEqualTypeOf<RESTGetAPIGuildResult>();
		expectTypeOf(api.guilds.getRoles('1')).resolves.toEqualTypeOf<APIRole[]>();
		expectTypeOf(api.guilds.getMember('1', '2')).resolves.toEqualTypeOf<APIGuildMember>();
		expectTypeOf(api.applicationCommands.getGlobal('1')).resolves.toEqualTypeOf<RESTGetAPIApplicationCommandsResult>();
		expectTypeOf(api.applicationCommands.bulkOverwriteGlobal('1', [])).resolves.toEqualTypeOf<RESTPutAPIApplicationCommandsResult>();
		expectTypeOf(api.users.getCurrent()).resolves.toEqualTypeOf<APIUser>();
		expectTypeOf(api.webhooks.execute('1', 't', { content: 'x' })).resolves.toEqualTypeOf<APIMessage>();
		expectTypeOf(api.webhooks.execute('1', 't', { content: 'x' }, { wait: false })).resolves.toEqualTypeOf<undefined>();
	});

	it('options are passed through, and API satisfies the interactions module interface', () => {
		void api.guilds.kickMember('1', '2', { reason: 'r', signal: AbortSignal.timeout(1) });
		// @ts-expect-error unknown option
		void api.guilds.kickMember('1', '2', { reasn: 'r' });
		expectTypeOf<API>().toExtend<InteractionsShape>();
	});
});
