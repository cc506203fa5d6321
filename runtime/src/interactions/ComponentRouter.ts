import type { ComponentContext } from './ComponentContext.js';
import { compileCustomId, matchCustomId, type CompiledPattern, type CustomIdParams } from './customId.js';
import type { ModalContext } from './ModalContext.js';
import type { Awaitable } from './_Awaitable.js';

/** A component handler: the context and the custom_id's parameters. */
export type ComponentHandler<P extends string> = (ctx: ComponentContext, params: CustomIdParams<P>) => Awaitable<unknown>;
/** A modal-submit handler: the context (with typed `fields`) and the custom_id's parameters. */
export type ModalHandler<P extends string, F extends string> = (ctx: ModalContext<F>, params: CustomIdParams<P>) => Awaitable<unknown>;

/** Discord's component types the router tells apart. */
const COMPONENT_TYPE = { button: 2, stringSelect: 3, userSelect: 5, roleSelect: 6, mentionableSelect: 7, channelSelect: 8 } as const;

interface Route {
	readonly compiled: CompiledPattern;
	readonly componentType: number | undefined;
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

	#add<P extends string>(componentType: number | undefined, pattern: P, handler: ComponentHandler<P>): this {
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
	button<const P extends string>(pattern: P, handler: ComponentHandler<P>): this {
		return this.#add(COMPONENT_TYPE.button, pattern, handler);
	}

	/** A string select menu; the picked values are `ctx.values`. */
	stringSelect<const P extends string>(pattern: P, handler: ComponentHandler<P>): this {
		return this.#add(COMPONENT_TYPE.stringSelect, pattern, handler);
	}

	/** A user select menu; ids in `ctx.values`, users in `ctx.resolved.users`. */
	userSelect<const P extends string>(pattern: P, handler: ComponentHandler<P>): this {
		return this.#add(COMPONENT_TYPE.userSelect, pattern, handler);
	}

	/** A role select menu; ids in `ctx.values`, roles in `ctx.resolved.roles`. */
	roleSelect<const P extends string>(pattern: P, handler: ComponentHandler<P>): this {
		return this.#add(COMPONENT_TYPE.roleSelect, pattern, handler);
	}

	/** A user-or-role select menu. */
	mentionableSelect<const P extends string>(pattern: P, handler: ComponentHandler<P>): this {
		return this.#add(COMPONENT_TYPE.mentionableSelect, pattern, handler);
	}

	/** A channel select menu; ids in `ctx.values`, channels in `ctx.resolved.channels`. */
	channelSelect<const P extends string>(pattern: P, handler: ComponentHandler<P>): this {
		return this.#add(COMPONENT_TYPE.channelSelect, pattern, handler);
	}

	/** A modal submit; read text inputs with `ctx.field(id)`. */
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
	matchComponent(componentType: number, customId: string): RouteMatch | undefined {
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
