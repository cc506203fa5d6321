import {
	type APIAuditLog,
	type APIAutoModerationRule,
	type APIBan,
	type APIInteraction,
	type APIStageInstance,
	type GatewayAutoModerationActionExecutionDispatchData,
	type APIUser,
	type APIWebhook,
	ApplicationCommandType,
	ComponentType,
	InteractionType,
} from 'discord-api-types/v10';
import { AuditLog } from './views/AuditLog.js';
import { AutoModerationActionExecution } from './views/AutoModerationActionExecution.js';
import { AutoModerationRule } from './views/AutoModerationRule.js';
import { Ban } from './views/Ban.js';
import { BaseInteraction } from './views/BaseInteraction.js';
import { Channel, type ChannelRecord } from './views/Channel.js';
import { ClientUser } from './views/ClientUser.js';
import {
	AutocompleteInteraction,
	ChatInputCommandInteraction,
	MessageContextMenuCommandInteraction,
	UserContextMenuCommandInteraction,
} from './views/CommandInteraction.js';
import {
	ButtonInteraction,
	ChannelSelectMenuInteraction,
	MentionableSelectMenuInteraction,
	MessageComponentInteraction,
	RoleSelectMenuInteraction,
	StringSelectMenuInteraction,
	UserSelectMenuInteraction,
} from './views/ComponentInteraction.js';
import { Emoji, type EmojiRecord } from './views/Emoji.js';
import { Guild, type GuildRecord } from './views/Guild.js';
import type { Interaction } from './views/Interaction.js';
import { Invite, type InviteRecord } from './views/Invite.js';
import { Member, type MemberRecord } from './views/Member.js';
import { Message, type MessageRecord } from './views/Message.js';
import { MessageReaction, type ReactionRecord } from './views/MessageReaction.js';
import { ModalSubmitInteraction } from './views/ModalSubmitInteraction.js';
import { PartialMessage } from './views/PartialMessage.js';
import { Presence, type PresenceRecord } from './views/Presence.js';
import { StageInstance } from './views/StageInstance.js';
import { Role, type RoleRecord } from './views/Role.js';
import { ScheduledEvent, type ScheduledEventRecord } from './views/ScheduledEvent.js';
import { Sticker, type StickerRecord } from './views/Sticker.js';
import { User, type UserRecord } from './views/User.js';
import { VoiceState, type VoiceStateRecord } from './views/VoiceState.js';
import { Webhook } from './views/Webhook.js';
import type { _ViewContext } from './_viewContext.js';

/**
 * Makes every structure. Views ask the context for the structures they return (`ctx.make.guild(id)`)
 * instead of importing each other's classes, so this module alone knows the whole graph.
 * @internal
 */
export interface _Structures {
	user(raw: UserRecord): User;
	clientUser(raw: APIUser): ClientUser;
	member(guildId: string, userId: string, record?: MemberRecord, user?: UserRecord): Member;
	guild(id: string, record?: GuildRecord): Guild;
	channel(id: string, record?: ChannelRecord, guildId?: string): Channel;
	message(raw: MessageRecord, guildId?: string): Message;
	partialMessage(channelId: string, id: string, guildId?: string): PartialMessage;
	role(raw: RoleRecord, guildId: string): Role;
	emoji(raw: EmojiRecord, guildId: string | undefined): Emoji;
	sticker(raw: StickerRecord): Sticker;
	invite(raw: InviteRecord): Invite;
	ban(guildId: string, raw: APIBan): Ban;
	scheduledEvent(raw: ScheduledEventRecord): ScheduledEvent;
	autoModerationRule(raw: Readonly<APIAutoModerationRule>): AutoModerationRule;
	voiceState(guildId: string, raw: VoiceStateRecord, previous?: VoiceStateRecord): VoiceState;
	webhook(raw: APIWebhook): Webhook;
	auditLog(raw: APIAuditLog): AuditLog;
	reaction(message: PartialMessage, raw: ReactionRecord): MessageReaction;
	presence(raw: PresenceRecord): Presence;
	stageInstance(raw: Readonly<APIStageInstance>): StageInstance;
	autoModerationActionExecution(raw: GatewayAutoModerationActionExecutionDispatchData): AutoModerationActionExecution;
	interaction(raw: APIInteraction): Interaction;
}

/** The interaction class for a payload (a `BaseInteraction` for types the gateway does not send). */
function interaction(ctx: _ViewContext, raw: APIInteraction): Interaction {
	switch (raw.type) {
		case InteractionType.ApplicationCommand:
			if (raw.data.type === ApplicationCommandType.ChatInput) return new ChatInputCommandInteraction(ctx, raw as never);
			if (raw.data.type === ApplicationCommandType.User) return new UserContextMenuCommandInteraction(ctx, raw as never);
			return new MessageContextMenuCommandInteraction(ctx, raw as never);
		case InteractionType.MessageComponent:
			switch (raw.data.component_type) {
				case ComponentType.Button:
					return new ButtonInteraction(ctx, raw as never);
				case ComponentType.StringSelect:
					return new StringSelectMenuInteraction(ctx, raw as never);
				case ComponentType.UserSelect:
					return new UserSelectMenuInteraction(ctx, raw as never);
				case ComponentType.RoleSelect:
					return new RoleSelectMenuInteraction(ctx, raw as never);
				case ComponentType.MentionableSelect:
					return new MentionableSelectMenuInteraction(ctx, raw as never);
				case ComponentType.ChannelSelect:
					return new ChannelSelectMenuInteraction(ctx, raw as never);
				default:
					return new MessageComponentInteraction(ctx, raw) as ButtonInteraction;
			}
		case InteractionType.ApplicationCommandAutocomplete:
			return new AutocompleteInteraction(ctx, raw);
		case InteractionType.ModalSubmit:
			return new ModalSubmitInteraction(ctx, raw);
		default:
			return new BaseInteraction(ctx, raw) as unknown as Interaction;
	}
}

/** What a view context needs besides the factory. @internal */
export type _ViewContextInit = Omit<_ViewContext, 'make'>;

/** Makes the view context every structure of one client (or one interaction handler) shares. @internal */
export function _createViewContext(init: _ViewContextInit): _ViewContext {
	const make: _Structures = {
		user: (raw) => new User(ctx, raw),
		clientUser: (raw) => new ClientUser(ctx, raw),
		member: (guildId, userId, record, user) => new Member(ctx, guildId, userId, record, user),
		guild: (id, record) => new Guild(ctx, id, record),
		channel: (id, record, guildId) => new Channel(ctx, id, record, guildId),
		message: (raw, guildId) => new Message(ctx, raw, guildId),
		partialMessage: (channelId, id, guildId) => new PartialMessage(ctx, channelId, id, guildId),
		role: (raw, guildId) => new Role(ctx, raw, guildId),
		emoji: (raw, guildId) => new Emoji(ctx, raw, guildId),
		sticker: (raw) => new Sticker(ctx, raw),
		invite: (raw) => new Invite(ctx, raw),
		ban: (guildId, raw) => new Ban(ctx, guildId, raw),
		scheduledEvent: (raw) => new ScheduledEvent(ctx, raw),
		autoModerationRule: (raw) => new AutoModerationRule(ctx, raw),
		voiceState: (guildId, raw, previous) => new VoiceState(ctx, guildId, raw, previous),
		webhook: (raw) => new Webhook(ctx, raw),
		auditLog: (raw) => new AuditLog(ctx, raw),
		reaction: (message, raw) => new MessageReaction(ctx, message, raw),
		presence: (raw) => new Presence(ctx, raw),
		stageInstance: (raw) => new StageInstance(ctx, raw),
		autoModerationActionExecution: (raw) => new AutoModerationActionExecution(ctx, raw),
		interaction: (raw) => interaction(ctx, raw),
	};
	const ctx: _ViewContext = { ...init, make };
	return ctx;
}
