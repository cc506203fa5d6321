import type {
	RESTDeleteAPIChannelMessageResult,
	RESTDeleteAPIChannelResult,
	RESTGetAPIApplicationCommandsResult,
	RESTGetAPIChannelMessageResult,
	RESTGetAPIChannelMessagesResult,
	RESTGetAPIChannelResult,
	RESTGetAPICurrentUserResult,
	RESTGetAPIGatewayBotResult,
	RESTGetAPIGatewayResult,
	RESTGetAPIGuildChannelsResult,
	RESTGetAPIGuildMemberResult,
	RESTGetAPIGuildResult,
	RESTGetAPIGuildRolesResult,
	RESTGetAPIUserResult,
	RESTPatchAPIChannelJSONBody,
	RESTPatchAPIChannelMessageJSONBody,
	RESTPatchAPIChannelMessageResult,
	RESTPatchAPIChannelResult,
	RESTPatchAPIWebhookWithTokenMessageJSONBody,
	RESTPatchAPIWebhookWithTokenMessageResult,
	RESTPostAPIApplicationCommandsJSONBody,
	RESTPostAPIApplicationCommandsResult,
	RESTPostAPIChannelMessageJSONBody,
	RESTPostAPIChannelMessageResult,
	RESTPostAPIGuildRoleJSONBody,
	RESTPostAPIGuildRoleResult,
	RESTPostAPIInteractionCallbackJSONBody,
	RESTPostAPIWebhookWithTokenJSONBody,
	RESTPostAPIWebhookWithTokenWaitResult,
	RESTPutAPIApplicationCommandsJSONBody,
	RESTPutAPIApplicationCommandsResult,
	RESTPutAPIChannelMessageReactionResult,
} from 'discord-api-types/v10';

/**
 * `true` when `S` is one path segment (no `/`). `Routes.channel(id)` has the type
 * `` `/channels/${string}` ``, and `${string}` would otherwise swallow deeper routes too.
 */
type OneSegment<S extends string> = S extends `${string}/${string}` ? false : true;

/** The result type of `GET route`; `unknown` for routes not in the typed map. */
export type GetResult<R extends string> = R extends `/channels/${string}/messages/${infer M}`
	? OneSegment<M> extends true
		? RESTGetAPIChannelMessageResult
		: unknown
	: R extends `/channels/${infer C}/messages`
		? OneSegment<C> extends true
			? RESTGetAPIChannelMessagesResult
			: unknown
		: R extends `/channels/${infer C}`
			? OneSegment<C> extends true
				? RESTGetAPIChannelResult
				: unknown
			: R extends `/guilds/${infer G}/channels`
				? OneSegment<G> extends true
					? RESTGetAPIGuildChannelsResult
					: unknown
				: R extends `/guilds/${infer G}/roles`
					? OneSegment<G> extends true
						? RESTGetAPIGuildRolesResult
						: unknown
					: R extends `/guilds/${infer G}/members/${infer U}`
						? [OneSegment<G>, OneSegment<U>] extends [true, true]
							? RESTGetAPIGuildMemberResult
							: unknown
						: R extends `/guilds/${infer G}`
							? OneSegment<G> extends true
								? RESTGetAPIGuildResult
								: unknown
							: R extends '/users/@me'
								? RESTGetAPICurrentUserResult
								: R extends `/users/${infer U}`
									? OneSegment<U> extends true
										? RESTGetAPIUserResult
										: unknown
									: R extends '/gateway/bot'
										? RESTGetAPIGatewayBotResult
										: R extends '/gateway'
											? RESTGetAPIGatewayResult
											: R extends `/applications/${infer A}/commands`
												? OneSegment<A> extends true
													? RESTGetAPIApplicationCommandsResult
													: unknown
												: unknown;

/** Body and result of `POST route`; `unknown` for routes not in the typed map. */
export type PostRoute<R extends string> = R extends `/channels/${infer C}/messages`
	? OneSegment<C> extends true
		? { body: RESTPostAPIChannelMessageJSONBody; result: RESTPostAPIChannelMessageResult }
		: { body: unknown; result: unknown }
	: R extends `/interactions/${string}/${string}/callback`
		? { body: RESTPostAPIInteractionCallbackJSONBody; result: unknown }
		: R extends `/webhooks/${infer W}/${infer T}`
			? [OneSegment<W>, OneSegment<T>] extends [true, true]
				? { body: RESTPostAPIWebhookWithTokenJSONBody; result: RESTPostAPIWebhookWithTokenWaitResult | undefined }
				: { body: unknown; result: unknown }
			: R extends `/guilds/${infer G}/roles`
				? OneSegment<G> extends true
					? { body: RESTPostAPIGuildRoleJSONBody; result: RESTPostAPIGuildRoleResult }
					: { body: unknown; result: unknown }
				: R extends `/applications/${infer A}/commands`
					? OneSegment<A> extends true
						? { body: RESTPostAPIApplicationCommandsJSONBody; result: RESTPostAPIApplicationCommandsResult }
						: { body: unknown; result: unknown }
					: { body: unknown; result: unknown };

/** Body and result of `PATCH route`; `unknown` for routes not in the typed map. */
export type PatchRoute<R extends string> = R extends `/channels/${infer C}/messages/${infer M}`
	? [OneSegment<C>, OneSegment<M>] extends [true, true]
		? { body: RESTPatchAPIChannelMessageJSONBody; result: RESTPatchAPIChannelMessageResult }
		: { body: unknown; result: unknown }
	: R extends `/channels/${infer C}`
		? OneSegment<C> extends true
			? { body: RESTPatchAPIChannelJSONBody; result: RESTPatchAPIChannelResult }
			: { body: unknown; result: unknown }
		: R extends `/webhooks/${string}/${string}/messages/${infer M}`
			? OneSegment<M> extends true
				? { body: RESTPatchAPIWebhookWithTokenMessageJSONBody; result: RESTPatchAPIWebhookWithTokenMessageResult }
				: { body: unknown; result: unknown }
			: { body: unknown; result: unknown };

/** Body and result of `PUT route`; `unknown` for routes not in the typed map. */
export type PutRoute<R extends string> = R extends `/channels/${string}/messages/${string}/reactions/${string}/@me`
	? { body: never; result: RESTPutAPIChannelMessageReactionResult }
	: R extends `/applications/${infer A}/commands`
		? OneSegment<A> extends true
			? { body: RESTPutAPIApplicationCommandsJSONBody; result: RESTPutAPIApplicationCommandsResult }
			: { body: unknown; result: unknown }
		: { body: unknown; result: unknown };

/** The result of `DELETE route`; `unknown` for routes not in the typed map. */
export type DeleteResult<R extends string> = R extends `/channels/${infer C}/messages/${infer M}`
	? [OneSegment<C>, OneSegment<M>] extends [true, true]
		? RESTDeleteAPIChannelMessageResult
		: unknown
	: R extends `/channels/${infer C}`
		? OneSegment<C> extends true
			? RESTDeleteAPIChannelResult
			: unknown
		: unknown;
