import { describe, expect, it } from 'vitest';
import { components } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('components', () => {
	it('rewrites v14 buttons, rows and select menus to OvenJS builders', () => {
		const text =
			"import { ActionRowBuilder, ButtonBuilder, ButtonStyle, StringSelectMenuBuilder, UserSelectMenuBuilder, ChannelSelectMenuBuilder, ChannelType } from 'discord.js';\nconst ok = new ButtonBuilder().setCustomId('ok').setLabel('OK').setStyle(ButtonStyle.Success).setEmoji('👍');\nconst row = new ActionRowBuilder<ButtonBuilder>().addComponents(ok, new ButtonBuilder().setLabel('Docs').setStyle(ButtonStyle.Link).setURL('https://example.com'));\nconst pick = new ActionRowBuilder().addComponents(new StringSelectMenuBuilder().setCustomId('color').setPlaceholder('Color').setMinValues(1).addOptions({ label: 'Red', value: 'red', emoji: '<:red:123>' }, { label: 'Blue', value: 'blue' }));\nconst who = new ActionRowBuilder().setComponents(new UserSelectMenuBuilder().setCustomId('who').setMaxValues(3));\nconst where = new ActionRowBuilder().addComponents(new ChannelSelectMenuBuilder().setCustomId('where').setChannelTypes(ChannelType.GuildText));\n";
		expect(run(components, text)).toEqual({
			text: "import { ActionRowBuilder, ButtonBuilder, ButtonStyle, StringSelectMenuBuilder, UserSelectMenuBuilder, ChannelSelectMenuBuilder, ChannelType } from 'discord.js';\nconst ok = button({ custom_id: 'ok', label: 'OK', style: 'success', emoji: { name: '👍' } });\nconst row = actionRow(ok, button({ label: 'Docs', style: 'link', url: 'https://example.com' }));\nconst pick = actionRow(stringSelect({ custom_id: 'color', placeholder: 'Color', min_values: 1, options: [{ label: 'Red', value: 'red', emoji: { name: 'red', id: '123' } }, { label: 'Blue', value: 'blue' }] }));\nconst who = actionRow(userSelect({ custom_id: 'who', max_values: 3 }));\nconst where = actionRow(channelSelect({ custom_id: 'where', channel_types: [ChannelType.GuildText] }));\n",
			todos: [],
		});
	});

	it('keeps a modal in the shape discord.js sends (text inputs with their label, in rows)', () => {
		const text =
			"import { ActionRowBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';\nconst reason = new TextInputBuilder().setCustomId('reason').setLabel('Reason').setStyle(TextInputStyle.Paragraph).setRequired(true).setMaxLength(500);\nconst first = new ActionRowBuilder<TextInputBuilder>().addComponents(reason);\nconst modal = new ModalBuilder().setCustomId('report').setTitle('Report').addComponents(first);\nawait interaction.showModal(modal);\n";
		expect(run(components, text).text).toBe(
			"import { ActionRowBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';\nconst reason = { ...textInput({ custom_id: 'reason', style: 'paragraph', required: true, max_length: 500 }), label: 'Reason' };\nconst first = actionRow(reason);\nconst modal = ovenModal({ custom_id: 'report', title: 'Report', components: [first] });\nawait interaction.showModal(modal);\n",
		);
	});

	it("reads v13 classes and string styles in a CommonJS module (v13's text inputs are optional unless set required)", () => {
		const text =
			"const { MessageActionRow, MessageButton, MessageSelectMenu, Modal, TextInputComponent, Constants } = require('discord.js');\nconst row = new MessageActionRow().addComponents(new MessageButton().setCustomId('yes').setLabel('Yes').setStyle('SUCCESS'), new MessageButton().setCustomId('no').setLabel('No').setStyle(Constants.MessageButtonStyles.DANGER).setDisabled());\nconst menu = new MessageActionRow().addComponents([new MessageSelectMenu().setCustomId('c').addOptions([{ label: 'A', value: 'a' }])]);\nconst form = new Modal().setCustomId('form').setTitle('Form').addComponents(new MessageActionRow().addComponents(new TextInputComponent().setCustomId('name').setLabel('Name').setStyle('SHORT')));\n";
		expect(run(components, text, 'v13')).toEqual({
			text: "const { MessageActionRow, MessageButton, MessageSelectMenu, Modal, TextInputComponent, Constants } = require('discord.js');\nconst row = actionRow(button({ custom_id: 'yes', label: 'Yes', style: 'success' }), button({ custom_id: 'no', label: 'No', style: 'danger', disabled: true }));\nconst menu = actionRow(stringSelect({ custom_id: 'c', options: [{ label: 'A', value: 'a' }] }));\nconst form = modal({ custom_id: 'form', title: 'Form', components: [actionRow({ ...textInput({ custom_id: 'name', style: 'short', required: false }), label: 'Name' })] });\n",
			todos: [],
		});
	});

	it('drops toJSON() on what became plain objects; a builder set up later stays one, with the builders it holds', () => {
		const text =
			"import { ActionRowBuilder, ButtonBuilder } from 'discord.js';\nconst row = new ActionRowBuilder().addComponents(new ButtonBuilder().setCustomId('a').setLabel('A'));\nawait channel.send({ components: [row.toJSON()] });\n";
		expect(run(components, text).text).toContain(
			"const row = actionRow(button({ custom_id: 'a', label: 'A' }));\nawait channel.send({ components: [row] });",
		);
		const later = `${text}row.addComponents(other);\n`;
		const { text: out, todos } = run(components, later);
		expect(out).toBe(later);
		expect(todos).toEqual([
			expect.stringContaining('new ActionRowBuilder() stays a discord.js builder (it is set up later, with row.addComponents()'),
		]);
	});

	it('turns attachments into files to upload, with a todo on where they go', () => {
		const text =
			"import { AttachmentBuilder, MessageAttachment } from 'discord.js';\nconst a = new AttachmentBuilder(buffer, { name: 'chart.png' });\nconst b = new MessageAttachment('./logo.png');\nconst c = new MessageAttachment(data, 'x.txt');\nconst d = new AttachmentBuilder('https://example.com/a.png');\n";
		const { text: out, todos } = run(components, text);
		expect(out).toContain(
			"const a = { name: 'chart.png', data: buffer };\nconst b = { name: 'logo.png', path: './logo.png' };\nconst c = { name: 'x.txt', data: data };\nconst d = new AttachmentBuilder('https://example.com/a.png');",
		);
		expect(todos).toEqual([
			expect.stringContaining('this is now a file to upload (RawFile)'),
			expect.stringContaining('this is now a file to upload'),
			expect.stringContaining('this is now a file to upload'),
			expect.stringContaining("`new AttachmentBuilder('https://example.com/a.png')` not rewritten"),
		]);
		expect(run(components, "await message.reply({ content: 'chart', files: [a] });\n").todos).toEqual([
			expect.stringContaining("`message.reply({ content: 'chart', files: [a] })` sends files: OvenJS's message views send JSON only"),
		]);
	});

	it('marks builders it cannot read whole and leaves them as they are', () => {
		const text =
			"import { ActionRowBuilder, ButtonBuilder, StringSelectMenuBuilder } from 'discord.js';\nconst a = new ActionRowBuilder({ components: [x] });\nconst b = new ButtonBuilder();\nb.setCustomId('later');\nconst c = new StringSelectMenuBuilder().setCustomId('s').setDefaultUsers('1');\nconst d = new ActionRowBuilder().addComponents(buttons);\n";
		const { text: out, todos } = run(components, text);
		expect(out).toBe(text);
		expect(todos).toEqual([
			expect.stringContaining('new ActionRowBuilder() stays a discord.js builder (constructor arguments'),
			expect.stringContaining('new ButtonBuilder() stays a discord.js builder (it is set up later, with b.setCustomId()'),
			expect.stringContaining('new StringSelectMenuBuilder() stays a discord.js builder (setDefaultUsers() has no OvenJS equivalent)'),
			expect.stringContaining(
				"new ActionRowBuilder() stays a discord.js builder (`buttons` is not a builder this tool rewrote): OvenJS takes its toJSON() in message bodies and showModal(), or build it with OvenJS's actionRow(…) from ovenjs.",
			),
		]);
	});

	it('writes ovenButton when the file declares button itself', () => {
		expect(
			run(components, "import { ButtonBuilder } from 'discord.js';\nconst button = new ButtonBuilder().setCustomId('a').setLabel('A');\n")
				.text,
		).toContain("const button = ovenButton({ custom_id: 'a', label: 'A' });");
	});

	it('parenthesises what became an object literal where a block would be read', () => {
		const text =
			"import { AttachmentBuilder, TextInputBuilder } from 'discord.js';\nconst file = () => new AttachmentBuilder(buf, { name: 'a.txt' });\nconst field = (id: string) => new TextInputBuilder().setCustomId(id).setLabel('L');\n";
		expect(run(components, text).text).toBe(
			"import { AttachmentBuilder, TextInputBuilder } from 'discord.js';\nconst file = () => ({ name: 'a.txt', data: buf });\nconst field = (id: string) => ({ ...textInput({ custom_id: id }), label: 'L' });\n",
		);
	});
});
