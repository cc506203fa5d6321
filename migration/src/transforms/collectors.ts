import { Node, SyntaxKind, type CallExpression } from 'ts-morph';
import type { Transform } from '../Transform.js';
import { mentionsAny } from './_discordModules.js';

/** The `time` (ms) of a collector's options object, as written; undefined when absent. */
function timeOf(call: CallExpression): string | undefined {
	const options = call.getArguments().find((a) => Node.isObjectLiteralExpression(a));
	const time = Node.isObjectLiteralExpression(options) ? options.getProperty('time') : undefined;
	return Node.isPropertyAssignment(time) ? time.getInitializerOrThrow().getText() : undefined;
}

/** discord.js collector methods and what to do instead, given the call's `timeoutMs`. */
const COLLECTORS: Readonly<Record<string, (timeoutMs: string) => string>> = {
	awaitMessageComponent: (t) =>
		`OvenJS waits for components on the interaction handler: const handler = createInteractionHandler({ client, router }) fed from interactionCreate (handler.handle(interaction)), then await handler.awaitComponent({ customId, userId, messageId, timeoutMs: ${t} }) (rejects with ComponentAwaitTimeoutError); the filter becomes customId/userId/messageId or filter(ctx).`,
	createMessageComponentCollector: (t) =>
		`OvenJS collects components on the interaction handler: await handler.collectComponents({ messageId, timeoutMs: ${t}, max, onCollect: (ctx) => … }) (createInteractionHandler, fed from interactionCreate with handler.handle(interaction)); the 'collect' listener becomes onCollect and the 'end' listener the code after the await.`,
	awaitModalSubmit: (t) =>
		`OvenJS has no modal collector: route the modal by custom_id with createRouter().modal('id', { fields: […] }, (ctx) => …) in createInteractionHandler, or answer it in interactionCreate (interaction.isModalSubmit() and interaction.customId); time out yourself after ${t} ms if needed.`,
	createMessageCollector: (t) =>
		`OvenJS has no message collectors: listen to messageCreate with the filter as an if, and client.off(…) after ${t} ms (setTimeout) or max messages.`,
	awaitMessages: (t) =>
		`OvenJS has no message collectors: await a Promise that a messageCreate listener resolves (the filter as an if) and a setTimeout of ${t} ms rejects; remove the listener with client.off.`,
	createReactionCollector: (t) =>
		`OvenJS has no reaction collectors: listen to messageReactionAdd with the filter as an if, and client.off(…) after ${t} ms (setTimeout).`,
	awaitReactions: (t) =>
		`OvenJS has no reaction collectors: await a Promise that a messageReactionAdd listener resolves and a setTimeout of ${t} ms rejects; remove the listener with client.off.`,
};

/**
 * Collectors: `awaitMessageComponent`, `createMessageComponentCollector`, `awaitModalSubmit`,
 * message and reaction collectors are marked with the OvenJS replacement written out (the
 * interaction handler's `awaitComponent`/`collectComponents`, the router, or a listener with a
 * timer), carrying the call's `time`. None is rewritten: each needs a handler fed from the
 * bot's interactions, or a listener, which only a person can place.
 */
export const collectors: Transform = {
	name: 'collectors',
	description: 'Marks discord.js collectors with the OvenJS replacement (awaitComponent, collectComponents, router, listeners).',
	apply(file, context) {
		if (!mentionsAny(file, Object.keys(COLLECTORS))) return;
		for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
			const callee = call.getExpression();
			if (!Node.isPropertyAccessExpression(callee)) continue;
			const advice = COLLECTORS[callee.getName()];
			if (advice !== undefined) context.todo(call, `${callee.getName()}(): ${advice(timeOf(call) ?? '<ms>')}`);
		}
	},
};
