import { describe, expect, it } from 'vitest';
import { embeds } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('embeds', () => {
	it("rewrites a v13 MessageEmbed chain to OvenJS's EmbedBuilder", () => {
		const text =
			"const { MessageEmbed } = require('discord.js');\nconst e = new MessageEmbed().setTitle('T').setColor('#FF0000').setAuthor('me', url).addField('a', 'b', true).setFooter('foot');\n";
		expect(run(embeds, text, 'v13')).toEqual({
			text: "const { MessageEmbed } = require('discord.js');\nconst e = new EmbedBuilder().setTitle('T').setColor(0xff0000).setAuthor({ name: 'me', icon_url: url }).addFields({ name: 'a', value: 'b', inline: true }).setFooter({ text: 'foot' });\n",
			todos: [],
		});
	});

	it("gives v14 author and footer objects Discord's keys and spreads field arrays", () => {
		const text =
			"import { EmbedBuilder } from 'discord.js';\nconst e = new EmbedBuilder().setAuthor({ name: 'n', iconURL }).setFooter({ text: 't', iconURL: u }).addFields([{ name: 'a', value: 'b' }]).setColor([0, 128, 255]);\n";
		expect(run(embeds, text).text).toContain(
			"new EmbedBuilder().setAuthor({ name: 'n', icon_url: iconURL }).setFooter({ text: 't', icon_url: u }).addFields({ name: 'a', value: 'b' }).setColor(0x0080ff);",
		);
	});

	it('follows calls on a variable holding an embed and adds toJSON() in message bodies', () => {
		const text =
			"import { EmbedBuilder } from 'discord.js';\nconst e = new EmbedBuilder();\ne.addField('x', 'y');\nawait channel.send({ embeds: [e, new EmbedBuilder().setTitle('b')], content: 'c' });\nawait channel.send({ embeds: [other] });\n";
		const out = run(embeds, text).text;
		expect(out).toContain("e.addFields({ name: 'x', value: 'y' });");
		expect(out).toContain("embeds: [e.toJSON(), new EmbedBuilder().setTitle('b').toJSON()]");
		expect(out).toContain('embeds: [other]');
	});

	it("writes discord.js's named colors as their numbers and marks methods OvenJS does not have", () => {
		const { text, todos } = run(
			embeds,
			"import { EmbedBuilder, Colors } from 'discord.js';\nconst e = new EmbedBuilder().setColor(Colors.Red).spliceFields(0, 1);\nconst f = new EmbedBuilder().setColor('DARK_BUT_NOT_BLACK');\n",
		);
		expect(text).toContain('.setColor(0xed4245 /* Red */)');
		expect(text).toContain('.setColor(0x2c2f33 /* DarkButNotBlack */)');
		expect(todos).toEqual([expect.stringContaining('has no spliceFields()')]);
	});

	it('leaves an EmbedBuilder that is not discord.js alone', () => {
		const text = "import { EmbedBuilder } from 'ovenjs';\nconst e = new EmbedBuilder().setAuthor({ name: 'n', icon_url: 'u' });\n";
		expect(run(embeds, text)).toEqual({ text, todos: [] });
	});

	it('treats calls of functions returning an embed as embeds', () => {
		const text =
			"import { EmbedBuilder } from 'discord.js';\nfunction make(): EmbedBuilder { return build(); }\nfunction other() { return new EmbedBuilder().addField('a', 'b'); }\nawait c.send({ embeds: [make(), other()] });\n";
		const out = run(embeds, text).text;
		expect(out).toContain("return new EmbedBuilder().addFields({ name: 'a', value: 'b' });");
		expect(out).toContain('embeds: [make().toJSON(), other().toJSON()]');
	});
});
