import { DefaultIds } from '@ovenjs/mock-discord';
import type { ReplayFixture } from './_replay.js';

/**
 * The v14 JavaScript ticket bot: messages, one posting every kind of select menu, a user
 * select answered ephemerally, a slash command answered with buttons, a button that opens
 * a modal, the modal's answer with a string select and a button, the select and the button
 * updating the message, and a deferred ephemeral answer edited later.
 */
export const v14Js: ReplayFixture = {
	fixture: 'v14-js',
	entry: 'bot.js',
	from: 'v14',
	moduleType: 'module',
	commands: [
		{ name: 'ticket', description: 'Open a support ticket' },
		{ name: 'tickets', description: 'How many tickets are open' },
	],
	async scenario(play) {
		await play.message('!help');
		await play.message('!tickets');
		await play.message('!setup');
		await play.select(await play.lastMessage(), 'setup-assignee', [DefaultIds.bob], { componentType: 5 });
		const ticket = await play.command('ticket');
		const prompt = await play.originalOf(ticket);
		await play.click(prompt, 'ticket-open');
		const opened = await play.submit('ticket-form', { subject: 'printer on fire', details: 'since Monday' });
		await play.select(await play.originalOf(opened), 'ticket-priority', ['high']);
		await play.message('!tickets');
		await play.command('tickets');
		await play.click(await play.originalOf(opened), 'ticket-close');
		await play.message('!tickets');
	},
};

/** The v14 TypeScript bot: message replies with embeds, plain sends, ephemeral replies, a defer, command options, and a user and a message context menu command. */
export const v14Ts: ReplayFixture = {
	fixture: 'v14-ts',
	entry: 'bot.ts',
	from: 'v14',
	moduleType: 'module',
	commands: [
		{ name: 'secret', description: 'An ephemeral reply' },
		{ name: 'slow', description: 'A deferred reply' },
		{ name: 'hidden', description: 'Ephemeral through flags' },
		{
			name: 'echo',
			description: 'Repeats a text',
			options: [
				{ type: 3, name: 'text', description: 'What to say', required: true },
				{ type: 4, name: 'times', description: 'How often' },
			],
		},
		{ name: 'High five', type: 2 },
		{ name: 'Bookmark', type: 3 },
	],
	async scenario(play) {
		await play.message('!ping');
		await play.message('!hello');
		await play.message('!where');
		await play.message('!mods');
		await play.message('not a command');
		await play.command('secret');
		await play.command('slow');
		await play.command('hidden');
		await play.command('echo', [
			{ type: 3, name: 'text', value: 'hi' },
			{ type: 4, name: 'times', value: 3 },
		]);
		await play.command('echo', [{ type: 3, name: 'text', value: 'once' }]);
		await play.contextMenu('High five', 2, DefaultIds.bob);
		await play.contextMenu('Bookmark', 3, await play.lastMessage());
	},
};

/**
 * The v13 CommonJS bot: an embed through channel.send (behind a v13 channel type string),
 * a permission check answered with a reply, a slash command answered with a button and a
 * MessageSelectMenu, the select answered ephemerally, the button opening a modal, the
 * modal's ephemeral answer, and a deferred ephemeral answer edited later.
 */
export const v13Js: ReplayFixture = {
	fixture: 'v13-js',
	entry: 'bot.js',
	from: 'v13',
	moduleType: 'commonjs',
	commands: [
		{ name: 'feedback', description: 'Tell us something' },
		{ name: 'status', description: 'A deferred answer' },
	],
	async scenario(play) {
		await play.message('!info');
		await play.message('!ban', DefaultIds.carol);
		await play.message('!ban', DefaultIds.alice);
		const feedback = await play.command('feedback', [], DefaultIds.bob);
		await play.select(await play.originalOf(feedback), 'feedback-topic', ['bug', 'idea'], { user: DefaultIds.bob });
		await play.click(await play.originalOf(feedback), 'feedback-open', DefaultIds.bob);
		await play.submit('feedback-form', { text: 'works on v13' }, DefaultIds.bob);
		await play.command('status');
	},
};

/** The v13 TypeScript vote bot (run as CommonJS, as v13 bots were): an embed reply, a switch on v13 channel type strings, buttons, an update. */
export const v13Ts: ReplayFixture = {
	fixture: 'v13-ts',
	entry: 'bot.ts',
	from: 'v13',
	moduleType: 'commonjs',
	commands: [{ name: 'vote', description: 'Ship it?' }],
	async scenario(play) {
		await play.message('!status');
		await play.message('!where');
		const vote = await play.command('vote', [], DefaultIds.carol);
		await play.click(await play.originalOf(vote), 'vote-no', DefaultIds.carol);
	},
};

/**
 * A v14 bot in the guide's handler-module style, CommonJS: commands and events in modules of
 * their own loaded from their folders, commands on the client in a Collection, the loader
 * passing the client after each event's arguments, the client's allowedMentions.
 */
export const v14Handlers: ReplayFixture = {
	fixture: 'v14-handlers',
	entry: 'index.js',
	from: 'v14',
	moduleType: 'commonjs',
	commands: [
		{ name: 'ping', description: 'Replies with Pong' },
		{ name: 'slow', description: 'Answers after thinking' },
		{ name: 'gone', description: 'A command the bot does not have' },
	],
	async scenario(play) {
		await play.message('!commands');
		await play.message('!say hello @everyone');
		await play.command('ping');
		await play.command('slow');
		await play.command('gone');
	},
};
