import { expect } from 'vitest';
import { DefaultIds as D } from '../../src/index.js';
import { type Row, row, s } from './_row.js';

const G = D.guild;
const C = D.general;
const app = D.application;

/** One happy-path call per implemented route, in an order that builds the state later rows need. */
export const coreRows: Row[] = [
	row('GET', '/gateway', () => '/gateway', 200, { auth: null }),
	row('GET', '/gateway/bot', () => '/gateway/bot', 200),
	row('GET', '/users/@me', () => '/users/@me', 200),
	row('GET', '/users/@me/guilds', () => '/users/@me/guilds', 200),
	row('GET', '/users/{user_id}', () => `/users/${D.alice}`, 200),
	row('POST', '/users/@me/channels', () => '/users/@me/channels', 200, {
		body: () => ({ recipient_id: D.alice }),
		after: (a) => (s['dm'] = a.body.id),
	}),
	row('GET', '/applications/@me', () => '/applications/@me', 200),
	row('GET', '/applications/{application_id}', () => `/applications/${app}`, 200),
	row('PUT', '/applications/{application_id}/commands', () => `/applications/${app}/commands`, 200, {
		body: () => [{ name: 'ping', description: 'Replies' }],
	}),
	row('POST', '/applications/{application_id}/commands', () => `/applications/${app}/commands`, 201, {
		body: () => ({
			name: 'echo',
			description: 'Echoes',
			options: [{ type: 3, name: 'text', description: 'what', required: true, autocomplete: true }],
		}),
		after: (a) => (s['command'] = a.body.id),
	}),
	row('GET', '/applications/{application_id}/commands', () => `/applications/${app}/commands`, 200),
	row('GET', '/applications/{application_id}/commands/{command_id}', () => `/applications/${app}/commands/${s['command']}`, 200),
	row('PATCH', '/applications/{application_id}/commands/{command_id}', () => `/applications/${app}/commands/${s['command']}`, 200, {
		body: () => ({ description: 'Echoes back' }),
	}),
	row('PUT', '/applications/{application_id}/guilds/{guild_id}/commands', () => `/applications/${app}/guilds/${G}/commands`, 200, {
		body: () => [],
	}),
	row('POST', '/applications/{application_id}/guilds/{guild_id}/commands', () => `/applications/${app}/guilds/${G}/commands`, 201, {
		body: () => ({ name: 'local', description: 'Guild only' }),
		after: (a) => (s['guildCommand'] = a.body.id),
	}),
	row('GET', '/applications/{application_id}/guilds/{guild_id}/commands', () => `/applications/${app}/guilds/${G}/commands`, 200),
	row(
		'GET',
		'/applications/{application_id}/guilds/{guild_id}/commands/{command_id}',
		() => `/applications/${app}/guilds/${G}/commands/${s['guildCommand']}`,
		200,
	),
	row(
		'PATCH',
		'/applications/{application_id}/guilds/{guild_id}/commands/{command_id}',
		() => `/applications/${app}/guilds/${G}/commands/${s['guildCommand']}`,
		200,
		{ body: () => ({ description: 'Still local' }) },
	),
	row(
		'DELETE',
		'/applications/{application_id}/guilds/{guild_id}/commands/{command_id}',
		() => `/applications/${app}/guilds/${G}/commands/${s['guildCommand']}`,
		204,
	),
	row('GET', '/channels/{channel_id}', () => `/channels/${C}`, 200),
	row('PATCH', '/channels/{channel_id}', () => `/channels/${C}`, 200, { body: () => ({ topic: 'New topic' }) }),
	row('PUT', '/channels/{channel_id}/permissions/{overwrite_id}', () => `/channels/${C}/permissions/${D.carol}`, 204, {
		body: () => ({ type: 1, allow: '0', deny: '2048' }),
	}),
	row('DELETE', '/channels/{channel_id}/permissions/{overwrite_id}', () => `/channels/${C}/permissions/${D.carol}`, 204),
	row('POST', '/channels/{channel_id}/messages', () => `/channels/${C}/messages`, 200, {
		body: () => ({ content: `hello <@${D.alice}>`, embeds: [{ title: 'Hi', description: 'there' }] }),
		after: (a) => (s['m1'] = a.body.id),
	}),
	row('POST', '/channels/{channel_id}/messages', () => `/channels/${C}/messages`, 200, {
		body: () => ({ content: 'second' }),
		after: (a) => (s['m2'] = a.body.id),
	}),
	row('POST', '/channels/{channel_id}/messages', () => `/channels/${C}/messages`, 200, {
		body: () => ({ content: 'third' }),
		after: (a) => (s['m3'] = a.body.id),
	}),
	row('GET', '/channels/{channel_id}/messages', () => `/channels/${C}/messages?limit=10`, 200),
	row('GET', '/channels/{channel_id}/messages/{message_id}', () => `/channels/${C}/messages/${s['m1']}`, 200),
	row('PATCH', '/channels/{channel_id}/messages/{message_id}', () => `/channels/${C}/messages/${s['m1']}`, 200, {
		body: () => ({ content: 'edited' }),
	}),
	row(
		'PUT',
		'/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/@me',
		() => `/channels/${C}/messages/${s['m1']}/reactions/${encodeURIComponent('👍')}/@me`,
		204,
	),
	row(
		'GET',
		'/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}',
		() => `/channels/${C}/messages/${s['m1']}/reactions/${encodeURIComponent('👍')}`,
		200,
	),
	row(
		'DELETE',
		'/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/@me',
		() => `/channels/${C}/messages/${s['m1']}/reactions/${encodeURIComponent('👍')}/@me`,
		204,
	),
	row(
		'DELETE',
		'/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/{user_id}',
		() => `/channels/${C}/messages/${s['m1']}/reactions/${encodeURIComponent('👍')}/${D.alice}`,
		204,
	),
	row(
		'PUT',
		'/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/@me',
		() => `/channels/${C}/messages/${s['m1']}/reactions/${encodeURIComponent('🎉')}/@me`,
		204,
	),
	row(
		'DELETE',
		'/channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}',
		() => `/channels/${C}/messages/${s['m1']}/reactions/${encodeURIComponent('🎉')}`,
		204,
	),
	row('DELETE', '/channels/{channel_id}/messages/{message_id}/reactions', () => `/channels/${C}/messages/${s['m1']}/reactions`, 204),
	row('PUT', '/channels/{channel_id}/messages/pins/{message_id}', () => `/channels/${C}/messages/pins/${s['m1']}`, 204),
	row('GET', '/channels/{channel_id}/messages/pins', () => `/channels/${C}/messages/pins`, 200),
	row('DELETE', '/channels/{channel_id}/messages/pins/{message_id}', () => `/channels/${C}/messages/pins/${s['m1']}`, 204),
	row('PUT', '/channels/{channel_id}/pins/{message_id}', () => `/channels/${C}/pins/${s['m2']}`, 204),
	row('GET', '/channels/{channel_id}/pins', () => `/channels/${C}/pins`, 200),
	row('DELETE', '/channels/{channel_id}/pins/{message_id}', () => `/channels/${C}/pins/${s['m2']}`, 204),
	row('POST', '/channels/{channel_id}/typing', () => `/channels/${C}/typing`, 204),
	row('POST', '/channels/{channel_id}/messages', () => `/channels/${s['dm']}/messages`, 200, { body: () => ({ content: 'in a DM' }) }),
	row('POST', '/channels/{channel_id}/messages/{message_id}/crosspost', () => `/channels/${C}/messages/${s['m3']}/crosspost`, 200),
	row('POST', '/channels/{channel_id}/threads', () => `/channels/${C}/threads`, 201, {
		body: () => ({ name: 'new thread', type: 11 }),
		after: (a) => (s['thread'] = a.body.id),
	}),
	row('POST', '/channels/{channel_id}/messages/{message_id}/threads', () => `/channels/${C}/messages/${s['m3']}/threads`, 201, {
		body: () => ({ name: 'from message' }),
	}),
	row('PUT', '/channels/{channel_id}/thread-members/{user_id}', () => `/channels/${s['thread']}/thread-members/${D.alice}`, 204),
	row('PUT', '/channels/{channel_id}/thread-members/@me', () => `/channels/${D.thread}/thread-members/@me`, 204),
	row('GET', '/channels/{channel_id}/thread-members', () => `/channels/${s['thread']}/thread-members`, 200),
	row('GET', '/channels/{channel_id}/thread-members/{user_id}', () => `/channels/${s['thread']}/thread-members/${D.alice}`, 200),
	row('DELETE', '/channels/{channel_id}/thread-members/{user_id}', () => `/channels/${s['thread']}/thread-members/${D.alice}`, 204),
	row('DELETE', '/channels/{channel_id}/thread-members/@me', () => `/channels/${D.thread}/thread-members/@me`, 204),
	row(
		'GET',
		'/applications/{application_id}/guilds/{guild_id}/commands/permissions',
		() => `/applications/${app}/guilds/${G}/commands/permissions`,
		200,
	),
	row('GET', '/channels/{channel_id}/threads/archived/public', () => `/channels/${C}/threads/archived/public`, 200),
	row('GET', '/channels/{channel_id}/threads/archived/private', () => `/channels/${C}/threads/archived/private`, 200),
	row('POST', '/channels/{channel_id}/messages/bulk-delete', () => `/channels/${C}/messages/bulk-delete`, 204, {
		body: () => ({ messages: [s['m2'], s['m3']] }),
	}),
	row('DELETE', '/channels/{channel_id}/messages/{message_id}', () => `/channels/${C}/messages/${s['m1']}`, 204),
	row('GET', '/guilds/{guild_id}', () => `/guilds/${G}?with_counts=true`, 200),
	row('GET', '/guilds/{guild_id}/channels', () => `/guilds/${G}/channels`, 200),
	row('POST', '/guilds/{guild_id}/channels', () => `/guilds/${G}/channels`, 201, {
		body: () => ({ name: 'made-by-bot', type: 0 }),
		after: (a) => (s['channel'] = a.body.id),
	}),
	row('GET', '/guilds/{guild_id}/threads/active', () => `/guilds/${G}/threads/active`, 200),
	row('DELETE', '/channels/{channel_id}', () => `/channels/${s['channel']}`, 200),
	row('GET', '/guilds/{guild_id}/members', () => `/guilds/${G}/members?limit=10`, 200),
	row('GET', '/guilds/{guild_id}/members/search', () => `/guilds/${G}/members/search?query=car&limit=5`, 200, {
		after: (a) => expect(a.body.map((m: { user: { id: string } }) => m.user.id)).toEqual([D.carol]),
	}),
	row('GET', '/guilds/{guild_id}/members/{user_id}', () => `/guilds/${G}/members/${D.carol}`, 200),
	row('PATCH', '/guilds/{guild_id}/members/{user_id}', () => `/guilds/${G}/members/${D.carol}`, 200, {
		body: () => ({ nick: 'Caroline' }),
	}),
	row('POST', '/guilds/{guild_id}/roles', () => `/guilds/${G}/roles`, 200, {
		body: () => ({ name: 'Helper', permissions: '0' }),
		after: (a) => (s['role'] = a.body.id),
	}),
	row('GET', '/guilds/{guild_id}/roles', () => `/guilds/${G}/roles`, 200),
	row('GET', '/guilds/{guild_id}/roles/{role_id}', () => `/guilds/${G}/roles/${s['role']}`, 200),
	row('PATCH', '/guilds/{guild_id}/roles/{role_id}', () => `/guilds/${G}/roles/${s['role']}`, 200, { body: () => ({ color: 0xff0000 }) }),
	row('PUT', '/guilds/{guild_id}/members/{user_id}/roles/{role_id}', () => `/guilds/${G}/members/${D.carol}/roles/${s['role']}`, 204),
	row('DELETE', '/guilds/{guild_id}/members/{user_id}/roles/{role_id}', () => `/guilds/${G}/members/${D.carol}/roles/${s['role']}`, 204),
	row('DELETE', '/guilds/{guild_id}/roles/{role_id}', () => `/guilds/${G}/roles/${s['role']}`, 204),
	row('PUT', '/guilds/{guild_id}/bans/{user_id}', () => `/guilds/${G}/bans/${D.carol}`, 204, { body: () => ({}) }),
	row('GET', '/guilds/{guild_id}/bans', () => `/guilds/${G}/bans`, 200),
	row('GET', '/guilds/{guild_id}/bans/{user_id}', () => `/guilds/${G}/bans/${D.carol}`, 200),
	row('DELETE', '/guilds/{guild_id}/bans/{user_id}', () => `/guilds/${G}/bans/${D.carol}`, 204),
	row('DELETE', '/guilds/{guild_id}/members/{user_id}', () => `/guilds/${G}/members/${D.bob}`, 204),
	row('DELETE', '/applications/{application_id}/commands/{command_id}', () => `/applications/${app}/commands/${s['command']}`, 204),
];

/** Last of all: the bot leaves the guild. */
export const finalRows: Row[] = [row('DELETE', '/users/@me/guilds/{guild_id}', () => `/users/@me/guilds/${G}`, 204)];
