import type {
	APIChatInputApplicationCommandInteraction,
	APIMessage,
	APIMessageApplicationCommandInteraction,
	APIUser,
	APIUserApplicationCommandInteraction,
	APIInteractionDataResolvedGuildMember,
} from 'discord-api-types/v10';
import type { InteractionContextInit } from './InteractionContext.js';
import type { InferOptions, OptionMap, OptionMembers } from './option.js';
import { RepliableContext } from './RepliableContext.js';
import { optionPath, readOptions } from './_readOptions.js';

/** A chat-input (slash) command being run, with its options typed from the definition. */
export class CommandContext<O extends OptionMap = OptionMap> extends RepliableContext<APIChatInputApplicationCommandInteraction> {
	/** The options, typed from the definition: users, channels, roles and attachments resolved. */
	readonly options: InferOptions<O>;
	/** Guild members of user and mentionable options, by option name. */
	readonly members: OptionMembers<O>;
	/** The subcommand group, if any. */
	readonly group: string | undefined;
	/** The subcommand, if any. */
	readonly subcommand: string | undefined;

	constructor(init: InteractionContextInit<APIChatInputApplicationCommandInteraction>) {
		super(init);
		const path = optionPath(init.interaction.data.options);
		const { values, members } = readOptions(path.options, init.interaction.data.resolved);
		this.options = values as InferOptions<O>;
		this.members = members as OptionMembers<O>;
		this.group = path.group;
		this.subcommand = path.subcommand;
	}

	/** The command's name. */
	get commandName(): string {
		return this.interaction.data.name;
	}
}

/** A user context-menu command being run. */
export class UserCommandContext extends RepliableContext<APIUserApplicationCommandInteraction> {
	/** The user it was run on. */
	get targetUser(): APIUser {
		const data = this.interaction.data;
		return (data.resolved as Partial<typeof data.resolved> | undefined)?.users?.[data.target_id] ?? ({ id: data.target_id } as APIUser);
	}

	/** Their guild member, in guilds. */
	get targetMember(): APIInteractionDataResolvedGuildMember | undefined {
		const data = this.interaction.data;
		return (data.resolved as Partial<typeof data.resolved> | undefined)?.members?.[data.target_id];
	}
}

/** A message context-menu command being run. */
export class MessageCommandContext extends RepliableContext<APIMessageApplicationCommandInteraction> {
	/** The message it was run on. */
	get targetMessage(): APIMessage {
		const data = this.interaction.data;
		return (
			(data.resolved as Partial<typeof data.resolved> | undefined)?.messages?.[data.target_id] ?? ({ id: data.target_id } as APIMessage)
		);
	}
}
