import { ComponentType } from 'discord-api-types/v10';
import type {
	ButtonInteraction,
	ChannelSelectMenuInteraction,
	MentionableSelectMenuInteraction,
	MessageComponentInteraction,
	RoleSelectMenuInteraction,
	StringSelectMenuInteraction,
	UserSelectMenuInteraction,
} from '../client/views/ComponentInteraction.js';
import type { ModalContext } from './CommandContext.js';
import { compileCustomId, matchCustomId, type CompiledPattern, type CustomIdParams } from './customId.js';
import type { Awaitable } from './_Awaitable.js';

/** A component handler: the interaction (of the route's kind) and the custom_id's parameters. */
export type ComponentHandler<P extends string, I extends MessageComponentInteraction = MessageComponentInteraction> = (
	interaction: I,
	params: CustomIdParams<P>,
) => Awaitable<unknown>;
/** A modal-submit handler: the interaction (with typed `fields`) and the custom_id's parameters. */
export type ModalHandler<P extends string, F extends string> = (ctx: ModalContext<F>, params: CustomIdParams<P>) => Awaitable<unknown>;

interface Route {
	readonly compiled: CompiledPattern;
	readonly componentType: ComponentType | undefined;
	readonly fields: readonly string[];
	readonly handler: (ctx: never, params: Record<string, string>) => Awaitable<unknown>;
}

/** A matched route. @internal */
export interface RouteMatch {
	readonly params: Record<string, string>;
	readonly fields: readonly string[];
	readonly handler: (ctx: never, params: Record<string, string>) => Awaitable<unknown>;
}

/**
 * Routes component and modal interactions by custom_id pattern. `{name}` captures one
 * parameter, typed in the handler: `router.button('ticket:close:{id}', (ctx, { id }) => …)`.
 * Routes are tried in the order they were added; the first match wins.
 */
export class ComponentRouter {
	readonly #components: Route[] = [];
	readonly #modals: Route[] = [];

	#add<P extends string, I extends MessageComponentInteraction>(
		componentType: ComponentType | undefined,
		pattern: P,
		handler: ComponentHandler<P, I>,
	): this {
		this.#components.push({
			compiled: compileCustomId(pattern),
			componentType,
			fields: [],
			handler: handler as unknown as Route['handler'],
		});
		return this;
	}

	/** Any component (button or select) whose custom_id matches. */
	component<const P extends string>(pattern: P, handler: ComponentHandler<P>): this {
		return this.#add(undefined, pattern, handler);
	}

	/** A button click. */
	button<const P extends string>(pattern: P, handler: ComponentHandler<P, ButtonInteraction>): this {
		return this.#add(ComponentType.Button, pattern, handler);
	}

	/** A string select menu; the picked values are `ctx.values`. */
	stringSelect<const P extends string>(pattern: P, handler: ComponentHandler<P, StringSelectMenuInteraction>): this {
		return this.#add(ComponentType.StringSelect, pattern, handler);
	}

	/** A user select menu; ids in `ctx.values`, the `User`s in `ctx.users`, members in `ctx.members`. */
	userSelect<const P extends string>(pattern: P, handler: ComponentHandler<P, UserSelectMenuInteraction>): this {
		return this.#add(ComponentType.UserSelect, pattern, handler);
	}

	/** A role select menu; ids in `ctx.values`, the `Role`s in `ctx.roles`. */
	roleSelect<const P extends string>(pattern: P, handler: ComponentHandler<P, RoleSelectMenuInteraction>): this {
		return this.#add(ComponentType.RoleSelect, pattern, handler);
	}

	/** A user-or-role select menu. */
	mentionableSelect<const P extends string>(pattern: P, handler: ComponentHandler<P, MentionableSelectMenuInteraction>): this {
		return this.#add(ComponentType.MentionableSelect, pattern, handler);
	}

	/** A channel select menu; ids in `ctx.values`, the `Channel`s in `ctx.channels`. */
	channelSelect<const P extends string>(pattern: P, handler: ComponentHandler<P, ChannelSelectMenuInteraction>): this {
		return this.#add(ComponentType.ChannelSelect, pattern, handler);
	}

	/** A modal submit; read text inputs with `ctx.fields.getTextInputValue(id)`. */
	modal<const P extends string>(pattern: P, handler: ModalHandler<P, never>): this;
	/** A modal submit with named text inputs: `ctx.fields.reason` is a string. */
	modal<const P extends string, const F extends string>(
		pattern: P,
		options: { readonly fields: readonly F[] },
		handler: ModalHandler<P, F>,
	): this;
	modal(pattern: string, a: { readonly fields: readonly string[] } | ModalHandler<string, string>, b?: ModalHandler<string, string>): this {
		const [fields, handler] = typeof a === 'function' ? [[], a] : [a.fields, b as ModalHandler<string, string>];
		this.#modals.push({
			compiled: compileCustomId(pattern),
			componentType: undefined,
			fields,
			handler: handler as unknown as Route['handler'],
		});
		return this;
	}

	/** The first component route matching. @internal */
	matchComponent(componentType: ComponentType, customId: string): RouteMatch | undefined {
		return find(
			this.#components.filter((r) => r.componentType === undefined || r.componentType === componentType),
			customId,
		);
	}

	/** The first modal route matching. @internal */
	matchModal(customId: string): RouteMatch | undefined {
		return find(this.#modals, customId);
	}
}

function find(routes: readonly Route[], customId: string): RouteMatch | undefined {
	for (const route of routes) {
		const params = matchCustomId(route.compiled, customId);
		if (params !== undefined) return { params, fields: route.fields, handler: route.handler };
	}
	return undefined;
}

/** Creates an empty {@link ComponentRouter}. */
export function createRouter(): ComponentRouter {
	return new ComponentRouter();
}
