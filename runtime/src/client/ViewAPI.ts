import type {
	APIChannel,
	APIGuildMember,
	APIMessage,
	RESTGetAPIChannelMessagesQuery,
	RESTGetAPIGuildMembersQuery,
	RESTPatchAPIChannelMessageJSONBody,
	RESTPostAPIChannelMessageJSONBody,
	APIInteractionResponseCallbackData,
	APIModalInteractionResponseCallbackData,
	RESTPatchAPIWebhookWithTokenMessageJSONBody,
	RESTPostAPIWebhookWithTokenJSONBody,
} from 'discord-api-types/v10';

/**
 * The API methods views call: a structural subset of {@link API} (runtime/src/api), which
 * the client passes. Any object with these methods serves.
 */
export interface ViewAPI {
	readonly channels: {
		createMessage(channelId: string, body: RESTPostAPIChannelMessageJSONBody): Promise<APIMessage>;
		editMessage(channelId: string, messageId: string, body: RESTPatchAPIChannelMessageJSONBody): Promise<APIMessage>;
		deleteMessage(channelId: string, messageId: string): Promise<unknown>;
		addReaction(channelId: string, messageId: string, emoji: string): Promise<unknown>;
		getMessages(channelId: string, query?: RESTGetAPIChannelMessagesQuery): Promise<APIMessage[]>;
		getMessage(channelId: string, messageId: string): Promise<APIMessage>;
	};
	readonly guilds: {
		getMember(guildId: string, userId: string): Promise<APIGuildMember>;
		getMembers(guildId: string, query?: RESTGetAPIGuildMembersQuery): Promise<APIGuildMember[]>;
		addMemberRole(guildId: string, userId: string, roleId: string, options?: { readonly reason?: string }): Promise<unknown>;
		removeMemberRole(guildId: string, userId: string, roleId: string, options?: { readonly reason?: string }): Promise<unknown>;
	};
	readonly interactions: {
		reply(interactionId: string, token: string, data: APIInteractionResponseCallbackData): Promise<unknown>;
		defer(interactionId: string, token: string, options?: { readonly ephemeral?: boolean }): Promise<unknown>;
		update(interactionId: string, token: string, data: APIInteractionResponseCallbackData): Promise<unknown>;
		deferUpdate(interactionId: string, token: string): Promise<unknown>;
		showModal(interactionId: string, token: string, data: APIModalInteractionResponseCallbackData): Promise<unknown>;
		editReply(applicationId: string, token: string, body: RESTPatchAPIWebhookWithTokenMessageJSONBody): Promise<APIMessage>;
		followUp(applicationId: string, token: string, body: RESTPostAPIWebhookWithTokenJSONBody): Promise<APIMessage>;
	};
	readonly users: {
		createDM(userId: string): Promise<APIChannel>;
	};
}
