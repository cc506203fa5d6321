import type { APIInteraction } from 'discord-api-types/v10';
import type { API } from '../api/API.js';
import type { Client } from '../client/Client.js';
import { OvenClientError } from '../client/OvenClientError.js';
import { _createViewContext } from '../client/_structures.js';
import { _contextOf, type _ViewContext } from '../client/_viewContext.js';
import { BaseInteraction } from '../client/views/BaseInteraction.js';
import type { MessageComponentInteraction } from '../client/views/ComponentInteraction.js';
import type { Interaction } from '../client/views/Interaction.js';
import { _scheduleAutoDefer, _setTiming, type AutoDeferOptions, type InteractionTiming } from '../client/views/_answerState.js';
import type { AwaitComponentOptions, CollectComponentsOptions } from './ComponentAwaitOptions.js';
import type { ModalContext } from './CommandContext.js';
import type { ComponentRouter } from './ComponentRouter.js';
import type { ChatInputCommand } from './defineCommand.js';
import type { MessageCommand, UserCommand } from './defineContextMenuCommand.js';
import { InteractionError } from './InteractionError.js';
import type { OptionMap } from './option.js';
import { ComponentWaiters } from './_ComponentWaiters.js';

/** Any defined command. */
export type Command = ChatInputCommand<OptionMap> | UserCommand | MessageCommand;

/** Why an interaction found no handler. */
export type UnknownInteractionReason = 'command' | 'subcommand' | 'component' | 'modal' | 'autocomplete' | 'type';

/** What `onUnknown` receives. */
export interface UnknownInteraction {
	readonly reason: UnknownInteractionReason;
	/** The interaction, to answer it anyway (e.g. "this button has expired"). */
	readonly interaction: Interaction;
}

/** Options every handler takes. */
interface HandlerSettings {
	readonly commands?: readonly Command[];
	readonly router?: ComponentRouter;
	/** Defer unanswered interactions shortly before the callback deadline. Off by default. */
	readonly autoDefer?: boolean | AutoDeferOptions;
	/** Discord's deadlines by default; tests against a mock shorten them. */
	readonly timing?: InteractionTiming;
	/**
	 * A handler threw, an auto-defer or a collector's `onCollect` failed, or an interaction was
	 * still unanswered at its deadline (`INTERACTION_UNANSWERED`: the user saw "This interaction
	 * failed"). Never left unhandled.
	 */
	readonly onError?: (error: unknown, interaction: Interaction) => void;
	/** No command, subcommand, route, collector or autocomplete handler for this interaction. */
	readonly onUnknown?: (unknown: UnknownInteraction) => void;
}

/**
 * Options of {@link createInteractionHandler}: the `client` whose `interactionCreate` feeds it,
 * or, for a bare `Shard` or an HTTP endpoint, the `API` to answer through and the application's id.
 */
export type InteractionHandlerOptions = HandlerSettings &
	(
		| { readonly client: Client; readonly api?: never; readonly applicationId?: never }
		| { readonly api: API; readonly applicationId: string; readonly client?: never }
	);

/** Dispatches interactions to commands, routes and collectors. */
export interface InteractionHandler {
	/**
	 * Handles one interaction: the structure `interactionCreate` delivered (the same object, so
	 * listeners and handlers share its answer state), or an INTERACTION_CREATE payload. Never
	 * rejects: errors go to `onError`.
	 */
	handle(interaction: Interaction | APIInteraction): Promise<void>;
	/** The next matching component interaction; the router sees it too. */
	awaitComponent(options: AwaitComponentOptions): Promise<MessageComponentInteraction>;
	/** Matching component interactions until a timeout or a count; the router sees them too. */
	collectComponents(options: CollectComponentsOptions): Promise<MessageComponentInteraction[]>;
	/** Rejects pending waiters. Idempotent. */
	destroy(): void;
}

/** The view context raw payloads are made into structures with. */
function contextFor(options: InteractionHandlerOptions): () => _ViewContext {
	if (options.client !== undefined) {
		const client = options.client;
		return () => {
			const ctx = _contextOf(client);
			if (ctx === undefined)
				throw new OvenClientError('CLIENT_INVALID_OPTION', 'createInteractionHandler({ client }) needs a client made by createClient().');
			return ctx;
		};
	}
	const notConnected = (): never => {
		throw new OvenClientError(
			'CLIENT_NOT_CONNECTED',
			'This interaction handler has no client (createInteractionHandler({ api })): presence is the client’s.',
		);
	};
	const ctx = _createViewContext({
		api: options.api,
		cache: undefined,
		messageContent: true,
		client: undefined,
		setPresence: notConnected,
		presence: () => undefined,
	});
	return () => ctx;
}

/**
 * Creates the dispatcher for interactions: slash, user and message commands (by name and type),
 * autocomplete (by focused option), components and modals (through the router and the
 * collectors, which see clicks side by side). Handlers get the interaction structures
 * themselves; command handlers get them with typed options.
 * @example
 * const handler = createInteractionHandler({ client, commands: [ping], router, autoDefer: true, onError: report });
 * client.on('interactionCreate', (interaction) => handler.handle(interaction));
 */
export function createInteractionHandler(options: InteractionHandlerOptions): InteractionHandler {
	const context = contextFor(options);
	const report = (error: unknown, interaction: Interaction): void => {
		try {
			options.onError?.(error, interaction);
		} catch {
			// An error handler that throws must not turn into an unhandled rejection.
		}
	};
	const waiters = new ComponentWaiters((error, interaction) => report(error, interaction as Interaction));
	const byKey = new Map<string, Command>();
	for (const command of options.commands ?? []) byKey.set(`${command.kind}:${command.name}`, command);
	const unknown = (reason: UnknownInteractionReason, interaction: Interaction): void => options.onUnknown?.({ reason, interaction });
	const autoDefer = options.autoDefer === true ? {} : options.autoDefer === false ? undefined : options.autoDefer;

	/** Runs the interaction's handler; false when none took it. */
	async function dispatch(interaction: Interaction): Promise<boolean> {
		if (interaction.isChatInputCommand()) {
			const command = byKey.get(`chatInput:${interaction.commandName}`);
			if (command?.kind !== 'chatInput') return (unknown('command', interaction), false);
			if (!(await command.execute(interaction))) return (unknown('subcommand', interaction), false);
			return true;
		}
		if (interaction.isUserContextMenuCommand() || interaction.isMessageContextMenuCommand()) {
			const kind = interaction.isUserContextMenuCommand() ? 'user' : 'message';
			const command = byKey.get(`${kind}:${interaction.commandName}`) as UserCommand | MessageCommand | undefined;
			if (command === undefined) return (unknown('command', interaction), false);
			return (command as UserCommand).execute(interaction as never);
		}
		if (interaction.isAutocomplete()) {
			const command = byKey.get(`chatInput:${interaction.commandName}`);
			const handler = command?.kind === 'chatInput' ? command.autocompleteHandler(interaction) : undefined;
			if (handler === undefined) return (unknown('autocomplete', interaction), false);
			const choices = await handler(interaction);
			if (choices !== undefined && !interaction.acknowledged) await interaction.respond(choices);
			return true;
		}
		if (interaction.isMessageComponent()) {
			const seen = waiters.offer(interaction);
			const match = options.router?.matchComponent(interaction.componentType, interaction.customId);
			if (match === undefined) {
				if (!seen) unknown('component', interaction);
				return seen;
			}
			await match.handler(interaction as never, match.params);
			return true;
		}
		if (interaction.isModalSubmit()) {
			const match = options.router?.matchModal(interaction.customId);
			if (match === undefined) return (unknown('modal', interaction), false);
			// The declared fields must be there: reading them throws INTERACTION_MODAL_FIELD_MISSING otherwise.
			for (const field of match.fields) interaction.fields.getTextInputValue(field);
			await match.handler(interaction as ModalContext<string> as never, match.params);
			return true;
		}
		unknown('type', interaction);
		return false;
	}

	/** Reports `interaction` if it is still unanswered when its deadline passes. */
	function watchDeadline(interaction: Interaction): void {
		if (interaction.acknowledged || !interaction.isRepliable()) return;
		const timer = setTimeout(
			() => {
				if (interaction.acknowledged) return;
				report(
					new InteractionError(
						'INTERACTION_UNANSWERED',
						`Interaction ${interaction.id} was not answered within its deadline; the user saw "This interaction failed". Answer it (reply, deferReply, update, deferUpdate) in the route or the collector's onCollect, or enable autoDefer.`,
					),
					interaction,
				);
			},
			Math.max(0, interaction.remainingMs + 1),
		);
		timer.unref();
	}

	return {
		async handle(input) {
			const interaction = input instanceof BaseInteraction ? input : context().make.interaction(input);
			try {
				if (options.timing !== undefined) _setTiming(interaction.raw, options.timing);
				if (autoDefer !== undefined) scheduleAutoDefer(interaction, autoDefer, report);
				const handled = await dispatch(interaction);
				if (handled) watchDeadline(interaction);
			} catch (error) {
				report(error, interaction);
			}
		},
		awaitComponent: (o) => waiters.awaitComponent(o),
		collectComponents: (o) => waiters.collectComponents(o),
		destroy: () => waiters.abortAll(),
	};
}

/** Commands (and modals not on a message) are deferred with a "thinking…" reply, components and modals on a message with a silent update. */
function scheduleAutoDefer(
	interaction: Interaction,
	settings: AutoDeferOptions,
	report: (error: unknown, interaction: Interaction) => void,
): void {
	if (interaction.isAutocomplete()) return;
	const repliable = interaction;
	const updatable =
		repliable.isMessageComponent() || (repliable.isModalSubmit() && repliable.raw.message !== undefined) ? repliable : undefined;
	const defer = (): Promise<void> =>
		updatable !== undefined && 'deferUpdate' in updatable
			? updatable.deferUpdate()
			: repliable.deferReply({ ephemeral: settings.ephemeral === true });
	_scheduleAutoDefer(repliable.raw, settings.marginMs ?? 1000, defer, (error) => report(error, interaction));
}
