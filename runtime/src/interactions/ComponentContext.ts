import type { APIInteractionDataResolved, APIMessage, APIMessageComponentInteraction } from 'discord-api-types/v10';
import { UpdatableContext } from './RepliableContext.js';

/** A button click or a select-menu choice. */
export class ComponentContext extends UpdatableContext<APIMessageComponentInteraction> {
	/** The component's custom_id. */
	get customId(): string {
		return this.interaction.data.custom_id;
	}

	/** Discord's component type: 2 button, 3 string select, 5 user, 6 role, 7 mentionable, 8 channel select. */
	get componentType(): number {
		return this.interaction.data.component_type;
	}

	/** The values picked in a select menu (ids for user, role, mentionable and channel selects); empty for buttons. */
	get values(): readonly string[] {
		return (this.interaction.data as { values?: string[] }).values ?? [];
	}

	/** Users, members, roles and channels picked in an entity select menu. */
	get resolved(): APIInteractionDataResolved | undefined {
		return (this.interaction.data as { resolved?: APIInteractionDataResolved }).resolved;
	}

	/** The message the component is on. */
	get message(): APIMessage {
		return this.interaction.message;
	}
}
