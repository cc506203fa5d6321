import type { ChatInputCommandInteraction } from '../client/views/CommandInteraction.js';
import type { InteractionOptions } from '../client/views/InteractionOptions.js';
import type { ModalSubmitFields, ModalSubmitInteraction } from '../client/views/ModalSubmitInteraction.js';
import type { InferOptions, OptionMap } from './option.js';

/**
 * What a `defineCommand` handler gets: the interaction itself (the same `ChatInputCommandInteraction`
 * `interactionCreate` delivers), with its options typed from the definition: `ctx.options.user`
 * is a `User` when `user: option.user({ required: true })`, and the readers
 * (`getString`, `getMember`, …) are there too.
 */
export type CommandContext<O extends OptionMap = OptionMap> = ChatInputCommandInteraction & {
	readonly options: InteractionOptions & InferOptions<O>;
};

/**
 * What a modal route's handler gets: the `ModalSubmitInteraction`, with the text inputs the
 * route declared (`router.modal('report:{id}', { fields: ['reason'] }, …)`) as typed strings
 * on `fields` (`ctx.fields.reason`); the router refuses a submission without them.
 */
export type ModalContext<F extends string = never> = ModalSubmitInteraction & {
	readonly fields: ModalSubmitFields & { readonly [K in F]: string };
};
