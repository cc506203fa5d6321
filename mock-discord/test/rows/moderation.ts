import { expect } from 'vitest';
import { DefaultIds as D } from '../../src/index.js';
import { type Row, live, row, s } from './_row.js';

const G = D.guild;
const C = D.general;
const app = D.application;
/** A 1×1 PNG as Discord's image data. */
export const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function stickerForm(): FormData {
	const form = new FormData();
	form.set('name', 'oven');
	form.set('description', 'A warm oven');
	form.set('tags', 'fire');
	form.set('file', new Blob([Buffer.from(PNG.split(',')[1] as string, 'base64')], { type: 'image/png' }), 'oven.png');
	return form;
}

/** Audit log, webhooks, invites, emojis, stickers, bulk ban and prune: what a moderation bot calls. */
export const moderationRows: Row[] = [
	// Emojis
	row('POST', '/guilds/{guild_id}/emojis', () => `/guilds/${G}/emojis`, 201, {
		body: () => ({ name: 'oven', image: PNG }),
		headers: { 'x-audit-log-reason': encodeURIComponent('new emoji ✓') },
		after: (a) => (s['emoji'] = a.body.id),
	}),
	row('GET', '/guilds/{guild_id}/emojis', () => `/guilds/${G}/emojis`, 200, { after: (a) => expect(a.body).toHaveLength(1) }),
	row('GET', '/guilds/{guild_id}/emojis/{emoji_id}', () => `/guilds/${G}/emojis/${s['emoji']}`, 200),
	row('PATCH', '/guilds/{guild_id}/emojis/{emoji_id}', () => `/guilds/${G}/emojis/${s['emoji']}`, 200, { body: () => ({ name: 'oven2' }) }),
	row('DELETE', '/guilds/{guild_id}/emojis/{emoji_id}', () => `/guilds/${G}/emojis/${s['emoji']}`, 204),
	row('POST', '/applications/{application_id}/emojis', () => `/applications/${app}/emojis`, 201, {
		body: () => ({ name: 'app_oven', image: PNG }),
		after: (a) => (s['appEmoji'] = a.body.id),
	}),
	row('GET', '/applications/{application_id}/emojis', () => `/applications/${app}/emojis`, 200),
	row('GET', '/applications/{application_id}/emojis/{emoji_id}', () => `/applications/${app}/emojis/${s['appEmoji']}`, 200),
	row('PATCH', '/applications/{application_id}/emojis/{emoji_id}', () => `/applications/${app}/emojis/${s['appEmoji']}`, 200, {
		body: () => ({ name: 'app_oven2' }),
	}),
	row('DELETE', '/applications/{application_id}/emojis/{emoji_id}', () => `/applications/${app}/emojis/${s['appEmoji']}`, 204),
	// Stickers
	row('POST', '/guilds/{guild_id}/stickers', () => `/guilds/${G}/stickers`, 201, {
		form: stickerForm,
		after: (a) => (s['sticker'] = a.body.id),
	}),
	row('GET', '/guilds/{guild_id}/stickers', () => `/guilds/${G}/stickers`, 200),
	row('GET', '/guilds/{guild_id}/stickers/{sticker_id}', () => `/guilds/${G}/stickers/${s['sticker']}`, 200),
	row('PATCH', '/guilds/{guild_id}/stickers/{sticker_id}', () => `/guilds/${G}/stickers/${s['sticker']}`, 200, {
		body: () => ({ description: 'Still warm' }),
	}),
	row('GET', '/stickers/{sticker_id}', () => `/stickers/${s['sticker']}`, 200),
	row('GET', '/sticker-packs', () => '/sticker-packs', 200, { after: (a) => (s['pack'] = a.body.sticker_packs[0].id) }),
	row('GET', '/sticker-packs/{pack_id}', () => `/sticker-packs/${s['pack']}`, 200),
	row('DELETE', '/guilds/{guild_id}/stickers/{sticker_id}', () => `/guilds/${G}/stickers/${s['sticker']}`, 204),
	// Invites
	row('POST', '/channels/{channel_id}/invites', () => `/channels/${C}/invites`, 200, {
		body: () => ({ max_age: 3600, max_uses: 5, unique: true }),
		after: (a) => (s['invite'] = a.body.code),
	}),
	row('GET', '/channels/{channel_id}/invites', () => `/channels/${C}/invites`, 200),
	row('GET', '/guilds/{guild_id}/invites', () => `/guilds/${G}/invites`, 200),
	row('GET', '/invites/{code}', () => `/invites/${s['invite']}?with_counts=true`, 200),
	row('PUT', '/invites/{code}/target-users', () => `/invites/${s['invite']}/target-users`, 204, {
		form: () => {
			const form = new FormData();
			form.set('target_users_file', new Blob([`user_id\n${D.alice}\n${D.bob}\n`], { type: 'text/csv' }), 'users.csv');
			return form;
		},
	}),
	row('GET', '/invites/{code}/target-users', () => `/invites/${s['invite']}/target-users`, 200, {
		rawType: 'text/csv',
		after: (a) => expect(Buffer.from(a.body as ArrayBuffer).toString()).toContain(D.bob),
	}),
	row('GET', '/invites/{code}/target-users/job-status', () => `/invites/${s['invite']}/target-users/job-status`, 200),
	row('DELETE', '/invites/{code}', () => `/invites/${s['invite']}`, 200),
	// Webhooks
	row('POST', '/channels/{channel_id}/webhooks', () => `/channels/${C}/webhooks`, 200, {
		body: () => ({ name: 'Announcer', avatar: PNG }),
		after: (a) => {
			s['webhook'] = a.body.id;
			s['webhookToken'] = a.body.token;
		},
	}),
	row('GET', '/channels/{channel_id}/webhooks', () => `/channels/${C}/webhooks`, 200),
	row('GET', '/guilds/{guild_id}/webhooks', () => `/guilds/${G}/webhooks`, 200),
	row('GET', '/webhooks/{webhook_id}', () => `/webhooks/${s['webhook']}`, 200),
	row('PATCH', '/webhooks/{webhook_id}', () => `/webhooks/${s['webhook']}`, 200, { body: () => ({ name: 'Herald' }) }),
	row('GET', '/webhooks/{webhook_id}/{webhook_token}', () => `/webhooks/${s['webhook']}/${s['webhookToken']}`, 200, { auth: null }),
	row('PATCH', '/webhooks/{webhook_id}/{webhook_token}', () => `/webhooks/${s['webhook']}/${s['webhookToken']}`, 200, {
		auth: null,
		body: () => ({ name: 'Crier' }),
	}),
	row('POST', '/webhooks/{webhook_id}/{webhook_token}', () => `/webhooks/${s['webhook']}/${s['webhookToken']}?wait=true`, 200, {
		auth: null,
		body: () => ({ content: 'from a webhook', username: 'Override' }),
		after: (a) => {
			expect(a.body).toMatchObject({ webhook_id: s['webhook'], author: { username: 'Override', bot: true } });
			s['webhookMessage'] = a.body.id;
		},
	}),
	row(
		'GET',
		'/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}',
		() => `/webhooks/${s['webhook']}/${s['webhookToken']}/messages/${s['webhookMessage']}`,
		200,
		{ auth: null },
	),
	row(
		'PATCH',
		'/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}',
		() => `/webhooks/${s['webhook']}/${s['webhookToken']}/messages/${s['webhookMessage']}`,
		200,
		{
			auth: null,
			body: () => ({ content: 'edited by the webhook' }),
		},
	),
	row(
		'DELETE',
		'/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}',
		() => `/webhooks/${s['webhook']}/${s['webhookToken']}/messages/${s['webhookMessage']}`,
		204,
		{ auth: null },
	),
	row('POST', '/webhooks/{webhook_id}/{webhook_token}/slack', () => `/webhooks/${s['webhook']}/${s['webhookToken']}/slack`, 200, {
		auth: null,
		body: () => ({ text: 'from slack', username: 'Slack' }),
		after: async () => expect((await live.mock!.messages(C))[0]).toMatchObject({ content: 'from slack', author: { username: 'Slack' } }),
	}),
	row('POST', '/webhooks/{webhook_id}/{webhook_token}/github', () => `/webhooks/${s['webhook']}/${s['webhookToken']}/github`, 204, {
		auth: null,
		headers: { 'x-github-event': 'push' },
		body: () => ({
			ref: 'refs/heads/main',
			repository: { id: 1, name: 'bot', full_name: 'oven/bot', html_url: 'https://github.com/oven/bot' },
			commits: [{ id: 'abcdef123', url: 'https://github.com/oven/bot/commit/abcdef123', message: 'fix', author: { name: 'alice' } }],
			sender: { id: 2, login: 'alice', html_url: 'https://github.com/alice', avatar_url: 'https://github.com/alice.png' },
		}),
		after: async () => expect((await live.mock!.messages(C))[0]?.embeds[0]?.title).toBe('[oven/bot:main] 1 new commit'),
	}),
	row('DELETE', '/webhooks/{webhook_id}/{webhook_token}', () => `/webhooks/${s['webhook']}/${s['webhookToken']}`, 204, { auth: null }),
	row('POST', '/channels/{channel_id}/webhooks', () => `/channels/${C}/webhooks`, 200, {
		body: () => ({ name: 'Second' }),
		after: (a) => (s['webhook2'] = a.body.id),
	}),
	row('DELETE', '/webhooks/{webhook_id}', () => `/webhooks/${s['webhook2']}`, 204),
	// Bulk ban and prune
	row('POST', '/guilds/{guild_id}/bulk-ban', () => `/guilds/${G}/bulk-ban`, 200, {
		before: async () => {
			const user = await live.mock!.addUser({ username: 'spammer' });
			s['spammer'] = user.id;
			await live.mock!.addMember({ guild_id: G, user_id: user.id });
		},
		body: () => ({ user_ids: [s['spammer'], '1'], delete_message_seconds: 3600 }),
		after: (a) => expect(a.body).toEqual({ banned_users: [s['spammer']], failed_users: ['1'] }),
	}),
	row('GET', '/guilds/{guild_id}/prune', () => `/guilds/${G}/prune?days=1`, 200),
	row('POST', '/guilds/{guild_id}/prune', () => `/guilds/${G}/prune`, 200, { body: () => ({ days: 1 }) }),
	// The audit log saw all of it.
	row('GET', '/guilds/{guild_id}/audit-logs', () => `/guilds/${G}/audit-logs?limit=100`, 200, {
		after: (a) => expect(a.body.audit_log_entries.find((e: { action_type: number }) => e.action_type === 60).reason).toBe('new emoji ✓'),
	}),
];
