import { describe, expect, it } from 'vitest';
import { interactionReplies } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('interaction-replies', () => {
	it('moves ephemeral out of the reply body into the options', () => {
		expect(run(interactionReplies, "await interaction.reply({ content: 'hi', ephemeral: true });\n").text).toBe(
			"await interaction.reply({ content: 'hi' }, { ephemeral: true });\n",
		);
		expect(
			run(
				interactionReplies,
				"import { MessageFlags } from 'discord.js';\nawait i.reply({ content: 'x', flags: MessageFlags.Ephemeral });\n",
			).text,
		).toContain("await i.reply({ content: 'x' }, { ephemeral: true });");
	});

	it('leaves text replies and replies without ephemeral alone', () => {
		const text = "await interaction.reply('pong');\nawait interaction.reply({ content: 'x' });\n";
		expect(run(interactionReplies, text)).toEqual({ text, todos: [] });
	});

	it('finds the interaction by the interactionCreate listener parameter', () => {
		expect(
			run(interactionReplies, "client.on('interactionCreate', async (it) => { await it.reply({ content: 'x', ephemeral: flag }); });\n")
				.text,
		).toContain("it.reply({ content: 'x' }, { ephemeral: flag })");
	});

	it('renames deferReply to defer, keeping ephemeral', () => {
		expect(run(interactionReplies, 'await interaction.deferReply({ ephemeral: true });\nawait interaction.deferReply();\n').text).toBe(
			'await interaction.defer({ ephemeral: true });\nawait interaction.defer();\n',
		);
		expect(run(interactionReplies, 'await interaction.deferReply({ fetchReply: true });\n')).toEqual({
			text: 'await interaction.defer();\n',
			todos: [expect.stringContaining('fetchReply removed')],
		});
	});

	it("keeps the answers the Interaction view has, moving followUp's ephemeral into its options", () => {
		const text =
			"await interaction.editReply('done');\nawait interaction.followUp({ content: 'more', ephemeral: true });\nawait interaction.update({ components: [] });\nawait interaction.showModal(modal);\n";
		expect(run(interactionReplies, text)).toEqual({
			text: "await interaction.editReply('done');\nawait interaction.followUp({ content: 'more' }, { ephemeral: true });\nawait interaction.update({ components: [] });\nawait interaction.showModal(modal);\n",
			todos: [],
		});
	});

	it("reads modal fields with the view's field()", () => {
		const text =
			"client.on('interactionCreate', async (it) => {\n\tconst subject = it.fields.getTextInputValue('subject');\n\tawait it.reply('x' + it.fields.getTextInputValue('a'));\n});\nconst other = form.fields.getTextInputValue('b');\n";
		expect(run(interactionReplies, text).text).toBe(
			"client.on('interactionCreate', async (it) => {\n\tconst subject = it.field('subject') ?? '';\n\tawait it.reply('x' + (it.field('a') ?? ''));\n});\nconst other = form.fields.getTextInputValue('b');\n",
		);
	});

	it("writes Discord's snake_case keys in message bodies", () => {
		expect(run(interactionReplies, "await message.reply({ content: 'x', allowedMentions: { repliedUser: false } });\n").text).toBe(
			"await message.reply({ content: 'x', allowed_mentions: { replied_user: false } });\n",
		);
	});

	it('leaves reply calls on things that are not interactions alone', () => {
		const text = "await message.reply({ content: 'x', ephemeral: true });\n";
		expect(run(interactionReplies, text).text).toBe(text);
	});
});

describe('interaction-replies: type guards', () => {
	it('turns type guards into tests of the interaction type, negations included', () => {
		const { text, todos } = run(
			interactionReplies,
			'if (!interaction.isChatInputCommand()) return;\nif (interaction.isModalSubmit()) f();\nconst both = interaction.isAutocomplete() && x;\n',
		);
		expect(text).toBe(
			'if (interaction.type !== 2) return;\nif (interaction.type === 5) f();\nconst both = (interaction.type === 4) && x;\n',
		);
		expect(todos).toEqual([expect.stringContaining('isChatInputCommand() became a test of the interaction type (2)')]);
	});

	it('turns the typed select menu guards into tests of the interaction type', () => {
		const { text, todos } = run(
			interactionReplies,
			'if (interaction.isUserSelectMenu()) f();\nif (!interaction.isRoleSelectMenu()) return;\nconst c = interaction.isChannelSelectMenu() || interaction.isMentionableSelectMenu();\n',
		);
		expect(text).toBe(
			'if (interaction.type === 3) f();\nif (interaction.type !== 3) return;\nconst c = (interaction.type === 3) || (interaction.type === 3);\n',
		);
		expect(todos).toEqual([
			expect.stringContaining('isUserSelectMenu() became a test of the interaction type (3)'),
			expect.stringContaining('isRoleSelectMenu()'),
			expect.stringContaining('isChannelSelectMenu()'),
			expect.stringContaining('isMentionableSelectMenu()'),
		]);
	});

	it("keeps a select menu's values: the view has them", () => {
		const text =
			'const [first] = interaction.values;\nawait interaction.update({ content: `picked ${interaction.values[0]}` });\nconst all = interactions.values();\n';
		expect(run(interactionReplies, text)).toEqual({ text, todos: [] });
	});

	it('keeps the options getters the view has; marks the ones that return objects or that it lacks', () => {
		const text =
			"const amount = interaction.options.getInteger('amount') ?? 1;\nconst sub = interaction.options.getSubcommand();\nconst user = interaction.options.getUser('user', true);\nconst focused = interaction.options.getFocused();\nconst other = settings.options.get('a');\n";
		const result = run(interactionReplies, text);
		expect(result.text).toContain(
			"const amount = interaction.options.getInteger('amount') ?? 1;\nconst sub = interaction.options.getSubcommand();\n",
		);
		expect(result.todos).toEqual([
			"`interaction.options.getUser('user', true)`: the Interaction view's options reader has no getUser(); options.id(name) gives the id it holds (the object is in interaction.raw.data.resolved), or move the handler into defineCommand's run, where ctx.options is typed.",
			expect.stringContaining('has no getFocused(); read it from interaction.raw.data.options'),
		]);
	});
});
