import type { APIChannel, APIGuild, APIMessage } from 'discord-api-types/v10';
import { Routes } from 'discord-api-types/v10';
import { describe, expectTypeOf, it } from 'vitest';
import type { REST } from '../../src/index.js';

declare const rest: REST;

describe('typed routes', () => {
	it('types results of the common routes and leaves the rest unknown', () => {
		expectTypeOf(rest.get(Routes.channel('1'))).resolves.toEqualTypeOf<APIChannel>();
		expectTypeOf(rest.get(Routes.channelMessages('1'))).resolves.toEqualTypeOf<APIMessage[]>();
		expectTypeOf(rest.get(Routes.channelMessage('1', '2'))).resolves.toEqualTypeOf<APIMessage>();
		expectTypeOf(rest.get(Routes.guild('1'))).resolves.toEqualTypeOf<APIGuild>();
		expectTypeOf(rest.get(Routes.channelPins('1'))).resolves.toBeUnknown();
		expectTypeOf(rest.get('/anything/else')).resolves.toBeUnknown();
		expectTypeOf(rest.post(Routes.channelMessages('1'), { body: { content: 'hi' } })).resolves.toEqualTypeOf<APIMessage>();
		// @ts-expect-error content must be a string
		void rest.post(Routes.channelMessages('1'), { body: { content: 1 } });
	});
});
