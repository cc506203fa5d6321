import { describe, expect, it } from 'vitest';
import { collectors } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('collectors', () => {
	it('marks component collectors with the interaction handler call, carrying the time, and changes nothing', () => {
		const text =
			'const click = await reply.awaitMessageComponent({ filter, time: 15_000 });\nconst collector = message.createMessageComponentCollector({ componentType: ComponentType.Button, time: 60000 });\n';
		expect(run(collectors, text)).toEqual({
			text,
			todos: [
				expect.stringContaining(
					'awaitMessageComponent(): OvenJS waits for components on the interaction handler: const handler = createInteractionHandler({ client, router }) fed from interactionCreate (handler.handle(interaction)), then await handler.awaitComponent({ customId, userId, messageId, timeoutMs: 15_000 })',
				),
				expect.stringContaining(
					'createMessageComponentCollector(): OvenJS collects components on the interaction handler: await handler.collectComponents({ messageId, timeoutMs: 60000, max, onCollect',
				),
			],
		});
	});

	it('marks modal, message and reaction collectors (v13 and v14 forms) with what OvenJS does instead', () => {
		const text =
			"const submit = await interaction.awaitModalSubmit({ time: 60_000 });\nconst answers = await message.channel.awaitMessages({ max: 1, time: 10000, errors: ['time'] });\nconst mc = channel.createMessageCollector({ filter });\nconst r = await msg.awaitReactions({ max: 1 });\nmsg.createReactionCollector();\n";
		expect(run(collectors, text, 'v13').todos).toEqual([
			expect.stringContaining(
				"awaitModalSubmit(): OvenJS has no modal collector: route the modal by custom_id with createRouter().modal('id'",
			),
			expect.stringContaining(
				'awaitMessages(): OvenJS has no message collectors: await a Promise that a messageCreate listener resolves (the filter as an if) and a setTimeout of 10000 ms rejects',
			),
			expect.stringContaining(
				'createMessageCollector(): OvenJS has no message collectors: listen to messageCreate with the filter as an if, and client.off(…) after <ms> ms',
			),
			expect.stringContaining('awaitReactions(): OvenJS has no reaction collectors'),
			expect.stringContaining('createReactionCollector(): OvenJS has no reaction collectors'),
		]);
	});

	it('leaves files without collectors alone', () => {
		const text = 'const x = await fetchMessages({ time: 1 });\n';
		expect(run(collectors, text)).toEqual({ text, todos: [] });
	});
});
