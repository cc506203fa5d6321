import { describe, expect, it } from 'vitest';
import { interactionReplies } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('interaction-replies', () => {
	it('keeps ephemeral in the reply body, and writes the Ephemeral flag that way', () => {
		const text = "await interaction.reply({ content: 'hi', ephemeral: true });\n";
		expect(run(interactionReplies, text)).toEqual({ text, todos: [] });
		expect(
			run(
				interactionReplies,
				"import { MessageFlags } from 'discord.js';\nawait i.reply({ content: 'x', flags: MessageFlags.Ephemeral });\n",
			).text,
		).toContain("await i.reply({ content: 'x', ephemeral: true });");
	});

	it('leaves text replies and replies without ephemeral alone', () => {
		const text = "await interaction.reply('pong');\nawait interaction.reply({ content: 'x' });\n";
		expect(run(interactionReplies, text)).toEqual({ text, todos: [] });
	});

	it('finds the interaction by the interactionCreate listener parameter', () => {
		expect(
			run(
				interactionReplies,
				"import { MessageFlags } from 'discord.js';\nclient.on('interactionCreate', async (it) => { await it.reply({ content: 'x', flags: MessageFlags.Ephemeral }); });\n",
			).text,
		).toContain("it.reply({ content: 'x', ephemeral: true })");
	});

	it('keeps deferReply, and drops fetchReply: every answer resolves to its message', () => {
		const text = 'await interaction.deferReply({ ephemeral: true });\nawait interaction.deferReply();\n';
		expect(run(interactionReplies, text)).toEqual({ text, todos: [] });
		expect(run(interactionReplies, "const sent = await interaction.reply({ content: 'x', fetchReply: true });\n")).toEqual({
			text: "const sent = await interaction.reply({ content: 'x' });\n",
			todos: [],
		});
	});

	it('keeps the answers, type guards, option readers and modal fields, which OvenJS shares', () => {
		const text =
			"await interaction.editReply('done');\nawait interaction.followUp({ content: 'more', ephemeral: true });\nawait interaction.update({ components: [] });\nawait interaction.showModal(modal);\nif (!interaction.isChatInputCommand()) return;\nconst user = interaction.options.getUser('user', true);\nconst subject = interaction.fields.getTextInputValue('subject');\nconst [first] = interaction.values;\n";
		expect(run(interactionReplies, text)).toEqual({ text, todos: [] });
	});

	it("writes Discord's snake_case keys in message bodies", () => {
		expect(run(interactionReplies, "await message.reply({ content: 'x', allowedMentions: { repliedUser: false } });\n").text).toBe(
			"await message.reply({ content: 'x', allowed_mentions: { replied_user: false } });\n",
		);
	});

	it('leaves reply calls on things that are not interactions alone', () => {
		const text = "import { MessageFlags } from 'discord.js';\nawait message.reply({ content: 'x', flags: MessageFlags.Ephemeral });\n";
		expect(run(interactionReplies, text).text).toBe(text);
	});

	it("renames v13's isSelectMenu() (a string select) and, from v13, isCommand() (a slash command then)", () => {
		expect(run(interactionReplies, 'if (interaction.isSelectMenu()) f();\n').text).toBe('if (interaction.isStringSelectMenu()) f();\n');
		expect(run(interactionReplies, 'if (interaction.isCommand()) f();\n', 'v13').text).toBe('if (interaction.isChatInputCommand()) f();\n');
		expect(run(interactionReplies, 'if (interaction.isCommand()) f();\n').text).toBe('if (interaction.isCommand()) f();\n');
	});
});
