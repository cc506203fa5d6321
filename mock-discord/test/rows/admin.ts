import { expect } from 'vitest';
import { DefaultIds as D } from '../../src/index.js';
import { type Row, live, row, s } from './_row.js';
import { PNG } from './moderation.js';

const G = D.guild;
const C = D.general;
const app = D.application;

async function bearer(scopes: string[], userId: string = D.alice): Promise<void> {
	s['bearer'] = (await live.mock!.oauthToken({ user_id: userId, scopes })).access_token;
}

/** Guild settings, bulk changes, templates, monetization, the application, users and channel extras. */
export const adminRows: Row[] = [
	// Guild settings
	row('PATCH', '/guilds/{guild_id}', () => `/guilds/${G}`, 200, { body: () => ({ description: 'A warm place', icon: PNG }) }),
	row('GET', '/guilds/{guild_id}/preview', () => `/guilds/${G}/preview`, 200),
	row('GET', '/guilds/{guild_id}/vanity-url', () => `/guilds/${G}/vanity-url`, 200),
	row('PATCH', '/guilds/{guild_id}/widget', () => `/guilds/${G}/widget`, 200, { body: () => ({ enabled: true, channel_id: C }) }),
	row('GET', '/guilds/{guild_id}/widget', () => `/guilds/${G}/widget`, 200),
	row('GET', '/guilds/{guild_id}/widget.json', () => `/guilds/${G}/widget.json`, 200, { auth: null }),
	row('GET', '/guilds/{guild_id}/widget.png', () => `/guilds/${G}/widget.png`, 200, { auth: null, rawType: 'image/png' }),
	row('PATCH', '/guilds/{guild_id}/welcome-screen', () => `/guilds/${G}/welcome-screen`, 200, {
		body: () => ({ description: 'Welcome!', welcome_channels: [{ channel_id: C, description: 'Say hi', emoji_name: '👋' }] }),
	}),
	row('GET', '/guilds/{guild_id}/welcome-screen', () => `/guilds/${G}/welcome-screen`, 200),
	row('PUT', '/guilds/{guild_id}/onboarding', () => `/guilds/${G}/onboarding`, 200, {
		body: () => ({ default_channel_ids: [C], enabled: false, mode: 0, prompts: [] }),
	}),
	row('GET', '/guilds/{guild_id}/onboarding', () => `/guilds/${G}/onboarding`, 200),
	row('PUT', '/guilds/{guild_id}/incident-actions', () => `/guilds/${G}/incident-actions`, 200, {
		body: () => ({ invites_disabled_until: new Date(Date.now() + 3_600_000).toISOString() }),
	}),
	row('GET', '/guilds/{guild_id}/integrations', () => `/guilds/${G}/integrations`, 200),
	row('DELETE', '/guilds/{guild_id}/integrations/{integration_id}', () => `/guilds/${G}/integrations/${s['integration']}`, 204, {
		before: async () => {
			s['integration'] = '1500000000000000001';
			live.mock!.world.guild(G).integrations.set(s['integration'], { id: s['integration'], type: 'discord', name: 'other', enabled: true });
		},
	}),
	row('GET', '/guilds/{guild_id}/new-member-welcome', () => `/guilds/${G}/new-member-welcome`, 204),
	// Bulk changes, members, join requests, search
	row('PATCH', '/guilds/{guild_id}/roles', () => `/guilds/${G}/roles`, 200, { body: () => [{ id: D.moderatorRole, position: 1 }] }),
	row('GET', '/guilds/{guild_id}/roles/member-counts', () => `/guilds/${G}/roles/member-counts`, 200),
	row('PATCH', '/guilds/{guild_id}/channels', () => `/guilds/${G}/channels`, 204, { body: () => [{ id: D.voice, position: 6 }] }),
	row('PATCH', '/guilds/{guild_id}/members/@me', () => `/guilds/${G}/members/@me`, 200, { body: () => ({ nick: 'Oven' }) }),
	row('PUT', '/guilds/{guild_id}/members/{user_id}', () => `/guilds/${G}/members/${D.bob}`, 201, {
		before: () => bearer(['guilds.join'], D.bob),
		body: () => ({ access_token: s['bearer'], nick: 'Bobby' }),
	}),
	row('GET', '/guilds/{guild_id}/requests', () => `/guilds/${G}/requests`, 200, {
		before: async () => void (s['request'] = (await live.mock!.addJoinRequest({ guild_id: G, user_id: D.carol }))['id'] as string),
	}),
	row('PATCH', '/guilds/{guild_id}/requests/{request_id}', () => `/guilds/${G}/requests/${s['request']}`, 200, {
		body: () => ({ action: 'REJECTED', rejection_reason: 'Not now' }),
	}),
	row('GET', '/guilds/{guild_id}/messages/search', () => `/guilds/${G}/messages/search?content=slack&limit=5`, 200, {
		after: (a) => expect(a.body.total_results).toBeGreaterThan(0),
	}),
	// Templates
	row('POST', '/guilds/{guild_id}/templates', () => `/guilds/${G}/templates`, 200, {
		body: () => ({ name: 'Oven starter' }),
		after: (a) => (s['template'] = a.body.code),
	}),
	row('GET', '/guilds/{guild_id}/templates', () => `/guilds/${G}/templates`, 200),
	row('GET', '/guilds/templates/{code}', () => `/guilds/templates/${s['template']}`, 200),
	row('PUT', '/guilds/{guild_id}/templates/{code}', () => `/guilds/${G}/templates/${s['template']}`, 200),
	row('PATCH', '/guilds/{guild_id}/templates/{code}', () => `/guilds/${G}/templates/${s['template']}`, 200, {
		body: () => ({ description: 'Start here' }),
	}),
	row('DELETE', '/guilds/{guild_id}/templates/{code}', () => `/guilds/${G}/templates/${s['template']}`, 200),
	// Monetization
	row('POST', '/applications/{application_id}/entitlements', () => `/applications/${app}/entitlements`, 200, {
		body: () => ({ sku_id: D.coinsSku, owner_id: D.alice, owner_type: 2 }),
		after: (a) => (s['entitlement'] = a.body.id),
	}),
	row('GET', '/applications/{application_id}/entitlements', () => `/applications/${app}/entitlements?user_id=${D.alice}`, 200),
	row(
		'GET',
		'/applications/{application_id}/entitlements/{entitlement_id}',
		() => `/applications/${app}/entitlements/${s['entitlement']}`,
		200,
	),
	row(
		'POST',
		'/applications/{application_id}/entitlements/{entitlement_id}/consume',
		() => `/applications/${app}/entitlements/${s['entitlement']}/consume`,
		204,
	),
	row(
		'DELETE',
		'/applications/{application_id}/entitlements/{entitlement_id}',
		() => `/applications/${app}/entitlements/${s['entitlement']}`,
		204,
	),
	row('GET', '/skus/{sku_id}/subscriptions', () => `/skus/${D.premiumSku}/subscriptions?user_id=${D.alice}`, 200, {
		before: async () => void (s['subscription'] = (await live.mock!.subscribe({ sku_id: D.premiumSku, user_id: D.alice }))['id'] as string),
	}),
	row('GET', '/skus/{sku_id}/subscriptions/{subscription_id}', () => `/skus/${D.premiumSku}/subscriptions/${s['subscription']}`, 200),
	row('GET', '/users/@me/applications/{application_id}/entitlements', () => `/users/@me/applications/${app}/entitlements`, 200, {
		auth: 'bearer',
		before: () => bearer(['applications.entitlements']),
		after: (a) => expect(a.body.length).toBeGreaterThan(0),
	}),
	// The application, its commands' permissions, role connections
	row('PATCH', '/applications/@me', () => '/applications/@me', 200, {
		body: () => ({ description: { default: 'Bakes things' }, tags: ['fun'] }),
		after: (a) => expect(a.body.description).toBe('Bakes things'),
	}),
	row('PATCH', '/applications/{application_id}', () => `/applications/${app}`, 200, { body: () => ({ tags: ['fun', 'bread'] }) }),
	row('POST', '/applications/{application_id}/attachment', () => `/applications/${app}/attachment`, 200, {
		form: () => {
			const form = new FormData();
			form.set('file', new Blob(['hello'], { type: 'text/plain' }), 'hello.txt');
			return form;
		},
	}),
	row(
		'GET',
		'/applications/{application_id}/activity-instances/{instance_id}',
		() => `/applications/${app}/activity-instances/i-1234`,
		404,
	),
	row(
		'PUT',
		'/applications/{application_id}/guilds/{guild_id}/commands/{command_id}/permissions',
		() => `/applications/${app}/guilds/${G}/commands/${app}/permissions`,
		200,
		{
			auth: 'bearer',
			before: () => bearer(['applications.commands.permissions.update']),
			body: () => ({ permissions: [{ id: D.moderatorRole, type: 1, permission: true }] }),
		},
	),
	row(
		'GET',
		'/applications/{application_id}/guilds/{guild_id}/commands/{command_id}/permissions',
		() => `/applications/${app}/guilds/${G}/commands/${app}/permissions`,
		200,
	),
	row('PUT', '/applications/{application_id}/role-connections/metadata', () => `/applications/${app}/role-connections/metadata`, 200, {
		body: () => [{ type: 7, key: 'verified', name: 'Verified', description: 'Has a verified account' }],
	}),
	row('GET', '/applications/{application_id}/role-connections/metadata', () => `/applications/${app}/role-connections/metadata`, 200),
	row('PUT', '/users/@me/applications/{application_id}/role-connection', () => `/users/@me/applications/${app}/role-connection`, 200, {
		auth: 'bearer',
		before: () => bearer(['role_connections.write']),
		body: () => ({ platform_name: 'Oven', metadata: { verified: '1' } }),
	}),
	row('GET', '/users/@me/applications/{application_id}/role-connection', () => `/users/@me/applications/${app}/role-connection`, 200, {
		auth: 'bearer',
	}),
	row('DELETE', '/users/@me/applications/{application_id}/role-connection', () => `/users/@me/applications/${app}/role-connection`, 204, {
		auth: 'bearer',
	}),
	// Users
	row('PATCH', '/users/@me', () => '/users/@me', 200, { body: () => ({ username: 'oven-test-bot', avatar: PNG }) }),
	row('GET', '/users/@me/connections', () => '/users/@me/connections', 200),
	row('GET', '/users/@me/guilds/{guild_id}/member', () => `/users/@me/guilds/${G}/member`, 200, {
		auth: 'bearer',
		before: () => bearer(['guilds.members.read']),
	}),
	// Channels
	row('POST', '/channels/{channel_id}/followers', () => `/channels/${s['news']}/followers`, 200, {
		before: async () => {
			const made = await fetch(`${live.mock!.api}/guilds/${G}/channels`, {
				method: 'POST',
				headers: { authorization: `Bot ${live.mock!.token}`, 'content-type': 'application/json' },
				body: JSON.stringify({ name: 'news', type: 5 }),
			});
			s['news'] = ((await made.json()) as { id: string }).id;
		},
		body: () => ({ webhook_channel_id: C }),
	}),
	row('POST', '/users/@me/channels', () => '/users/@me/channels', 200, {
		before: () => bearer(['gdm.join'], D.alice),
		body: () => ({ access_tokens: [s['bearer']] }),
		after: (a) => (s['groupDm'] = a.body.id),
	}),
	row('PUT', '/channels/{channel_id}/recipients/{user_id}', () => `/channels/${s['groupDm']}/recipients/${D.carol}`, 204, {
		before: () => bearer(['gdm.join'], D.carol),
		body: () => ({ access_token: s['bearer'] }),
	}),
	row('DELETE', '/channels/{channel_id}/recipients/{user_id}', () => `/channels/${s['groupDm']}/recipients/${D.carol}`, 204),
	row('GET', '/channels/{channel_id}/threads/search', () => `/channels/${D.forum}/threads/search?name=idea`, 200),
	row('GET', '/channels/{channel_id}/users/@me/threads/archived/private', () => `/channels/${C}/users/@me/threads/archived/private`, 200),
];
