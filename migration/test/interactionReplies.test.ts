import { describe, expect, it } from 'vitest';
import { discordMembers, interactionReplies } from '@ovenjs/migrate';
import { migrateText } from './_migrateText.js';

const steps = [interactionReplies, discordMembers];

/** A file that listens to interactions, with `BODY` in the listener. */
const listener = (body: string, head = ''): string =>
	`import { Client, MessageFlags } from 'discord.js';\n${head}const client = new Client({ intents: [] });\nclient.on('interactionCreate', async (interaction) => {\n\tif (!interaction.isChatInputCommand()) return;\n${body}\n});\n`;

describe('interaction-replies (on values the type checker knows are discord.js interactions)', () => {
	it("moves ephemeral, or the ephemeral flag, out of the answer's body into the view's options", async () => {
		const { text, todos } = await migrateText(
			listener(
				"\tawait interaction.reply({ content: 'hi', ephemeral: true });\n\tawait interaction.followUp({ content: 'x', flags: MessageFlags.Ephemeral });\n\tawait interaction.followUp({ content: 'y', flags: [MessageFlags.Ephemeral] });\n\tawait interaction.reply('pong');\n\tawait interaction.reply({ content: 'x' });",
			),
			{ transforms: steps },
		);
		expect(text).toContain(
			"\tawait interaction.reply({ content: 'hi' }, { ephemeral: true });\n\tawait interaction.followUp({ content: 'x' }, { ephemeral: true });\n\tawait interaction.followUp({ content: 'y' }, { ephemeral: true });\n\tawait interaction.reply('pong');\n\tawait interaction.reply({ content: 'x' });",
		);
		expect(todos).toEqual([]);
	});

	it('renames deferReply to defer (from the equivalents table), keeping ephemeral, and says fetchReply is gone', async () => {
		const { text, todos } = await migrateText(
			listener(
				"\tawait interaction.deferReply({ ephemeral: true });\n\tawait interaction.deferReply();\n\tawait interaction.deferReply({ fetchReply: true });\n\tawait interaction.editReply({ content: 'done', allowedMentions: { parse: [] } });",
			),
			{ transforms: steps },
		);
		expect(text.replace(/\t\/\/ oven-migrate: .*\n/g, '')).toContain(
			"\tawait interaction.defer({ ephemeral: true });\n\tawait interaction.defer();\n\tawait interaction.defer();\n\tawait interaction.editReply({ content: 'done', allowed_mentions: { parse: [] } });",
		);
		expect(todos).toEqual([
			expect.stringMatching(/^fetchReply removed: OvenJS's reply\(\) resolves to nothing; read the answer with editReply\(\)/),
		]);
	});

	it("writes Discord's snake_case keys in message bodies, keeping allowed mentions", async () => {
		const { text } = await migrateText(
			"import { Client } from 'discord.js';\nconst client = new Client({ intents: [] });\nclient.on('messageCreate', async (message) => {\n\tawait message.reply({ content: 'x', allowedMentions: { repliedUser: false, parse: [] } });\n\tawait message.channel.send({ content: 'y', allowedMentions: { parse: ['users'] } });\n});\n",
			{ transforms: steps },
		);
		expect(text).toContain("await message.reply({ content: 'x', allowed_mentions: { replied_user: false, parse: [] } });");
		expect(text).toContain("await message.channel.send({ content: 'y', allowed_mentions: { parse: ['users'] } });");
	});

	it('leaves reply calls on values that are not discord.js interactions alone, whatever they are called', async () => {
		const text =
			"class Ctx { async reply(body: { content: string; ephemeral: boolean }) {} async deferReply(o: { ephemeral: boolean }) {} }\nconst interaction = new Ctx();\nawait interaction.reply({ content: 'x', ephemeral: true });\nawait interaction.deferReply({ ephemeral: true });\n";
		const out = await migrateText(`import { Client } from 'discord.js';\n${text}`, { transforms: steps });
		expect(out.text).toBe(`import { Client } from 'discord.js';\n${text}`);
		expect(out.todos).toEqual([]);
	});
});
