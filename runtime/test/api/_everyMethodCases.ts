import {
	ApplicationCommandType,
	type APIModalInteractionResponseCallbackData,
	AutoModerationActionType,
	AutoModerationRuleEventType,
	AutoModerationRuleTriggerType,
	ChannelType,
	ComponentType,
	EntitlementOwnerType,
	GuildScheduledEventEntityType,
	GuildScheduledEventPrivacyLevel,
	GuildWidgetStyle,
	InteractionResponseType,
	OverwriteType,
	TextInputStyle,
} from 'discord-api-types/v10';
import { DefaultIds as D } from '@ovenjs/mock-discord';
import type { API } from 'ovenjs';

/** How the every-method test calls one method and what it expects on the wire. */
export interface MethodCase {
	/** One call per operation the method can send (`@original` or a message id, …). */
	readonly calls: readonly ((api: API) => Promise<unknown>)[];
	/** The JSON body, or multipart `payload_json`, every call must send; omitted: none. */
	readonly body?: unknown;
	/** The query string every call must send; omitted: none. */
	readonly query?: string;
}

/** Sent as `options.reason` on every call: each method must pass its options through. */
export const REASON = 'every method: reason ü';
const R = { reason: REASON } as const;
/** Ids the mock does not know: the request still reaches the log, answered 404. */
const X = '1300000000000000001';
const Y = '1300000000000000002';
const TOKEN = 'token-of-a-webhook';
/** GitHub's required `sender` (GithubUser in Discord's description). */
const GITHUB_SENDER = {
	id: 1,
	login: 'baker',
	html_url: 'https://github.com/baker',
	avatar_url: 'https://avatars.githubusercontent.com/u/1',
};
const APP = D.application;
const PNG = { name: 'bread.png', data: new Uint8Array([137, 80, 78, 71]) };
const PNG_URI = 'data:image/png;base64,iVBORw==';
const MP3 = { name: 'ding.mp3', data: 'ID3' };

/** `body` sent as given, with `expected` on the wire (defaults to `body`). */
function sends<B>(body: B, call: (api: API, body: B) => Promise<unknown>, wire: unknown = body): MethodCase {
	return { calls: [(api) => call(api, body)], body: wire };
}

function once(call: (api: API) => Promise<unknown>, query?: string): MethodCase {
	return query === undefined ? { calls: [call] } : { calls: [call], query };
}

const modal: APIModalInteractionResponseCallbackData = {
	custom_id: 'order',
	title: 'Order',
	components: [
		{
			type: ComponentType.ActionRow,
			components: [{ type: ComponentType.TextInput, custom_id: 'loaf', style: TextInputStyle.Short, label: 'Loaf' }],
		},
	],
};
const command = { name: 'bake', description: 'Bake bread', type: ApplicationCommandType.ChatInput } as const;

/** Every public method of `API`, by `group.method`. */
export const CASES: Readonly<Record<string, MethodCase>> = {
	'channels.get': once((a) => a.channels.get(D.general, R)),
	'channels.edit': sends({ topic: 'fresh bread' }, (a, b) => a.channels.edit(D.general, b, R)),
	'channels.delete': once((a) => a.channels.delete(X, R)),
	'channels.setVoiceStatus': sends({ status: 'baking' }, (a, b) => a.channels.setVoiceStatus(D.voice, b, R)),
	'channels.editPermissionOverwrite': sends({ type: OverwriteType.Member, allow: '1024' }, (a, b) =>
		a.channels.editPermissionOverwrite(D.general, D.alice, b, R),
	),
	'channels.deletePermissionOverwrite': once((a) => a.channels.deletePermissionOverwrite(D.general, D.alice, R)),
	'channels.getInvites': once((a) => a.channels.getInvites(D.general, R)),
	'channels.createInvite': {
		calls: [(a) => a.channels.createInvite(D.general, { max_age: 60 }, { ...R, targetUsersFile: { name: 'users.csv', data: D.alice } })],
		body: { max_age: 60 },
	},
	'channels.followAnnouncement': sends(D.general, (a, id) => a.channels.followAnnouncement(D.announcements, id, R), {
		webhook_channel_id: D.general,
	}),
	'channels.triggerTyping': once((a) => a.channels.triggerTyping(D.general, R)),
	'channels.addGroupDMRecipient': sends({ access_token: 'user-access-token' }, (a, b) => a.channels.addGroupDMRecipient(X, D.alice, b, R)),
	'channels.removeGroupDMRecipient': once((a) => a.channels.removeGroupDMRecipient(X, D.alice, R)),
	'channels.getMessages': once((a) => a.channels.getMessages(D.general, { limit: 5 }, R), 'limit=5'),
	'channels.getMessage': once((a) => a.channels.getMessage(D.general, X, R)),
	'channels.createMessage': {
		calls: [
			(a) =>
				a.channels.createMessage(
					D.general,
					{ content: 'hi', attachments: [{ id: 0, filename: 'a.txt' }] },
					{ ...R, files: [{ name: 'a.txt', data: 'x' }] },
				),
		],
		body: { content: 'hi', attachments: [{ id: 0, filename: 'a.txt' }] },
	},
	'channels.crosspostMessage': once((a) => a.channels.crosspostMessage(D.announcements, X, R)),
	'channels.editMessage': sends({ content: 'edited' }, (a, b) => a.channels.editMessage(D.general, X, b, R)),
	'channels.deleteMessage': once((a) => a.channels.deleteMessage(D.general, X, R)),
	'channels.bulkDeleteMessages': sends([X, Y], (a, ids) => a.channels.bulkDeleteMessages(D.general, ids, R), { messages: [X, Y] }),
	'channels.addReaction': once((a) => a.channels.addReaction(D.general, X, '<:bread:1300000000000000003>', R)),
	'channels.deleteOwnReaction': once((a) => a.channels.deleteOwnReaction(D.general, X, '🍞', R)),
	'channels.deleteUserReaction': once((a) => a.channels.deleteUserReaction(D.general, X, '🍞', D.alice, R)),
	'channels.getReactions': once((a) => a.channels.getReactions(D.general, X, '🍞', { limit: 10 }, R), 'limit=10'),
	'channels.deleteAllReactions': once((a) => a.channels.deleteAllReactions(D.general, X, R)),
	'channels.deleteAllReactionsForEmoji': once((a) => a.channels.deleteAllReactionsForEmoji(D.general, X, 'bread:1300000000000000003', R)),
	'channels.getPins': once((a) => a.channels.getPins(D.general, { limit: 2 }, R), 'limit=2'),
	'channels.pinMessage': once((a) => a.channels.pinMessage(D.general, X, R)),
	'channels.unpinMessage': once((a) => a.channels.unpinMessage(D.general, X, R)),
	'channels.createThread': sends({ name: 'loaves', type: ChannelType.PublicThread } as const, (a, b) => a.channels.createThread(X, b, R)),
	'channels.startThreadFromMessage': sends({ name: 'crumbs' }, (a, b) => a.channels.startThreadFromMessage(D.general, X, b, R)),
	'channels.getPublicArchivedThreads': once((a) => a.channels.getPublicArchivedThreads(D.general, { limit: 3 }, R), 'limit=3'),
	'channels.getPrivateArchivedThreads': once((a) => a.channels.getPrivateArchivedThreads(D.general, {}, R)),
	'channels.getJoinedPrivateArchivedThreads': once((a) => a.channels.getJoinedPrivateArchivedThreads(D.general, {}, R)),

	'threads.join': once((a) => a.threads.join(D.thread, R)),
	'threads.leave': once((a) => a.threads.leave(D.thread, R)),
	'threads.addMember': once((a) => a.threads.addMember(D.thread, D.alice, R)),
	'threads.removeMember': once((a) => a.threads.removeMember(D.thread, D.alice, R)),
	'threads.getMember': once((a) => a.threads.getMember(D.thread, D.alice, { with_member: true }, R), 'with_member=true'),
	'threads.getMembers': once((a) => a.threads.getMembers(D.thread, { limit: 7 }, R), 'limit=7'),

	'guilds.get': once((a) => a.guilds.get(D.guild, { with_counts: true }, R), 'with_counts=true'),
	'guilds.getPreview': once((a) => a.guilds.getPreview(D.guild, R)),
	'guilds.edit': sends({ name: 'Bakery', icon: PNG }, (a, b) => a.guilds.edit(D.guild, b, R), { name: 'Bakery', icon: PNG_URI }),
	'guilds.getChannels': once((a) => a.guilds.getChannels(D.guild, R)),
	'guilds.createChannel': sends({ name: 'ovens', type: ChannelType.GuildText } as const, (a, b) => a.guilds.createChannel(D.guild, b, R)),
	'guilds.editChannelPositions': sends([{ id: D.general, position: 2 }], (a, b) => a.guilds.editChannelPositions(D.guild, b, R)),
	'guilds.getActiveThreads': once((a) => a.guilds.getActiveThreads(D.guild, R)),
	'guilds.getMember': once((a) => a.guilds.getMember(D.guild, D.alice, R)),
	'guilds.getMembers': once((a) => a.guilds.getMembers(D.guild, { limit: 10, after: '0' }, R), 'limit=10&after=0'),
	'guilds.searchMembers': once((a) => a.guilds.searchMembers(D.guild, { query: 'al', limit: 5 }, R), 'query=al&limit=5'),
	'guilds.addMember': sends({ access_token: 'user-access-token' }, (a, b) => a.guilds.addMember(D.guild, X, b, R)),
	'guilds.editMember': sends({ nick: 'Ally' }, (a, b) => a.guilds.editMember(D.guild, D.alice, b, R)),
	'guilds.editCurrentMember': sends({ nick: 'Baker', avatar: PNG }, (a, b) => a.guilds.editCurrentMember(D.guild, b, R), {
		nick: 'Baker',
		avatar: PNG_URI,
	}),
	'guilds.addMemberRole': once((a) => a.guilds.addMemberRole(D.guild, D.alice, X, R)),
	'guilds.removeMemberRole': once((a) => a.guilds.removeMemberRole(D.guild, D.alice, X, R)),
	'guilds.kickMember': once((a) => a.guilds.kickMember(D.guild, X, R)),
	'guilds.getBans': once((a) => a.guilds.getBans(D.guild, { limit: 4 }, R), 'limit=4'),
	'guilds.getBan': once((a) => a.guilds.getBan(D.guild, X, R)),
	'guilds.banMember': sends({ delete_message_seconds: 60 }, (a, b) => a.guilds.banMember(D.guild, X, b, R)),
	'guilds.unbanMember': once((a) => a.guilds.unbanMember(D.guild, X, R)),
	'guilds.bulkBan': sends({ user_ids: [X, Y] }, (a, b) => a.guilds.bulkBan(D.guild, b, R)),
	'guilds.getRoles': once((a) => a.guilds.getRoles(D.guild, R)),
	'guilds.getRole': once((a) => a.guilds.getRole(D.guild, D.moderatorRole, R)),
	'guilds.getRoleMemberCounts': once((a) => a.guilds.getRoleMemberCounts(D.guild, R)),
	'guilds.createRole': sends({ name: 'Bakers', icon: PNG }, (a, b) => a.guilds.createRole(D.guild, b, R), {
		name: 'Bakers',
		icon: PNG_URI,
	}),
	'guilds.editRolePositions': sends([{ id: D.moderatorRole, position: 1 }], (a, b) => a.guilds.editRolePositions(D.guild, b, R)),
	'guilds.editRole': sends({ name: 'Head bakers' }, (a, b) => a.guilds.editRole(D.guild, X, b, R)),
	'guilds.deleteRole': once((a) => a.guilds.deleteRole(D.guild, X, R)),
	'guilds.getPruneCount': once((a) => a.guilds.getPruneCount(D.guild, { days: 7 }, R), 'days=7'),
	'guilds.beginPrune': sends({ days: 30, compute_prune_count: false }, (a, b) => a.guilds.beginPrune(D.guild, b, R)),
	'guilds.getVoiceRegions': once((a) => a.guilds.getVoiceRegions(D.guild, R)),
	'guilds.getInvites': once((a) => a.guilds.getInvites(D.guild, R)),
	'guilds.getIntegrations': once((a) => a.guilds.getIntegrations(D.guild, R)),
	'guilds.deleteIntegration': once((a) => a.guilds.deleteIntegration(D.guild, X, R)),
	'guilds.getWidgetSettings': once((a) => a.guilds.getWidgetSettings(D.guild, R)),
	'guilds.editWidgetSettings': sends({ enabled: true }, (a, b) => a.guilds.editWidgetSettings(D.guild, b, R)),
	'guilds.getWidget': once((a) => a.guilds.getWidget(D.guild, R)),
	'guilds.getWidgetImage': once((a) => a.guilds.getWidgetImage(D.guild, { style: GuildWidgetStyle.Banner1 }, R), 'style=banner1'),
	'guilds.getVanityURL': once((a) => a.guilds.getVanityURL(D.guild, R)),
	'guilds.getWelcomeScreen': once((a) => a.guilds.getWelcomeScreen(D.guild, R)),
	'guilds.editWelcomeScreen': sends({ enabled: true, description: 'Welcome' }, (a, b) => a.guilds.editWelcomeScreen(D.guild, b, R)),
	'guilds.getOnboarding': once((a) => a.guilds.getOnboarding(D.guild, R)),
	'guilds.editOnboarding': sends({ enabled: false }, (a, b) => a.guilds.editOnboarding(D.guild, b, R)),
	'guilds.editIncidentActions': sends({ invites_disabled_until: null }, (a, b) => a.guilds.editIncidentActions(D.guild, b, R)),
	'guilds.searchMessages': once(
		(a) => a.guilds.searchMessages(D.guild, { content: 'bread', author_id: [D.alice, D.bob], limit: 5 }, R),
		`content=bread&author_id=${D.alice}&author_id=${D.bob}&limit=5`,
	),

	'interactions.createCallback': {
		calls: [(a) => a.interactions.createCallback(X, TOKEN, { type: InteractionResponseType.Pong }, { ...R, withResponse: true })],
		body: { type: InteractionResponseType.Pong },
		query: 'with_response=true',
	},
	'interactions.reply': sends({ content: 'hi' }, (a, b) => a.interactions.reply(X, TOKEN, b, R), {
		type: InteractionResponseType.ChannelMessageWithSource,
		data: { content: 'hi' },
	}),
	'interactions.defer': {
		calls: [(a) => a.interactions.defer(X, TOKEN, { ...R, ephemeral: true })],
		body: { type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: 64 } },
	},
	'interactions.deferUpdate': {
		calls: [(a) => a.interactions.deferUpdate(X, TOKEN, R)],
		body: { type: InteractionResponseType.DeferredMessageUpdate },
	},
	'interactions.update': sends({ content: 'updated' }, (a, b) => a.interactions.update(X, TOKEN, b, R), {
		type: InteractionResponseType.UpdateMessage,
		data: { content: 'updated' },
	}),
	'interactions.autocomplete': sends({ choices: [{ name: 'rye', value: 'rye' }] }, (a, b) => a.interactions.autocomplete(X, TOKEN, b, R), {
		type: InteractionResponseType.ApplicationCommandAutocompleteResult,
		data: { choices: [{ name: 'rye', value: 'rye' }] },
	}),
	'interactions.showModal': sends(modal, (a, b) => a.interactions.showModal(X, TOKEN, b, R), {
		type: InteractionResponseType.Modal,
		data: modal,
	}),
	'interactions.getOriginalResponse': once((a) => a.interactions.getOriginalResponse(APP, TOKEN, R)),
	'interactions.editReply': sends({ content: 'done' }, (a, b) => a.interactions.editReply(APP, TOKEN, b, R)),
	'interactions.deleteReply': once((a) => a.interactions.deleteReply(APP, TOKEN, R)),
	'interactions.followUp': sends({ content: 'more' }, (a, b) => a.interactions.followUp(APP, TOKEN, b, R)),
	'interactions.getFollowUp': once((a) => a.interactions.getFollowUp(APP, TOKEN, X, R)),
	'interactions.editFollowUp': sends({ content: 'more!' }, (a, b) => a.interactions.editFollowUp(APP, TOKEN, X, b, R)),
	'interactions.deleteFollowUp': once((a) => a.interactions.deleteFollowUp(APP, TOKEN, X, R)),

	'applicationCommands.getGlobal': once(
		(a) => a.applicationCommands.getGlobal(APP, { with_localizations: true }, R),
		'with_localizations=true',
	),
	'applicationCommands.getGlobalCommand': once((a) => a.applicationCommands.getGlobalCommand(APP, X, R)),
	'applicationCommands.createGlobal': sends(command, (a, b) => a.applicationCommands.createGlobal(APP, b, R)),
	'applicationCommands.editGlobal': sends({ description: 'Bake more' }, (a, b) => a.applicationCommands.editGlobal(APP, X, b, R)),
	'applicationCommands.deleteGlobal': once((a) => a.applicationCommands.deleteGlobal(APP, X, R)),
	'applicationCommands.bulkOverwriteGlobal': sends([command], (a, b) => a.applicationCommands.bulkOverwriteGlobal(APP, b, R)),
	'applicationCommands.getGuild': once((a) => a.applicationCommands.getGuild(APP, D.guild, {}, R)),
	'applicationCommands.getGuildCommand': once((a) => a.applicationCommands.getGuildCommand(APP, D.guild, X, R)),
	'applicationCommands.createGuild': sends(command, (a, b) => a.applicationCommands.createGuild(APP, D.guild, b, R)),
	'applicationCommands.editGuild': sends({ description: 'Bake here' }, (a, b) => a.applicationCommands.editGuild(APP, D.guild, X, b, R)),
	'applicationCommands.deleteGuild': once((a) => a.applicationCommands.deleteGuild(APP, D.guild, X, R)),
	'applicationCommands.bulkOverwriteGuild': sends([command], (a, b) => a.applicationCommands.bulkOverwriteGuild(APP, D.guild, b, R)),
	'applicationCommands.getGuildPermissions': once((a) => a.applicationCommands.getGuildPermissions(APP, D.guild, R)),
	'applicationCommands.getPermissions': once((a) => a.applicationCommands.getPermissions(APP, D.guild, X, R)),

	'applications.getCurrent': once((a) => a.applications.getCurrent(R)),
	'applications.editCurrent': sends({ description: 'Bakes', icon: PNG }, (a, b) => a.applications.editCurrent(b, R), {
		description: 'Bakes',
		icon: PNG_URI,
	}),
	'applications.getCurrentBotInformation': once((a) => a.applications.getCurrentBotInformation(R)),
	'applications.getActivityInstance': once((a) => a.applications.getActivityInstance(APP, 'i-1', R)),
	'applications.getRoleConnectionMetadata': once((a) => a.applications.getRoleConnectionMetadata(APP, R)),
	'applications.editRoleConnectionMetadata': sends([], (a, b) => a.applications.editRoleConnectionMetadata(APP, b, R)),

	'users.getCurrent': once((a) => a.users.getCurrent(R)),
	'users.editCurrent': sends({ username: 'oven', avatar: PNG }, (a, b) => a.users.editCurrent(b, R), { username: 'oven', avatar: PNG_URI }),
	'users.get': once((a) => a.users.get(D.alice, R)),
	'users.getCurrentGuilds': once((a) => a.users.getCurrentGuilds({ limit: 10 }, R), 'limit=10'),
	'users.leaveGuild': once((a) => a.users.leaveGuild(X, R)),
	'users.createDM': sends(D.alice, (a, id) => a.users.createDM(id, R), { recipient_id: D.alice }),

	'webhooks.create': sends({ name: 'oven', avatar: PNG }, (a, b) => a.webhooks.create(D.general, b, R), { name: 'oven', avatar: PNG_URI }),
	'webhooks.getChannelWebhooks': once((a) => a.webhooks.getChannelWebhooks(D.general, R)),
	'webhooks.getGuildWebhooks': once((a) => a.webhooks.getGuildWebhooks(D.guild, R)),
	'webhooks.get': once((a) => a.webhooks.get(X, R)),
	'webhooks.edit': sends({ name: 'oven 2', channel_id: D.staff }, (a, b) => a.webhooks.edit(X, b, R)),
	'webhooks.delete': once((a) => a.webhooks.delete(X, R)),
	'webhooks.getWithToken': once((a) => a.webhooks.getWithToken(X, TOKEN, R)),
	'webhooks.editWithToken': sends({ name: 'oven 3' }, (a, b) => a.webhooks.editWithToken(X, TOKEN, b, R)),
	'webhooks.deleteWithToken': once((a) => a.webhooks.deleteWithToken(X, TOKEN, R)),
	'webhooks.execute': {
		calls: [(a) => a.webhooks.execute(X, TOKEN, { content: 'hook', username: 'Baker' }, { ...R, threadId: D.thread })],
		body: { content: 'hook', username: 'Baker' },
		query: `wait=true&thread_id=${D.thread}`,
	},
	'webhooks.executeSlack': {
		calls: [(a) => a.webhooks.executeSlack(X, TOKEN, { text: 'slack' }, { ...R, wait: true })],
		body: { text: 'slack' },
		query: 'wait=true',
	},
	'webhooks.executeGitHub': {
		calls: [(a) => a.webhooks.executeGitHub(X, TOKEN, { action: 'opened', sender: GITHUB_SENDER }, { ...R, wait: false })],
		body: { action: 'opened', sender: GITHUB_SENDER },
		query: 'wait=false',
	},
	'webhooks.getMessage': {
		calls: [(a) => a.webhooks.getMessage(X, TOKEN, Y, R), (a) => a.webhooks.getMessage(X, TOKEN, '@original', R)],
	},
	'webhooks.editMessage': {
		calls: [
			(a) => a.webhooks.editMessage(X, TOKEN, Y, { content: 'e' }, R),
			(a) => a.webhooks.editMessage(X, TOKEN, '@original', { content: 'e' }, R),
		],
		body: { content: 'e' },
	},
	'webhooks.deleteMessage': {
		calls: [(a) => a.webhooks.deleteMessage(X, TOKEN, Y, R), (a) => a.webhooks.deleteMessage(X, TOKEN, '@original', R)],
	},

	'emojis.getGuildEmojis': once((a) => a.emojis.getGuildEmojis(D.guild, R)),
	'emojis.getGuildEmoji': once((a) => a.emojis.getGuildEmoji(D.guild, X, R)),
	'emojis.createGuildEmoji': sends({ name: 'bread', image: PNG }, (a, b) => a.emojis.createGuildEmoji(D.guild, b, R), {
		name: 'bread',
		image: PNG_URI,
	}),
	'emojis.editGuildEmoji': sends({ name: 'loaf' }, (a, b) => a.emojis.editGuildEmoji(D.guild, X, b, R)),
	'emojis.deleteGuildEmoji': once((a) => a.emojis.deleteGuildEmoji(D.guild, X, R)),
	'emojis.getApplicationEmojis': once((a) => a.emojis.getApplicationEmojis(APP, R)),
	'emojis.getApplicationEmoji': once((a) => a.emojis.getApplicationEmoji(APP, X, R)),
	'emojis.createApplicationEmoji': sends({ name: 'bun', image: PNG_URI }, (a, b) => a.emojis.createApplicationEmoji(APP, b, R)),
	'emojis.editApplicationEmoji': sends({ name: 'roll' }, (a, b) => a.emojis.editApplicationEmoji(APP, X, b, R)),
	'emojis.deleteApplicationEmoji': once((a) => a.emojis.deleteApplicationEmoji(APP, X, R)),

	'stickers.get': once((a) => a.stickers.get(X, R)),
	'stickers.getPacks': once((a) => a.stickers.getPacks(R)),
	'stickers.getPack': once((a) => a.stickers.getPack(X, R)),
	'stickers.getGuildStickers': once((a) => a.stickers.getGuildStickers(D.guild, R)),
	'stickers.getGuildSticker': once((a) => a.stickers.getGuildSticker(D.guild, X, R)),
	'stickers.createGuildSticker': sends({ name: 'loaf', description: 'a loaf', tags: 'bread' }, (a, b) =>
		a.stickers.createGuildSticker(D.guild, b, { name: 'loaf.png', data: PNG.data, contentType: 'image/png' }, R),
	),
	'stickers.editGuildSticker': sends({ name: 'loaf 2' }, (a, b) => a.stickers.editGuildSticker(D.guild, X, b, R)),
	'stickers.deleteGuildSticker': once((a) => a.stickers.deleteGuildSticker(D.guild, X, R)),

	'invites.get': once((a) => a.invites.get('bakery', { with_counts: true }, R), 'with_counts=true'),
	'invites.delete': once((a) => a.invites.delete('bakery', R)),
	'invites.getTargetUsers': once((a) => a.invites.getTargetUsers('bakery', R)),
	'invites.editTargetUsers': once((a) => a.invites.editTargetUsers('bakery', { name: 'users.csv', data: D.alice }, R)),
	'invites.getTargetUsersJobStatus': once((a) => a.invites.getTargetUsersJobStatus('bakery', R)),

	'auditLogs.get': once((a) => a.auditLogs.get(D.guild, { user_id: D.alice, limit: 50 }, R), `user_id=${D.alice}&limit=50`),

	'autoModeration.list': once((a) => a.autoModeration.list(D.guild, R)),
	'autoModeration.get': once((a) => a.autoModeration.get(D.guild, X, R)),
	'autoModeration.create': sends(
		{
			name: 'no spam',
			event_type: AutoModerationRuleEventType.MessageSend,
			trigger_type: AutoModerationRuleTriggerType.Keyword,
			trigger_metadata: { keyword_filter: ['spam'] },
			actions: [{ type: AutoModerationActionType.BlockMessage }],
		},
		(a, b) => a.autoModeration.create(D.guild, b, R),
	),
	'autoModeration.edit': sends({ enabled: false }, (a, b) => a.autoModeration.edit(D.guild, X, b, R)),
	'autoModeration.delete': once((a) => a.autoModeration.delete(D.guild, X, R)),

	'scheduledEvents.list': once((a) => a.scheduledEvents.list(D.guild, { with_user_count: true }, R), 'with_user_count=true'),
	'scheduledEvents.get': once((a) => a.scheduledEvents.get(D.guild, X, {}, R)),
	'scheduledEvents.create': sends(
		{
			name: 'Bake-off',
			privacy_level: GuildScheduledEventPrivacyLevel.GuildOnly,
			scheduled_start_time: '2030-01-01T10:00:00.000Z',
			scheduled_end_time: '2030-01-01T12:00:00.000Z',
			entity_type: GuildScheduledEventEntityType.External,
			entity_metadata: { location: 'The bakery' },
			image: PNG,
		},
		(a, b) => a.scheduledEvents.create(D.guild, b, R),
		{
			name: 'Bake-off',
			privacy_level: GuildScheduledEventPrivacyLevel.GuildOnly,
			scheduled_start_time: '2030-01-01T10:00:00.000Z',
			scheduled_end_time: '2030-01-01T12:00:00.000Z',
			entity_type: GuildScheduledEventEntityType.External,
			entity_metadata: { location: 'The bakery' },
			image: PNG_URI,
		},
	),
	'scheduledEvents.edit': sends({ name: 'Bake-off 2' }, (a, b) => a.scheduledEvents.edit(D.guild, X, b, R)),
	'scheduledEvents.delete': once((a) => a.scheduledEvents.delete(D.guild, X, R)),
	'scheduledEvents.getUsers': once(
		(a) => a.scheduledEvents.getUsers(D.guild, X, { limit: 3, with_member: true }, R),
		'limit=3&with_member=true',
	),

	'stageInstances.create': sends({ channel_id: X, topic: 'Baking live' }, (a, b) => a.stageInstances.create(b, R)),
	'stageInstances.get': once((a) => a.stageInstances.get(X, R)),
	'stageInstances.edit': sends({ topic: 'Still baking' }, (a, b) => a.stageInstances.edit(X, b, R)),
	'stageInstances.delete': once((a) => a.stageInstances.delete(X, R)),

	'polls.getAnswerVoters': once((a) => a.polls.getAnswerVoters(D.general, X, 1, { limit: 25 }, R), 'limit=25'),
	'polls.end': once((a) => a.polls.end(D.general, X, R)),

	'soundboard.sendSound': sends({ sound_id: X }, (a, b) => a.soundboard.sendSound(D.voice, b, R)),
	'soundboard.getDefaultSounds': once((a) => a.soundboard.getDefaultSounds(R)),
	'soundboard.getGuildSounds': once((a) => a.soundboard.getGuildSounds(D.guild, R)),
	'soundboard.getGuildSound': once((a) => a.soundboard.getGuildSound(D.guild, X, R)),
	'soundboard.createGuildSound': sends({ name: 'ding', sound: MP3 }, (a, b) => a.soundboard.createGuildSound(D.guild, b, R), {
		name: 'ding',
		sound: 'data:audio/mpeg;base64,SUQz',
	}),
	'soundboard.editGuildSound': sends({ volume: 0.5 }, (a, b) => a.soundboard.editGuildSound(D.guild, X, b, R)),
	'soundboard.deleteGuildSound': once((a) => a.soundboard.deleteGuildSound(D.guild, X, R)),

	'voice.getRegions': once((a) => a.voice.getRegions(R)),
	'voice.getCurrentState': once((a) => a.voice.getCurrentState(D.guild, R)),
	'voice.getState': once((a) => a.voice.getState(D.guild, D.alice, R)),
	'voice.editCurrentState': sends({ suppress: false }, (a, b) => a.voice.editCurrentState(D.guild, b, R)),
	'voice.editState': sends({ channel_id: D.voice, suppress: true }, (a, b) => a.voice.editState(D.guild, D.alice, b, R)),

	'templates.get': once((a) => a.templates.get('bakery-template', R)),
	'templates.list': once((a) => a.templates.list(D.guild, R)),
	'templates.create': sends({ name: 'Bakery' }, (a, b) => a.templates.create(D.guild, b, R)),
	'templates.sync': once((a) => a.templates.sync(D.guild, 'bakery-template', R)),
	'templates.edit': sends({ description: 'Fresh' }, (a, b) => a.templates.edit(D.guild, 'bakery-template', b, R)),
	'templates.delete': once((a) => a.templates.delete(D.guild, 'bakery-template', R)),

	'monetization.getSKUs': once((a) => a.monetization.getSKUs(APP, R)),
	'monetization.getEntitlements': once(
		(a) => a.monetization.getEntitlements(APP, { user_id: D.alice, exclude_ended: true }, R),
		`user_id=${D.alice}&exclude_ended=true`,
	),
	'monetization.getEntitlement': once((a) => a.monetization.getEntitlement(APP, X, R)),
	'monetization.consumeEntitlement': once((a) => a.monetization.consumeEntitlement(APP, X, R)),
	'monetization.createTestEntitlement': sends({ sku_id: X, owner_id: D.alice, owner_type: EntitlementOwnerType.User }, (a, b) =>
		a.monetization.createTestEntitlement(APP, b, R),
	),
	'monetization.deleteTestEntitlement': once((a) => a.monetization.deleteTestEntitlement(APP, X, R)),
	'monetization.getSKUSubscriptions': once((a) => a.monetization.getSKUSubscriptions(X, { user_id: D.alice }, R), `user_id=${D.alice}`),
	'monetization.getSKUSubscription': once((a) => a.monetization.getSKUSubscription(X, Y, R)),

	'gateway.get': once((a) => a.gateway.get(R)),
	'gateway.getBot': once((a) => a.gateway.getBot(R)),
};
