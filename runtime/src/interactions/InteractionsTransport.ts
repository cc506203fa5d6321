import type { APIApplicationCommand, RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';

/**
 * The part of the `API` class (`ovenjs`'s `new API(rest)`) `syncCommands` sends through. Any
 * `API` instance satisfies it; tests and other transports can too.
 */
export interface InteractionsTransport {
	readonly applicationCommands: {
		getGlobal(applicationId: string): Promise<readonly APIApplicationCommand[]>;
		bulkOverwriteGlobal(applicationId: string, body: RESTPostAPIApplicationCommandsJSONBody[]): Promise<unknown>;
		getGuild(applicationId: string, guildId: string): Promise<readonly APIApplicationCommand[]>;
		bulkOverwriteGuild(applicationId: string, guildId: string, body: RESTPostAPIApplicationCommandsJSONBody[]): Promise<unknown>;
	};
}
