import {
	type APIInteraction,
	type APIInteractionResponseCallbackData,
	type APIModalInteractionResponseCallbackData,
	InteractionResponseType,
	MessageFlags,
	type RESTPatchAPIWebhookWithTokenMessageJSONBody,
	type RESTPostAPIInteractionCallbackWithResponseResult,
	type RESTPostAPIWebhookWithTokenJSONBody,
} from 'discord-api-types/v10';
import type { APIFileRequestOptions } from '../../api/APIRequestOptions.js';
import { InteractionAlreadyAcknowledgedError } from '../../interactions/InteractionAlreadyAcknowledgedError.js';
import { InteractionError } from '../../interactions/InteractionError.js';
import { _withEphemeral } from '../../interactions/_withEphemeral.js';
import type { Snowflake } from '../Snowflake.js';
import type { _ViewContext } from '../_viewContext.js';
import { BaseInteraction } from './BaseInteraction.js';
import type { Message } from './Message.js';
import { _answerState } from './_answerState.js';
import type { WithFiles } from './_messageBody.js';

/** What `reply()` and `followUp()` take: text, or the message with `ephemeral` (or `flags`) and `files`. */
export type InteractionReplyOptions = string | (APIInteractionResponseCallbackData & WithFiles & { readonly ephemeral?: boolean });

/** What `editReply()` and `update()` take: text, or the new message (`flags` for those Discord lets change, `files` to add). */
export type InteractionEditOptions = string | (RESTPatchAPIWebhookWithTokenMessageJSONBody & WithFiles);

/** What `deferReply()` takes. */
export interface DeferReplyOptions {
	/** Make the eventual reply visible only to the user. */
	readonly ephemeral?: boolean;
	/** Message flags for the eventual reply (`MessageFlags.Ephemeral`). */
	readonly flags?: number;
}

/** What `showModal()` takes: the modal's data, or a builder with `toJSON()` (OvenJS's `ModalBuilder`). */
export type ModalInput = APIModalInteractionResponseCallbackData | { toJSON(): APIModalInteractionResponseCallbackData };

/** `{ content }` for text; the body without `files` and `ephemeral` (as the Ephemeral flag), and the files. @internal */
export function _replyBody<B extends object>(
	input: string | (B & WithFiles & { readonly ephemeral?: boolean }),
): { body: B; options: APIFileRequestOptions } {
	if (typeof input === 'string') return { body: { content: input } as unknown as B, options: {} };
	const { files, ephemeral, ...rest } = input as B & WithFiles & { readonly ephemeral?: boolean; readonly flags?: number | null };
	const body = (ephemeral === true ? { ...rest, flags: _withEphemeral(rest.flags, true) } : rest) as unknown as B;
	return { body, options: files === undefined ? {} : { files } };
}

/**
 * An interaction that can be answered with a message or a modal: commands, components and
 * modal submits. The first answer (`reply`, `deferReply`, `showModal`; for components also
 * `update`, `deferUpdate`) is the callback, which Discord allows once and within 3 s;
 * `editReply`, `followUp` and `deleteReply` then work through the interaction webhook for 15
 * minutes. Every method that Discord answers with a message resolves to it.
 */
export class RepliableInteraction<I extends APIInteraction = APIInteraction> extends BaseInteraction<I> {
	/**
	 * Answers with a message (callback type 4) and resolves to it. After an auto-defer it edits
	 * the deferred reply instead, so handlers need not know whether auto-defer fired.
	 * @throws {InteractionAlreadyAcknowledgedError} it was answered already (no request sent).
	 * @throws {InteractionExpiredError} the callback deadline has passed (no request sent).
	 */
	async reply(options: InteractionReplyOptions): Promise<Message> {
		if (this.autoDeferred && this.firstResponse === 'deferReply') return this.editReply(_editable(options));
		const { body, options: request } = _replyBody<APIInteractionResponseCallbackData>(options);
		const response = await this.callback('reply', { type: InteractionResponseType.ChannelMessageWithSource, data: body }, request);
		return this.responseMessage(response);
	}

	/**
	 * Acknowledges now and answers later with {@link editReply} (callback type 5; the user sees
	 * "thinking…"). A no-op after an auto-defer.
	 */
	async deferReply(options: DeferReplyOptions = {}): Promise<void> {
		if (this.autoDeferred) return;
		const flags = _withEphemeral(options.flags, options.ephemeral);
		await this.callback('deferReply', {
			type: InteractionResponseType.DeferredChannelMessageWithSource,
			...(flags === 0 ? {} : { data: { flags } }),
		});
	}

	/** Opens a modal (callback type 9). It must be the first response, and not to a modal submit. */
	async showModal(modal: ModalInput): Promise<void> {
		const data =
			'toJSON' in modal && typeof modal.toJSON === 'function' ? modal.toJSON() : (modal as APIModalInteractionResponseCallbackData);
		await this.callback('showModal', { type: InteractionResponseType.Modal, data });
	}

	/**
	 * Edits the first response's message (`@original`) and resolves to it. Needs an earlier reply or defer.
	 * @throws {InteractionExpiredError} the 15-minute token has expired (no request sent).
	 */
	async editReply(options: InteractionEditOptions): Promise<Message> {
		this.#requireAck('editReply');
		await this.afterAck('editReply');
		const { body, options: request } = _replyBody<RESTPatchAPIWebhookWithTokenMessageJSONBody>(options);
		return this.#message(await this.ctx.api.interactions.editReply(this.applicationId, this.token, body, request));
	}

	/**
	 * Sends another message for this interaction and resolves to it. Needs an earlier response.
	 * @throws {InteractionExpiredError} the 15-minute token has expired (no request sent).
	 */
	async followUp(options: InteractionReplyOptions): Promise<Message> {
		this.#requireAck('followUp');
		await this.afterAck('followUp');
		const { body, options: request } = _replyBody<RESTPostAPIWebhookWithTokenJSONBody>(options);
		return this.#message(await this.ctx.api.interactions.followUp(this.applicationId, this.token, body, request));
	}

	/** Deletes the first response's message, or a follow-up by id. */
	async deleteReply(message?: Snowflake<'Message'>): Promise<void> {
		this.#requireAck('deleteReply');
		await this.afterAck('deleteReply');
		if (message === undefined) await this.ctx.api.interactions.deleteReply(this.applicationId, this.token);
		else await this.ctx.api.interactions.deleteFollowUp(this.applicationId, this.token, message);
	}

	/** Fetches the first response's message. */
	async fetchReply(): Promise<Message> {
		this.#requireAck('fetchReply');
		await this.afterAck('fetchReply');
		return this.#message(await this.ctx.api.interactions.getOriginalResponse(this.applicationId, this.token));
	}

	/** The message in a callback response, else the original response fetched. @internal */
	protected async responseMessage(response: RESTPostAPIInteractionCallbackWithResponseResult | undefined): Promise<Message> {
		const message = response?.resource?.message;
		return message === undefined ? this.fetchReply() : this.#message(message);
	}

	#message(raw: Parameters<_ViewContext['make']['message']>[0]): Message {
		return this.ctx.make.message(raw, this.guildId);
	}

	#requireAck(attempted: string): void {
		const first = _answerState(this.raw).first;
		if (first === undefined) {
			throw new InteractionError(
				'INTERACTION_NOT_ACKNOWLEDGED',
				`${attempted}() on interaction ${this.id} needs a first response; call reply() or deferReply() first.`,
			);
		}
		if (first === 'showModal') throw new InteractionAlreadyAcknowledgedError(this.id, attempted, 'showModal');
	}
}

/** A reply's options as an edit of the deferred reply (the Ephemeral flag was fixed by the defer). @internal */
export function _editable(options: InteractionReplyOptions): InteractionEditOptions {
	if (typeof options === 'string') return options;
	const { ephemeral: _ephemeral, flags, ...rest } = options;
	const kept = (flags ?? 0) & ~MessageFlags.Ephemeral;
	return (kept === 0 ? rest : { ...rest, flags: kept }) as InteractionEditOptions;
}
