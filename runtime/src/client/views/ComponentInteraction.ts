import type {
	APIInteractionDataResolved,
	APIMessageButtonInteractionData,
	APIMessageChannelSelectInteractionData,
	APIMessageComponentInteraction,
	APIMessageMentionableSelectInteractionData,
	APIMessageRoleSelectInteractionData,
	APIMessageStringSelectInteractionData,
	APIMessageUserSelectInteractionData,
	ComponentType,
} from 'discord-api-types/v10';
import type { Channel } from './Channel.js';
import type { Member } from './Member.js';
import type { Message } from './Message.js';
import type { Role } from './Role.js';
import { UpdatableInteraction } from './UpdatableInteraction.js';
import type { User } from './User.js';

/** A component interaction whose data is `D`. */
type ComponentPayload<D> = APIMessageComponentInteraction & { readonly data: D };

/**
 * A button click or a select-menu choice: `customId`, the message it is on, and every way to
 * answer (`update` and `deferUpdate` edit that message).
 */
export class MessageComponentInteraction<
	I extends APIMessageComponentInteraction = APIMessageComponentInteraction,
> extends UpdatableInteraction<I> {
	/** The component's custom_id. */
	get customId(): string {
		return this.raw.data.custom_id;
	}

	/** `ComponentType`: 2 button, 3 string select, 5 user, 6 role, 7 mentionable, 8 channel select. */
	get componentType(): ComponentType {
		return this.raw.data.component_type;
	}

	/** The message the component is on. */
	get message(): Message {
		return this.ctx.make.message(this.raw.message, this.guildId);
	}

	/** A select menu's picked values (ids for user, role, mentionable and channel selects); empty for buttons. */
	get values(): readonly string[] {
		return 'values' in this.raw.data ? this.raw.data.values : [];
	}

	/** The users, members, roles and channels an entity select resolved. @internal */
	protected get resolved(): APIInteractionDataResolved | undefined {
		return 'resolved' in this.raw.data ? (this.raw.data.resolved as APIInteractionDataResolved) : undefined;
	}

	/** The picked users, for user and mentionable selects. @internal */
	protected pickedUsers(): User[] {
		const users = this.resolved?.users ?? {};
		return this.values.flatMap((id) => (users[id] === undefined ? [] : [this.ctx.make.user(users[id])]));
	}

	/** The picked members (in guilds), for user and mentionable selects. @internal */
	protected pickedMembers(): Member[] {
		const { members = {}, users = {} } = this.resolved ?? {};
		const guildId = this.guildId;
		if (guildId === undefined) return [];
		return this.values.flatMap((id) => (members[id] === undefined ? [] : [this.ctx.make.member(guildId, id, members[id], users[id])]));
	}

	/** The picked roles, for role and mentionable selects. @internal */
	protected pickedRoles(): Role[] {
		const roles = this.resolved?.roles ?? {};
		return this.values.flatMap((id) => (roles[id] === undefined ? [] : [this.ctx.make.role(roles[id], this.guildId ?? '')]));
	}
}

/** A button click. */
export class ButtonInteraction extends MessageComponentInteraction<ComponentPayload<APIMessageButtonInteractionData>> {}

/** A choice in a string select menu: `values`. */
export class StringSelectMenuInteraction extends MessageComponentInteraction<ComponentPayload<APIMessageStringSelectInteractionData>> {}

/** A choice in a user select menu: `users`, and `members` in guilds. */
export class UserSelectMenuInteraction extends MessageComponentInteraction<ComponentPayload<APIMessageUserSelectInteractionData>> {
	/** The picked users. */
	get users(): User[] {
		return this.pickedUsers();
	}

	/** The picked users' guild members. */
	get members(): Member[] {
		return this.pickedMembers();
	}
}

/** A choice in a role select menu: `roles`. */
export class RoleSelectMenuInteraction extends MessageComponentInteraction<ComponentPayload<APIMessageRoleSelectInteractionData>> {
	/** The picked roles. */
	get roles(): Role[] {
		return this.pickedRoles();
	}
}

/** A choice in a user-or-role select menu: `users`, `members`, `roles`. */
export class MentionableSelectMenuInteraction extends MessageComponentInteraction<
	ComponentPayload<APIMessageMentionableSelectInteractionData>
> {
	/** The picked users. */
	get users(): User[] {
		return this.pickedUsers();
	}

	/** The picked users' guild members. */
	get members(): Member[] {
		return this.pickedMembers();
	}

	/** The picked roles. */
	get roles(): Role[] {
		return this.pickedRoles();
	}
}

/** A choice in a channel select menu: `channels`. */
export class ChannelSelectMenuInteraction extends MessageComponentInteraction<ComponentPayload<APIMessageChannelSelectInteractionData>> {
	/** The picked channels. */
	get channels(): Channel[] {
		const channels = this.resolved?.channels ?? {};
		return this.values.map((id) =>
			this.ctx.make.channel(
				id,
				this.ctx.cache?.channels.get(id) ?? (channels[id] as Parameters<typeof this.ctx.make.channel>[1]),
				this.guildId,
			),
		);
	}
}
