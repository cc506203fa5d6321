import type {
	APIApplicationCommandAutocompleteInteraction,
	APIChatInputApplicationCommandInteraction,
	APIInteraction,
	APIMessageApplicationCommandInteraction,
	APIMessageComponentInteraction,
	APIModalSubmitInteraction,
	APIUserApplicationCommandInteraction,
} from 'discord-api-types/v10';
import { AutocompleteContext } from './AutocompleteContext.js';
import { ComponentContext } from './ComponentContext.js';
import type { ComponentRouter } from './ComponentRouter.js';
import type { ChatInputCommand } from './defineCommand.js';
import type { MessageCommand, UserCommand } from './defineContextMenuCommand.js';
import type { AutoDeferOptions, InteractionContext, InteractionContextInit, InteractionTiming } from './InteractionContext.js';
import type { InteractionsTransport } from './InteractionsTransport.js';
import { ModalContext } from './ModalContext.js';
import type { OptionMap } from './option.js';
import type { AwaitComponentOptions, CollectComponentsOptions } from './ComponentAwaitOptions.js';
import { ComponentWaiters } from './_ComponentWaiters.js';

/** Any defined command. */
export type Command = ChatInputCommand<OptionMap> | UserCommand | MessageCommand;

/** Why an interaction found no handler. */
export type UnknownInteractionReason = 'command' | 'subcommand' | 'component' | 'modal' | 'autocomplete' | 'type';

/** What `onUnknown` receives. */
export interface UnknownInteraction {
	readonly reason: UnknownInteractionReason;
	readonly interaction: APIInteraction;
	/** The context, to answer it anyway (e.g. "this button has expired"); absent for unknown interaction types. */
	readonly context: InteractionContext | undefined;
}

/** Options of {@link createInteractionHandler}. */
export interface InteractionHandlerOptions {
	/** Sends the responses; an `API` instance. */
	readonly api: InteractionsTransport;
	readonly applicationId: string;
	readonly commands?: readonly Command[];
	readonly router?: ComponentRouter;
	/** Defer unanswered interactions shortly before the callback deadline. Off by default. */
	readonly autoDefer?: boolean | AutoDeferOptions;
	/** Discord's deadlines by default; tests against a mock shorten them. */
	readonly timing?: InteractionTiming;
	/** A handler threw, or an auto-defer failed. Never left unhandled. */
	readonly onError?: (error: unknown, interaction: APIInteraction, context: InteractionContext | undefined) => void;
	/** No command, subcommand, route or autocomplete handler for this interaction. */
	readonly onUnknown?: (unknown: UnknownInteraction) => void;
}

/** Dispatches raw interactions to commands and routes. */
export interface InteractionHandler {
	/** Handles one INTERACTION_CREATE payload. Never rejects: errors go to `onError`. */
	handle(interaction: APIInteraction): Promise<void>;
	/** The next matching component interaction, taken before the router sees it. */
	awaitComponent(options: AwaitComponentOptions): Promise<ComponentContext>;
	/** Matching component interactions until a timeout or a count. */
	collectComponents(options: CollectComponentsOptions): Promise<ComponentContext[]>;
	/** Rejects pending waiters. Idempotent. */
	destroy(): void;
}

/**
 * Creates the dispatcher for interactions: slash, user and message commands (by name and
 * type), autocomplete (by focused option), components and modals (through the router).
 * @example
 * const handler = createInteractionHandler({ api, applicationId, commands: [ping], router, autoDefer: true, onError: report });
 * client.on('INTERACTION_CREATE', (i) => handler.handle(i));
 */
export function createInteractionHandler(options: InteractionHandlerOptions): InteractionHandler {
	const waiters = new ComponentWaiters();
	const byKey = new Map<string, Command>();
	for (const command of options.commands ?? []) byKey.set(`${command.kind}:${command.name}`, command);
	const unknown = (reason: UnknownInteractionReason, interaction: APIInteraction, context: InteractionContext | undefined): void =>
		options.onUnknown?.({ reason, interaction, context });

	async function dispatch(interaction: APIInteraction, setContext: (ctx: InteractionContext) => void): Promise<void> {
		const init = {
			api: options.api,
			applicationId: options.applicationId,
			interaction,
			receivedAt: Date.now(),
			...(options.timing === undefined ? {} : { timing: options.timing }),
			...(options.autoDefer === undefined ? {} : { autoDefer: options.autoDefer }),
			onAutoDeferError: (error: unknown) => options.onError?.(error, interaction, undefined),
		};
		switch (interaction.type) {
			case 2: {
				const kind = interaction.data.type === 1 ? 'chatInput' : interaction.data.type === 2 ? 'user' : 'message';
				const command = byKey.get(`${kind}:${interaction.data.name}`);
				if (command === undefined) {
					unknown('command', interaction, undefined);
					return;
				}
				let ctx: InteractionContext | undefined;
				const ran =
					command.kind === 'chatInput'
						? await command.execute(init as InteractionContextInit<APIChatInputApplicationCommandInteraction>, (c) => setContext((ctx = c)))
						: await (command as UserCommand).execute(
								init as InteractionContextInit<APIUserApplicationCommandInteraction | APIMessageApplicationCommandInteraction>,
								(c) => setContext((ctx = c)),
							);
				if (!ran) unknown('subcommand', interaction, ctx);
				return;
			}
			case 4: {
				const ctx = new AutocompleteContext(init as InteractionContextInit<APIApplicationCommandAutocompleteInteraction>);
				setContext(ctx);
				const command = byKey.get(`chatInput:${interaction.data.name}`);
				const handler = command?.kind === 'chatInput' ? command.autocompleteHandler(ctx) : undefined;
				if (handler === undefined) {
					unknown('autocomplete', interaction, ctx);
					return;
				}
				const choices = await handler(ctx);
				if (choices !== undefined && !ctx.acknowledged) await ctx.respond(choices);
				return;
			}
			case 3: {
				const ctx = new ComponentContext(init as InteractionContextInit<APIMessageComponentInteraction>);
				setContext(ctx);
				if (waiters.offer(ctx)) return;
				const match = options.router?.matchComponent(ctx.componentType, ctx.customId);
				if (match === undefined) {
					unknown('component', interaction, ctx);
					return;
				}
				await match.handler(ctx as never, match.params);
				return;
			}
			case 5: {
				const modalInit = init as InteractionContextInit<APIModalSubmitInteraction>;
				const match = options.router?.matchModal(interaction.data.custom_id);
				const ctx = new ModalContext(modalInit, match?.fields ?? []);
				setContext(ctx);
				if (match === undefined) {
					unknown('modal', interaction, ctx);
					return;
				}
				await match.handler(ctx as never, match.params);
				return;
			}
			default:
				unknown('type', interaction, undefined);
		}
	}

	return {
		async handle(interaction) {
			let context: InteractionContext | undefined;
			try {
				await dispatch(interaction, (ctx) => (context = ctx));
			} catch (error) {
				try {
					options.onError?.(error, interaction, context);
				} catch {
					// An error handler that throws must not turn into an unhandled rejection.
				}
			}
		},
		awaitComponent: (o) => waiters.awaitComponent(o),
		collectComponents: (o) => waiters.collectComponents(o),
		destroy: () => waiters.abortAll(),
	};
}
