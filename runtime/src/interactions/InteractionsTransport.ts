import type {
	APIApplicationCommand,
	RESTPatchAPIWebhookWithTokenMessageJSONBody,
	RESTPostAPIApplicationCommandsJSONBody,
	RESTPostAPIInteractionCallbackJSONBody,
	RESTPostAPIWebhookWithTokenJSONBody,
} from 'discord-api-types/v10';

/**
 * The part of the `API` class (`ovenjs`'s `new API(rest)`) this module sends through. Any
 * `API` instance satisfies it; tests and other transports can too.
 */
export interface InteractionsTransport {
	readonly interactions: {
		/** `POST /interactions/{id}/{token}/callback` with any callback type. */
		createCallback(interactionId: string, interactionToken: string, body: RESTPostAPIInteractionCallbackJSONBody): Promise<unknown>;
		/** `PATCH /webhooks/{application_id}/{token}/messages/@original`. */
		editReply(applicationId: string, interactionToken: string, body: RESTPatchAPIWebhookWithTokenMessageJSONBody): Promise<unknown>;
		/** `POST /webhooks/{application_id}/{token}`. */
		followUp(applicationId: string, interactionToken: string, body: RESTPostAPIWebhookWithTokenJSONBody): Promise<unknown>;
	};
	readonly applicationCommands: {
		getGlobal(applicationId: string): Promise<readonly APIApplicationCommand[]>;
		bulkOverwriteGlobal(applicationId: string, body: RESTPostAPIApplicationCommandsJSONBody[]): Promise<unknown>;
		getGuild(applicationId: string, guildId: string): Promise<readonly APIApplicationCommand[]>;
		bulkOverwriteGuild(applicationId: string, guildId: string, body: RESTPostAPIApplicationCommandsJSONBody[]): Promise<unknown>;
	};
}
