import type { APIChannel, GatewayDispatchPayload } from 'discord-api-types/v10';
import type { CachedMessage, CachedRole, CachedVoiceState } from '../cache/index.js';
import type { Snowflake } from './Snowflake.js';
import type { _ViewContext } from './_viewContext.js';
import type { MemberRecord } from './views/Member.js';
import type { Message } from './views/Message.js';
import type { PartialMessage } from './views/PartialMessage.js';
import type { GuildRecord } from './views/Guild.js';
import type { ChannelRecord } from './views/Channel.js';

/**
 * What the cache held before a dispatch that removes or replaces it: the deleted message,
 * role, guild, thread or member, and the previous voice state. Read only when the event has
 * listeners. @internal
 */
export type _Snapshot =
	| { readonly message: CachedMessage | undefined }
	| { readonly messages: readonly (CachedMessage | undefined)[] }
	| { readonly role: CachedRole | undefined }
	| { readonly guild: GuildRecord | undefined }
	| { readonly channel: ChannelRecord | undefined }
	| { readonly member: MemberRecord | undefined }
	| { readonly voiceState: CachedVoiceState | undefined }
	| undefined;

/** The cached records `payload` is about to remove or replace. @internal */
export function _snapshot(ctx: _ViewContext, payload: GatewayDispatchPayload): _Snapshot {
	const cache = ctx.cache;
	if (cache === undefined) return undefined;
	switch (payload.t) {
		case 'MESSAGE_DELETE':
			return { message: cache.messages.get(payload.d.channel_id, payload.d.id) };
		case 'MESSAGE_DELETE_BULK':
			return { messages: payload.d.ids.map((id) => cache.messages.get(payload.d.channel_id, id)) };
		case 'GUILD_ROLE_DELETE':
			return { role: cache.roles.get(payload.d.role_id) };
		case 'GUILD_DELETE':
			return { guild: cache.guilds.get(payload.d.id) };
		case 'THREAD_DELETE':
			return { channel: cache.channels.get(payload.d.id) };
		case 'GUILD_MEMBER_REMOVE':
			return { member: cache.members.get(payload.d.guild_id, payload.d.user.id) };
		case 'VOICE_STATE_UPDATE':
			return payload.d.guild_id === undefined ? undefined : { voiceState: cache.voiceStates.get(payload.d.guild_id, payload.d.user_id) };
		default:
			return undefined;
	}
}

/** The message a reaction or vote event is about: whole when cached, else by ids. */
function messageOf(ctx: _ViewContext, channelId: string, id: string, guildId: string | undefined): Message | PartialMessage {
	const cached = ctx.cache?.messages.get(channelId, id);
	return cached === undefined ? ctx.make.partialMessage(channelId, id, guildId) : ctx.make.message(cached, guildId);
}

const guildOf = (ctx: _ViewContext, id: string | undefined) => (id === undefined ? undefined : ctx.make.guild(id));

/**
 * What a dispatch's listeners receive: the structure for every dispatch that carries an entity
 * (the table `ViewEvents`), Discord's data for the others.
 * @internal
 */
export function _dispatchArgument(ctx: _ViewContext, payload: GatewayDispatchPayload, before: _Snapshot): unknown {
	const { make } = ctx;
	switch (payload.t) {
		case 'MESSAGE_CREATE':
		case 'MESSAGE_UPDATE':
			return make.message(payload.d);
		case 'MESSAGE_DELETE': {
			const cached = before !== undefined && 'message' in before ? before.message : undefined;
			const { channel_id: channelId, id, guild_id: guildId } = payload.d;
			return cached === undefined ? make.partialMessage(channelId, id, guildId) : make.message(cached, guildId);
		}
		case 'MESSAGE_DELETE_BULK': {
			const cached = before !== undefined && 'messages' in before ? before.messages : [];
			const { channel_id: channelId, guild_id: guildId, ids } = payload.d;
			return {
				channel: make.channel(channelId, undefined, guildId),
				guild: guildOf(ctx, guildId),
				messages: ids.map((id, i) => {
					const record = cached[i];
					return record === undefined ? make.partialMessage(channelId, id, guildId) : make.message(record, guildId);
				}),
			};
		}
		case 'MESSAGE_REACTION_ADD':
		case 'MESSAGE_REACTION_REMOVE':
		case 'MESSAGE_REACTION_REMOVE_EMOJI': {
			const { channel_id: channelId, message_id: messageId, guild_id: guildId } = payload.d;
			return make.reaction(messageOf(ctx, channelId, messageId, guildId), payload.d);
		}
		case 'MESSAGE_REACTION_REMOVE_ALL':
			return messageOf(ctx, payload.d.channel_id, payload.d.message_id, payload.d.guild_id);
		case 'MESSAGE_POLL_VOTE_ADD':
		case 'MESSAGE_POLL_VOTE_REMOVE': {
			const { channel_id: channelId, message_id: messageId, guild_id: guildId, user_id: userId, answer_id: answerId } = payload.d;
			const user = make.user(ctx.cache?.users.get(userId) ?? { id: userId });
			return { message: messageOf(ctx, channelId, messageId, guildId), user, answerId, guild: guildOf(ctx, guildId) };
		}
		case 'INTERACTION_CREATE':
			return make.interaction(payload.d);
		case 'GUILD_CREATE':
		case 'GUILD_UPDATE':
			return make.guild(payload.d.id, payload.d);
		case 'GUILD_DELETE': {
			const cached = before !== undefined && 'guild' in before ? before.guild : undefined;
			return make.guild(payload.d.id, cached);
		}
		case 'GUILD_MEMBER_ADD':
		case 'GUILD_MEMBER_UPDATE':
			return make.member(payload.d.guild_id, payload.d.user.id, payload.d, payload.d.user);
		case 'GUILD_MEMBER_REMOVE': {
			const cached = before !== undefined && 'member' in before ? before.member : undefined;
			return make.member(payload.d.guild_id, payload.d.user.id, cached, payload.d.user);
		}
		case 'GUILD_MEMBERS_CHUNK': {
			const { guild_id: guildId, members, chunk_index: chunkIndex, chunk_count: chunkCount, not_found: notFound, nonce } = payload.d;
			return {
				guild: make.guild(guildId),
				members: members.map((member) => make.member(guildId, member.user.id, member, member.user)),
				chunkIndex,
				chunkCount,
				notFound: (notFound ?? []) as Snowflake<'User'>[],
				nonce,
			};
		}
		case 'GUILD_ROLE_CREATE':
		case 'GUILD_ROLE_UPDATE':
			return make.role(payload.d.role, payload.d.guild_id);
		case 'GUILD_ROLE_DELETE': {
			const cached = before !== undefined && 'role' in before ? before.role : undefined;
			const { guild_id: guildId, role_id: id } = payload.d;
			return { id, guild: make.guild(guildId), role: cached === undefined ? undefined : make.role(cached, guildId) };
		}
		case 'GUILD_BAN_ADD':
		case 'GUILD_BAN_REMOVE':
			return make.ban(payload.d.guild_id, { user: payload.d.user, reason: null });
		case 'GUILD_EMOJIS_UPDATE':
			return { guild: make.guild(payload.d.guild_id), emojis: payload.d.emojis.map((emoji) => make.emoji(emoji, payload.d.guild_id)) };
		case 'GUILD_STICKERS_UPDATE':
			return { guild: make.guild(payload.d.guild_id), stickers: payload.d.stickers.map((sticker) => make.sticker(sticker)) };
		case 'GUILD_SCHEDULED_EVENT_CREATE':
		case 'GUILD_SCHEDULED_EVENT_UPDATE':
		case 'GUILD_SCHEDULED_EVENT_DELETE':
			return make.scheduledEvent(payload.d);
		case 'GUILD_SCHEDULED_EVENT_USER_ADD':
		case 'GUILD_SCHEDULED_EVENT_USER_REMOVE': {
			const { guild_id: guildId, guild_scheduled_event_id: eventId, user_id: userId } = payload.d;
			const guild = make.guild(guildId);
			return {
				guild,
				eventId,
				event: guild.scheduledEvents.get(eventId as Snowflake<'ScheduledEvent'>),
				user: make.user(ctx.cache?.users.get(userId) ?? { id: userId }),
			};
		}
		case 'GUILD_AUDIT_LOG_ENTRY_CREATE':
			return make.auditLog({
				audit_log_entries: [payload.d],
				users: [],
				webhooks: [],
				threads: [],
				integrations: [],
				guild_scheduled_events: [],
				application_commands: [],
				auto_moderation_rules: [],
			}).entries[0];
		case 'CHANNEL_CREATE':
		case 'CHANNEL_UPDATE':
		case 'CHANNEL_DELETE':
		case 'THREAD_CREATE':
		case 'THREAD_UPDATE':
			return make.channel(payload.d.id, payload.d);
		case 'THREAD_DELETE': {
			const cached = before !== undefined && 'channel' in before ? before.channel : undefined;
			return make.channel(payload.d.id, cached ?? (payload.d as unknown as APIChannel), payload.d.guild_id);
		}
		case 'CHANNEL_PINS_UPDATE': {
			const { channel_id: channelId, guild_id: guildId, last_pin_timestamp: at } = payload.d;
			return {
				channel: make.channel(channelId, undefined, guildId),
				guild: guildOf(ctx, guildId),
				lastPinAt: at == null ? null : new Date(at),
			};
		}
		case 'THREAD_LIST_SYNC': {
			const { guild_id: guildId, channel_ids: channelIds, threads, members } = payload.d;
			return {
				guild: make.guild(guildId),
				channelIds,
				threads: threads.map((thread) => make.channel(thread.id, thread, guildId)),
				members,
			};
		}
		case 'THREAD_MEMBERS_UPDATE': {
			const { id, guild_id: guildId, member_count: memberCount, added_members: added = [], removed_member_ids: removed = [] } = payload.d;
			return {
				thread: make.channel(id, undefined, guildId),
				guild: make.guild(guildId),
				memberCount,
				addedMembers: added.flatMap((member) => {
					const userId = member.user_id ?? member.member?.user.id;
					return userId === undefined ? [] : [make.member(guildId, userId, member.member, member.member?.user)];
				}),
				removedMemberIds: removed,
			};
		}
		case 'THREAD_MEMBER_UPDATE':
			return { thread: make.channel(payload.d.id ?? '', undefined, payload.d.guild_id), member: payload.d };
		case 'STAGE_INSTANCE_CREATE':
		case 'STAGE_INSTANCE_UPDATE':
		case 'STAGE_INSTANCE_DELETE':
			return make.stageInstance(payload.d);
		case 'AUTO_MODERATION_RULE_CREATE':
		case 'AUTO_MODERATION_RULE_UPDATE':
		case 'AUTO_MODERATION_RULE_DELETE':
			return make.autoModerationRule(payload.d);
		case 'AUTO_MODERATION_ACTION_EXECUTION':
			return make.autoModerationActionExecution(payload.d);
		case 'VOICE_STATE_UPDATE': {
			const previous = before !== undefined && 'voiceState' in before ? before.voiceState : undefined;
			return make.voiceState(payload.d.guild_id ?? '', payload.d, previous);
		}
		case 'PRESENCE_UPDATE':
			return make.presence(payload.d);
		case 'TYPING_START': {
			const { channel_id: channelId, guild_id: guildId, user_id: userId, member, timestamp } = payload.d;
			return {
				channel: make.channel(channelId, undefined, guildId),
				guild: guildOf(ctx, guildId),
				user: make.user(member?.user ?? ctx.cache?.users.get(userId) ?? { id: userId }),
				member: guildId === undefined ? undefined : make.member(guildId, userId, member, member?.user),
				startedAt: new Date(timestamp * 1000),
			};
		}
		case 'INVITE_CREATE':
		case 'INVITE_DELETE':
			return make.invite(payload.d);
		case 'WEBHOOKS_UPDATE':
			return { channel: make.channel(payload.d.channel_id, undefined, payload.d.guild_id), guild: make.guild(payload.d.guild_id) };
		case 'USER_UPDATE':
			return make.user(payload.d);
		default:
			return payload.d;
	}
}
