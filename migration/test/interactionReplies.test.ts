import { describe, expect, it } from 'vitest';
import { discordMembers, interactionReplies } from '@ovenjs/migrate';
import { migrateText } from './_migrateText.js';

const steps = [interactionReplies, discordMembers];

/** A file that listens to interactions, with `BODY` in the listener. */
const listener = (body: string, head = ''): string =>
	`import { Client, MessageFlags } from 'discord.js';\n${head}const client = new Client({ intents: [] });\nclient.on('interactionCreate', async (interaction) => {\n\tif (!interaction.isChatInputCommand()) return;\n${body}\n});\n`;

describe('interaction-replies (on values the type checker knows are discord.js interactions)', () => {
	it("keeps answers in discord.js's shape, which OvenJS's interactions share, writing the ephemeral flag as ephemeral: true", async () => {
		const { text, todos } = await migrateText(
			listener(
				"\tawait interaction.reply({ content: 'hi', ephemeral: true });\n\tawait interaction.followUp({ content: 'x', flags: MessageFlags.Ephemeral });\n\tawait interaction.followUp({ content: 'y', flags: [MessageFlags.Ephemeral] });\n\tawait interaction.reply('pong');\n\tawait interaction.deferReply({ ephemeral: true, fetchReply: true });\n\tawait interaction.editReply({ content: 'done', allowedMentions: { parse: [] } });",
			),
			{ transforms: steps },
		);
		expect(text).toContain(
			"\tawait interaction.reply({ content: 'hi', ephemeral: true });\n\tawait interaction.followUp({ content: 'x', ephemeral: true });\n\tawait interaction.followUp({ content: 'y', ephemeral: true });\n\tawait interaction.reply('pong');\n\tawait interaction.deferReply({ ephemeral: true });\n\tawait interaction.editReply({ content: 'done', allowed_mentions: { parse: [] } });",
		);
		expect(todos).toEqual([]);
	});

	it("gives v13's isSelectMenu() its v14 name", async () => {
		const { text } = await migrateText(
			"const { Client } = require('discord.js');\nconst client = new Client({ intents: [] });\nclient.on('interactionCreate', (interaction) => {\n\tif (interaction.isSelectMenu()) console.log(interaction.values);\n});\n",
			{ transforms: steps, discordJs: 'v13', fileName: 'bot.js' },
		);
		expect(text).toContain('if (interaction.isStringSelectMenu()) console.log(interaction.values);');
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
